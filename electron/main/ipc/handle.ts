/** The only file that imports ipcMain: every channel of the contract goes through the dispatcher. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc-contract';
import type { SenderRef } from '../seam';
import type { Dispatch } from './dispatch';

function senderOf(event: IpcMainInvokeEvent): SenderRef {
  return {
    url: event.senderFrame?.url ?? '',
    contentsId: event.sender.id,
    printToPdf: async (options) => new Uint8Array(await event.sender.printToPDF(options)),
  };
}

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, senderOf(event), payload),
    );
  }
}
