import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createDesktopApi, type Transport } from './api';

const transport: Transport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe: (event, listener) => {
    const handler = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
      listener(payload);
    ipcRenderer.on(event, handler);
    return () => {
      ipcRenderer.removeListener(event, handler);
    };
  },
};

contextBridge.exposeInMainWorld('desktop', createDesktopApi(transport));
