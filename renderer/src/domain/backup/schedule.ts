/**
 * When an automatic backup is due, overdue or failed: the rules behind the backup status in
 * Settings and the warning in the app's frame. Pure: the caller passes the clock.
 *
 * - Due: a session ended after the last good backup, or none succeeded today (the laptop's
 *   local calendar day), including a vault never backed up. The desktop app then writes one
 *   into the chosen folder at once; a browser can't, so there it stays due until downloaded.
 * - Overdue: the last good backup (or, for a vault never backed up, the moment the app started
 *   keeping track) is older than a day and a grace of two hours. The grace keeps a facilitator
 *   who opens the app each morning at a slightly later hour from being warned; the app only
 *   judges this while it is unlocked, so a laptop left closed for a week is not "overdue" until
 *   it is used again, and then the desktop app backs up at once before anything is shown.
 * - Failed: the last attempt failed and nothing succeeded since. It stays until a backup
 *   succeeds (automatic, from the warning, or a copy saved from Settings); automatic attempts
 *   are retried every quarter of an hour meanwhile.
 * - Not set up: on the desktop, no folder is chosen yet (the warning waits until overdue).
 * - Off: the facilitator turned automatic backups off; nothing is judged or shown.
 */
import { BACKUP_KEEP } from '../../../../electron/shared/backup-files';
import { localIsoDate } from '../time/calendar';

export {
  BACKUP_EXTENSION,
  BACKUP_KEEP,
  backupFileName,
  isBackupKeep,
  parseBackupFileName,
  rotation,
  type BackupFileIdentity,
} from '../../../../electron/shared/backup-files';

const HOUR = 3_600_000;
/** How much later than a day a backup may come before it is overdue. */
export const OVERDUE_GRACE_MS = 2 * HOUR;
export const OVERDUE_AFTER_MS = 24 * HOUR + OVERDUE_GRACE_MS;
/** A failed automatic backup is tried again after this long (at once when the facilitator asks). */
export const RETRY_AFTER_MS = 15 * 60_000;

export type BackupFailureReason =
  /** The folder is gone, full, read-only or unplugged. */
  | 'folder'
  /** No folder is chosen (or the desktop shell forgot it). */
  | 'no-folder'
  /** The vault could not be read into a backup file. */
  | 'vault'
  | 'internal';

export interface BackupFailure {
  readonly at: number;
  readonly reason: BackupFailureReason;
}

/** What the vault remembers about its automatic backups (stored encrypted in it). */
export interface AutoBackupState {
  readonly enabled: boolean;
  /** How many automatic backups the folder keeps. */
  readonly keep: number;
  /** When the app started keeping track: "never backed up" is judged from here. */
  readonly trackingSince: number;
  readonly lastSuccessAt: number | null;
  /** The last failed attempt; null once a backup succeeds after it. */
  readonly lastFailure: BackupFailure | null;
  /** When the last live session ended (a backup is due after it). */
  readonly lastSessionEndedAt: number | null;
}

/** Where an automatic backup can go on this host. */
export type BackupDestination =
  /** The desktop app, with a folder chosen: written without asking. */
  | 'folder'
  /** The desktop app, no folder chosen yet. */
  | 'no-folder'
  /** A browser: only a download, when the facilitator presses the button. */
  | 'download';

export type BackupStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'failed'; readonly since: number; readonly reason: BackupFailureReason }
  | { readonly kind: 'overdue'; readonly since: number }
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'due'; readonly after: 'session' | 'day' }
  | { readonly kind: 'ok'; readonly since: number };

export function backupStatus(
  state: AutoBackupState,
  destination: BackupDestination,
  now: number,
): BackupStatus {
  if (!state.enabled) return { kind: 'off' };
  const { lastSuccessAt, lastFailure } = state;
  if (lastFailure && (lastSuccessAt === null || lastFailure.at >= lastSuccessAt))
    return { kind: 'failed', since: lastFailure.at, reason: lastFailure.reason };
  const reference = lastSuccessAt ?? state.trackingSince;
  if (now - reference > OVERDUE_AFTER_MS)
    return { kind: 'overdue', since: reference + OVERDUE_AFTER_MS };
  if (destination === 'no-folder') return { kind: 'not-set-up' };
  if (
    state.lastSessionEndedAt !== null &&
    (lastSuccessAt === null || state.lastSessionEndedAt > lastSuccessAt)
  )
    return { kind: 'due', after: 'session' };
  if (lastSuccessAt === null || localIsoDate(lastSuccessAt) !== localIsoDate(now))
    return { kind: 'due', after: 'day' };
  return { kind: 'ok', since: lastSuccessAt };
}

/** Whether the facilitator should see the warning: a backup failed or is overdue. */
export function needsAttention(status: BackupStatus): boolean {
  return status.kind === 'failed' || status.kind === 'overdue';
}

/** Whether the desktop app should write an automatic backup now, without being asked. */
export function automaticBackupDue(
  status: BackupStatus,
  destination: BackupDestination,
  now: number,
): boolean {
  if (destination !== 'folder') return false;
  switch (status.kind) {
    case 'due':
    case 'overdue':
      return true;
    case 'failed':
      // A clock set back since the failure must not postpone the retry for hours.
      return now - status.since >= RETRY_AFTER_MS || now < status.since;
    default:
      return false;
  }
}

/** A new vault's state: on, keeping 10, tracked from now. */
export function initialAutoBackupState(now: number): AutoBackupState {
  return {
    enabled: true,
    keep: BACKUP_KEEP.default,
    trackingSince: now,
    lastSuccessAt: null,
    lastFailure: null,
    lastSessionEndedAt: null,
  };
}

export function withSuccess(state: AutoBackupState, at: number): AutoBackupState {
  return {
    ...state,
    lastSuccessAt: Math.max(at, state.lastSuccessAt ?? at),
    lastFailure: null,
  };
}

export function withFailure(
  state: AutoBackupState,
  at: number,
  reason: BackupFailureReason,
): AutoBackupState {
  return { ...state, lastFailure: { at, reason } };
}

export function withSessionEnded(state: AutoBackupState, at: number): AutoBackupState {
  return { ...state, lastSessionEndedAt: Math.max(at, state.lastSessionEndedAt ?? at) };
}
