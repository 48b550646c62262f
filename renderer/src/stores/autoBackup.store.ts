/**
 * Automatic backups while the vault is open: after each live session ends and once a day, into
 * the folder chosen in Settings (desktop), keeping the newest few; in a browser, which cannot
 * write into a folder unasked, the backup is offered as a download instead. Every attempt's
 * outcome is remembered, encrypted, in the vault, so a failed or overdue backup is shown until
 * one succeeds (domain/backup/schedule.ts has the rules).
 *
 * Checks run at unlock, every two minutes, when the page becomes visible again and when the
 * laptop wakes, each against the wall clock, so a night of sleep is noticed at once. No
 * automatic backup starts during a live session (it would compete with the timer for the page);
 * the one after the session covers it.
 */
import { create } from 'zustand';
import {
  automaticBackupDue,
  backupStatus,
  BACKUP_EXTENSION,
  initialAutoBackupState,
  withFailure,
  withSessionEnded,
  withSuccess,
  type AutoBackupState,
  type BackupDestination,
  type BackupFailureReason,
  type BackupStatus,
} from '../domain/backup/schedule';
import type { AutoBackupRecord } from '../data/repositories/autoBackup.repository';
import type { Repository } from '../data/repositories/repository';
import type { Host, HostErrorCode } from '../platform/host';
import type { MadeBackup } from './backup';
import { forOpenVault, reportUnlessLocked } from './openVault';
import { registerPlaintextStore } from './plaintext';
import { isRunning } from './session.runner';
import { useVaultStore } from './vault.store';
import { useSessionStore } from './session.store';

export const CHECK_EVERY_MS = 2 * 60_000;

export interface LastWritten {
  readonly fileName: string;
  /** Older backups rotation removed from the folder. */
  readonly removed: number;
}

export interface AutoBackupStoreState {
  /** What the vault remembers; null until read after unlock. */
  readonly state: AutoBackupState | null;
  readonly destination: BackupDestination | null;
  /** The desktop folder, for display. */
  readonly folder: string | null;
  /** When the status was last judged (the wall clock at the last check). */
  readonly checkedAt: number;
  /** The first check after unlock is done (before it, nothing is shown: it may back up at once). */
  readonly ready: boolean;
  readonly running: 'automatic' | 'manual' | null;
  /** The last automatic backup written this time the vault was open. */
  readonly lastWritten: LastWritten | null;
}

export type BackupOutcome =
  /** fileName: null when nothing was written (a folder chosen while automatic backups are off). */
  | { readonly ok: true; readonly fileName: string | null }
  | { readonly ok: false; readonly reason: BackupFailureReason | 'cancelled' | 'busy' };

interface AutoBackupActions {
  /** Judges the status now, and writes an automatic backup if one is due (desktop). */
  readonly check: () => Promise<void>;
  /** Writes an automatic backup into the folder now, due or not (the warning's button). */
  readonly backUpNow: () => Promise<BackupOutcome>;
  /** Saves a backup where the facilitator says (a save dialog, or a download in a browser). */
  readonly saveCopy: (filterName: string) => Promise<BackupOutcome>;
  /** Asks for a folder (desktop), then backs up into it at once to show that it works. */
  readonly chooseFolder: () => Promise<BackupOutcome>;
  readonly setEnabled: (on: boolean) => Promise<void>;
  readonly setKeep: (keep: number) => Promise<void>;
  readonly sessionEnded: (at: number) => Promise<void>;
}

export interface AutoBackupEnvironment {
  readonly now: () => number;
  readonly make: () => Promise<MadeBackup>;
}

let environment: AutoBackupEnvironment = {
  now: () => Date.now(),
  make: async () => (await import('./backup')).makeBackupOfOpenVault(),
};

export function configureAutoBackupEnvironment(next: Partial<AutoBackupEnvironment>): void {
  environment = { ...environment, ...next };
}

let host: Host | null = null;

const INITIAL: AutoBackupStoreState = {
  state: null,
  destination: null,
  folder: null,
  checkedAt: 0,
  ready: false,
  running: null,
  lastWritten: null,
};

const repository = forOpenVault(async (session): Promise<Repository<AutoBackupRecord>> => {
  const { autoBackupRepository } = await import('../data/repositories/autoBackup.repository');
  return autoBackupRepository(session);
});

/** Writes one after another; a write for a vault that locked meanwhile just fails. */
let writing: Promise<void> = Promise.resolve();
function persist(state: AutoBackupState): Promise<void> {
  writing = writing.then(async () => {
    try {
      const { AUTO_BACKUP_ID } = await import('../data/repositories/autoBackup.repository');
      await (await repository.get()).put({ id: AUTO_BACKUP_ID, ...state });
    } catch (error) {
      console.error(
        `Could not save the backup status: ${error instanceof Error ? error.name : typeof error}`,
      );
    }
  });
  return writing;
}

function reasonOf(code: HostErrorCode): BackupFailureReason {
  switch (code) {
    case 'unavailable':
      return 'no-folder';
    case 'io':
    case 'too-large':
      return 'folder';
    default:
      return 'internal';
  }
}

async function destinationOf(current: Host): Promise<{
  destination: BackupDestination;
  folder: string | null;
}> {
  if (current.kind === 'browser') return { destination: 'download', folder: null };
  const folder = await current.backupFolder.current();
  return folder.ok && folder.value !== null
    ? { destination: 'folder', folder: folder.value }
    : { destination: 'no-folder', folder: null };
}

export const useAutoBackupStore = create<AutoBackupStoreState & AutoBackupActions>()((set, get) => {
  /** Applies a change to what the vault remembers, and writes it. */
  const update = (change: (state: AutoBackupState) => AutoBackupState): Promise<void> => {
    const state = get().state;
    if (!state) return Promise.resolve();
    const next = change(state);
    set({ state: next, checkedAt: environment.now() });
    return persist(next);
  };

  /** The backup made and written into the folder, its outcome remembered. */
  const writeToFolder = async (): Promise<BackupOutcome> => {
    const current = host;
    const state = get().state;
    if (!current || !state) return { ok: false, reason: 'internal' };
    if (get().running) return { ok: false, reason: 'busy' };
    set({ running: 'automatic' });
    try {
      let made: MadeBackup;
      try {
        made = await environment.make();
      } catch (error) {
        // Locked meanwhile: nothing to remember, and nowhere to remember it.
        if (!get().state) return { ok: false, reason: 'vault' };
        console.error(
          `Could not make a backup: ${error instanceof Error ? error.name : typeof error}`,
        );
        await update((s) => withFailure(s, environment.now(), 'vault'));
        return { ok: false, reason: 'vault' };
      }
      const written = await current.backupFolder.write({
        fileName: made.fileName,
        data: made.text,
        keep: get().state?.keep ?? state.keep,
      });
      if (!get().state) return { ok: false, reason: 'internal' };
      if (written.ok) {
        set({ lastWritten: written.value });
        await update((s) => withSuccess(s, made.createdAt));
        return { ok: true, fileName: written.value.fileName };
      }
      const reason = reasonOf(written.error.code);
      // The shell no longer knows a folder: Settings should offer to choose one.
      if (reason === 'no-folder') set({ destination: 'no-folder', folder: null });
      await update((s) => withFailure(s, environment.now(), reason));
      return { ok: false, reason };
    } finally {
      set({ running: null });
    }
  };

  return {
    ...INITIAL,

    async check() {
      const now = environment.now();
      set({ checkedAt: now });
      const { state, destination, running } = get();
      if (!state || !destination || running) return;
      if (isRunning(useSessionStore.getState().live)) return;
      // A backup read while a restore writes could hold half of each.
      if (useVaultStore.getState().restoring) return;
      if (automaticBackupDue(backupStatus(state, destination, now), destination, now))
        await writeToFolder();
    },

    backUpNow: writeToFolder,

    async saveCopy(filterName) {
      const current = host;
      if (!current || !get().state) return { ok: false, reason: 'internal' };
      if (get().running) return { ok: false, reason: 'busy' };
      set({ running: 'manual' });
      try {
        let made: MadeBackup;
        try {
          made = await environment.make();
        } catch (error) {
          console.error(
            `Could not make a backup: ${error instanceof Error ? error.name : typeof error}`,
          );
          return { ok: false, reason: 'vault' };
        }
        const saved = await current.saveFile({
          suggestedName: made.fileName,
          data: made.text,
          filters: [{ name: filterName, extensions: [BACKUP_EXTENSION] }],
        });
        if (!saved.ok) return { ok: false, reason: reasonOf(saved.error.code) };
        if (!saved.value.saved) return { ok: false, reason: 'cancelled' };
        // A copy kept anywhere is a backup: it resolves a warning like an automatic one.
        await update((s) => withSuccess(s, made.createdAt));
        return { ok: true, fileName: saved.value.fileName };
      } finally {
        set({ running: null });
      }
    },

    async chooseFolder() {
      const current = host;
      if (!current || current.kind !== 'desktop') return { ok: false, reason: 'internal' };
      const chosen = await current.backupFolder.choose();
      if (!chosen.ok) return { ok: false, reason: reasonOf(chosen.error.code) };
      if (chosen.value === null) return { ok: false, reason: 'cancelled' };
      set({ destination: 'folder', folder: chosen.value });
      if (!get().state?.enabled) return { ok: true, fileName: null };
      return writeToFolder();
    },

    async setEnabled(on) {
      await update((s) => ({ ...s, enabled: on }));
      if (on) await get().check();
    },

    async setKeep(keep) {
      await update((s) => ({ ...s, keep }));
    },

    async sessionEnded(at) {
      await update((s) => withSessionEnded(s, at));
      await get().check();
    },
  };
});

/** What Settings and the warning show: the status, judged at the last check. */
export function selectStatus(s: AutoBackupStoreState): BackupStatus | null {
  return s.state && s.destination ? backupStatus(s.state, s.destination, s.checkedAt) : null;
}

export interface AutoBackupOptions {
  readonly host: Host;
  readonly document?: Pick<
    Document,
    'addEventListener' | 'removeEventListener' | 'visibilityState'
  >;
}

/**
 * Starts automatic backups for the open vault (the app's frame calls it once unlocked): reads
 * what the vault remembers, checks, and keeps checking. Returns the stop function.
 */
export function startAutoBackup(options: AutoBackupOptions): () => void {
  const doc = options.document ?? document;
  host = options.host;
  /** A holder: stop() changes it while the start-up below is awaiting. */
  const life = { stopped: false };
  const store = useAutoBackupStore;

  const check = () => {
    if (!life.stopped) void store.getState().check();
  };

  void (async () => {
    try {
      const repo = await repository.get();
      const { AUTO_BACKUP_ID } = await import('../data/repositories/autoBackup.repository');
      let stored: AutoBackupState | undefined = await repo.get(AUTO_BACKUP_ID);
      if (!stored) {
        stored = initialAutoBackupState(environment.now());
        await persist(stored);
      }
      const { destination, folder } = await destinationOf(options.host);
      if (life.stopped) return;
      store.setState({ state: stored, destination, folder });
      await store.getState().check();
    } catch (error) {
      reportUnlessLocked('Could not read the backup status', error);
    } finally {
      if (!life.stopped) store.setState({ ready: true });
    }
  })();

  // A live session that ends: back up once its record is written (makeBackup flushes it).
  let previous = useSessionStore.getState().live;
  const unsubscribe = useSessionStore.subscribe(({ live }) => {
    const before = previous;
    previous = live;
    if (!live || !before || live.id !== before.id) return;
    if (before.agenda.endedAt === null && live.agenda.endedAt !== null)
      void store.getState().sessionEnded(live.agenda.endedAt);
  });

  const timer = setInterval(check, CHECK_EVERY_MS);
  const onVisible = () => {
    if (doc.visibilityState === 'visible') check();
  };
  doc.addEventListener('visibilitychange', onVisible);
  const stopPower = options.host.onPowerEvent((event) => {
    if (event === 'resume' || event === 'unlock-screen') check();
  });

  return () => {
    life.stopped = true;
    clearInterval(timer);
    unsubscribe();
    stopPower();
    doc.removeEventListener('visibilitychange', onVisible);
  };
}

// Locking forgets it all (it stays, encrypted, in the vault).
registerPlaintextStore(() => {
  host = null;
  repository.reset();
  writing = Promise.resolve();
  useAutoBackupStore.setState(INITIAL);
});
