/** Database names, apart from db.ts so checking for them doesn't load Dexie. */
export const DIRECTORY_DB = 'circlekeeper';
export const vaultDbName = (vaultId: string): string => `circlekeeper-vault-${vaultId}`;

/**
 * Whether this browser profile has a vault directory at all. On a first run it doesn't, and the
 * first screen can show without loading the database layer. Where the browser can't list its
 * databases, assume it might.
 */
export async function directoryMayExist(
  factory: Partial<Pick<IDBFactory, 'databases'>> | undefined = (
    globalThis as { indexedDB?: IDBFactory }
  ).indexedDB,
): Promise<boolean> {
  if (typeof factory?.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((db) => db.name === DIRECTORY_DB);
  } catch {
    return true;
  }
}
