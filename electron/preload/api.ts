/**
 * Builds `window.desktop` from a transport. The preload passes one made of ipcRenderer; the
 * end-to-end suite passes one made of Playwright bindings, so everything but Electron's
 * transport is the same code in both. No logic lives here beyond naming the channels.
 */
import type {
  Channel,
  DesktopApi,
  EventName,
  EventPayloads,
  IpcRequest,
  IpcResponse,
  IpcResult,
  Unsubscribe,
} from '../shared/ipc-contract';

export interface Transport {
  invoke<C extends Channel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>;
  subscribe<E extends EventName>(
    event: E,
    listener: (payload: EventPayloads[E]) => void,
  ): Unsubscribe;
}

export function createDesktopApi(t: Transport): DesktopApi {
  return {
    app: {
      info: () => t.invoke('app:info', undefined),
      setLanguage: (language) => t.invoke('app:set-language', { language }),
    },
    power: {
      keepAwake: (on) => t.invoke('power:keep-awake', { on }),
      onEvent: (listener) => t.subscribe('power:event', listener),
    },
    files: {
      save: (request) => t.invoke('file:save', request),
      open: (request) => t.invoke('file:open', request),
    },
    print: {
      toPdf: (request) => t.invoke('print:to-pdf', request),
    },
    presenter: {
      open: () => t.invoke('presenter:open', undefined),
      close: () => t.invoke('presenter:close', undefined),
      update: (state) => t.invoke('presenter:update', state),
      current: () => t.invoke('presenter:current', undefined),
      onState: (listener) => t.subscribe('presenter:state', listener),
      onClosed: (listener) => t.subscribe('presenter:closed', () => listener()),
    },
    backup: {
      chooseFolder: () => t.invoke('backup:choose-folder', undefined),
      folder: () => t.invoke('backup:folder', undefined),
      write: (request) => t.invoke('backup:write', request),
    },
  } satisfies DesktopApi;
}
