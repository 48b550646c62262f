/** Composes every feature's handlers from one seam: what the app, the tests and the e2e bridge run. */
import type { ElectronSeam } from '../seam';
import { createBackupService } from '../services/backups';
import { createPowerService } from '../services/power';
import { createPresenterService } from '../services/presenter';
import { appIpc } from './app.ipc';
import { backupIpc } from './backup.ipc';
import type { Handlers } from './dispatch';
import { filesIpc } from './files.ipc';
import { powerIpc } from './power.ipc';
import { presenterIpc } from './presenter.ipc';

export function createHandlers(seam: ElectronSeam): Handlers {
  return {
    ...appIpc(seam),
    ...powerIpc(createPowerService(seam)),
    ...filesIpc(seam),
    ...presenterIpc(createPresenterService(seam)),
    ...backupIpc(createBackupService(seam)),
  };
}
