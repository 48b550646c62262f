/**
 * Automatic backups on the desktop: the folder the facilitator chose (remembered by main in a
 * small file of its own, so the renderer never sends a path and a compromised page cannot point
 * the writes anywhere else), atomic writes of files named like automatic backups only, and the
 * rotation that keeps the newest few of a vault's backups without touching any other file.
 */
import { lstat, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseBackupFileName, rotation } from '../../shared/backup-files';
import type { BackupWritten, IpcRequest } from '../../shared/ipc-contract';
import { IpcFailure } from '../ipc/dispatch';
import type { ElectronSeam, SenderRef } from '../seam';
import { writeFileAtomically } from './files';

export const BACKUP_CONFIG_FILE = 'backup-folder.json';

const configSchema = z.object({ folder: z.string().min(1).max(4096) }).strict();

export interface BackupService {
  /** The folder chosen, or null (none yet, or the remembered one can no longer be read). */
  folder(): Promise<string | null>;
  /** Asks for a folder and remembers it; null when the facilitator cancels. */
  chooseFolder(sender: SenderRef): Promise<string | null>;
  write(request: IpcRequest<'backup:write'>): Promise<BackupWritten>;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export function createBackupService(seam: ElectronSeam): BackupService {
  const configFile = () => join(seam.app.userDataDir, BACKUP_CONFIG_FILE);

  async function folder(): Promise<string | null> {
    try {
      const parsed = configSchema.safeParse(JSON.parse(await readFile(configFile(), 'utf8')));
      return parsed.success && isAbsolute(parsed.data.folder) ? parsed.data.folder : null;
    } catch {
      return null;
    }
  }

  return {
    folder,

    async chooseFolder(sender) {
      const chosen = await seam.showFolderDialog(sender);
      if (chosen === null) return null;
      if (!isAbsolute(chosen) || !(await isFolder(chosen)))
        throw new IpcFailure('io', 'The chosen folder cannot be used for backups.');
      const path = resolve(chosen);
      await mkdir(dirname(configFile()), { recursive: true }).catch((error: unknown) => {
        throw new IpcFailure('io', `Could not remember the backup folder: ${String(error)}`);
      });
      await writeFileAtomically(configFile(), JSON.stringify({ folder: path }));
      return path;
    },

    async write({ fileName, data, keep }) {
      // The contract checked the name already; the file system is the last place to be wrong.
      const identity = parseBackupFileName(fileName);
      if (!identity) throw new IpcFailure('invalid-request', 'Not an automatic backup file name.');
      const target = await folder();
      if (target === null)
        throw new IpcFailure('unavailable', 'No folder has been chosen for automatic backups.');
      if (!(await isFolder(target)))
        throw new IpcFailure(
          'io',
          'The backup folder is not there any more (moved, deleted, or on a drive that is not connected).',
        );
      const path = join(target, fileName);
      if (dirname(path) !== resolve(target))
        throw new IpcFailure('invalid-request', 'Not an automatic backup file name.');
      await writeFileAtomically(path, data);

      // Rotation never fails the backup that was just written: a file it cannot remove stays.
      let names: string[];
      try {
        names = await readdir(target);
      } catch {
        return { fileName, removed: 0 };
      }
      let removed = 0;
      for (const old of rotation(names, identity.vaultId, keep, fileName)) {
        const oldPath = join(target, old);
        try {
          // A folder or a link that happens to carry a backup's name is not ours to remove.
          if (!(await lstat(oldPath)).isFile()) continue;
          await rm(oldPath);
          removed += 1;
        } catch {
          // Already gone, or read-only: the next rotation tries again.
        }
      }
      return { fileName, removed };
    },
  };
}
