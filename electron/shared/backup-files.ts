/**
 * The names of automatic backup files, and which of them rotation removes. Shared by the main
 * process, which lists and deletes files in the facilitator's backup folder and must never touch
 * anything it did not write, and by the renderer, which names the files it makes. Pure: no Node,
 * no DOM, no zod (the renderer imports this at run time).
 *
 * A name is `circlekeeper-<vault id>-<UTC date>-<UTC time>.ckbackup`, for example
 * `circlekeeper-k3jq7xw2mnb4v5ta-20261122-083015.ckbackup`: it sorts by time, says which vault
 * it holds (one folder can serve several vaults, or laptops), and is refused by the main
 * process unless it is exactly that shape (no folder, no dot-dot, nothing else to overwrite).
 */

export const BACKUP_EXTENSION = 'ckbackup';

/** How many automatic backups of a vault the folder keeps. */
export const BACKUP_KEEP = { min: 1, max: 100, default: 10 } as const;

/** The vault ids the app makes (base32, lower case); anything else is not named. */
const VAULT_ID = /^[a-z0-9]{1,64}$/;
const NAME =
  /^circlekeeper-([a-z0-9]{1,64})-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.ckbackup$/;

export interface BackupFileIdentity {
  readonly vaultId: string;
  /** Epoch ms, to the second (the name has no finer time). */
  readonly createdAt: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The automatic backup file's name for a vault at an instant (UTC, to the second). */
export function backupFileName(vaultId: string, createdAt: number): string {
  if (!VAULT_ID.test(vaultId)) throw new RangeError('Not a vault id');
  const date = new Date(createdAt);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(createdAt) || year < 1000 || year > 9999)
    throw new RangeError('Not a time a backup can be named after');
  return (
    `circlekeeper-${vaultId}-` +
    `${pad(year, 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}` +
    `.${BACKUP_EXTENSION}`
  );
}

/** The vault and time an automatic backup's name says, or null for any other name. */
export function parseBackupFileName(name: string): BackupFileIdentity | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, vaultId = '', ...digits] = match;
  const [year, month, day, hours, minutes, seconds] = digits.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1000 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const createdAt = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const back = new Date(createdAt);
  // 2026-02-30 would quietly become 2 March: a name no backup of ours has.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  return { vaultId, createdAt };
}

/** Whether `keep` is a number of backups the folder may be asked to keep. */
export function isBackupKeep(keep: number): boolean {
  return Number.isInteger(keep) && keep >= BACKUP_KEEP.min && keep <= BACKUP_KEEP.max;
}

/**
 * The files to delete so that a folder keeps only the `keep` newest automatic backups of this
 * vault. Only names that parse as this vault's automatic backups are ever listed: other vaults'
 * backups, renamed or hand-made copies ("… (1).ckbackup"), and every other file stay. The file
 * just written is always kept, even when the clock once ran ahead and older files look newer.
 * Equal times (not possible for distinct names today) are broken by name, so the answer never
 * depends on the order the folder was listed in.
 */
export function rotation(
  names: readonly string[],
  vaultId: string,
  keep: number,
  justWritten?: string,
): string[] {
  if (!isBackupKeep(keep)) throw new RangeError('keep must be a whole number from 1 to 100');
  const ours = [...new Set(names)]
    .map((name) => ({ name, identity: parseBackupFileName(name) }))
    .filter(
      (entry): entry is { name: string; identity: BackupFileIdentity } =>
        entry.identity?.vaultId === vaultId,
    )
    .sort(
      (a, b) =>
        b.identity.createdAt - a.identity.createdAt ||
        (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
    );
  const protectedName = ours.some((entry) => entry.name === justWritten) ? justWritten : undefined;
  const others = ours.filter((entry) => entry.name !== protectedName);
  const room = protectedName === undefined ? keep : keep - 1;
  return others.slice(room).map((entry) => entry.name);
}
