import type { BackupService } from '../services/backups';
import type { Handlers } from './dispatch';

export function backupIpc(
  backups: BackupService,
): Pick<Handlers, 'backup:choose-folder' | 'backup:folder' | 'backup:write'> {
  return {
    'backup:choose-folder': async (_request, sender) => backups.chooseFolder(sender),
    'backup:folder': async () => backups.folder(),
    'backup:write': async (request) => backups.write(request),
  };
}
