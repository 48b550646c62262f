import type { DesktopApi, IpcResult } from '../../../electron/shared/ipc-contract';
import { ok, type Host, type HostResult } from './host';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in a browser. Read only in platform/. */
    readonly desktop?: DesktopApi;
  }
}

function map<T, U>(result: IpcResult<T>, f: (value: T) => U): HostResult<U> {
  return result.ok ? ok(f(result.value)) : result;
}

export function createDesktopHost(api: DesktopApi): Host {
  return {
    kind: 'desktop',
    appInfo: () => api.app.info(),
    setLanguage: (language) => api.app.setLanguage(language),
    onPowerEvent: (listener) => api.power.onEvent(listener),
    keepAwake: async (on) => map(await api.power.keepAwake(on), (v) => v.on),
    saveFile: (request) => api.files.save(request),
    openFile: (request) => api.files.open(request),
    printToPdf: (request) => api.print.toPdf(request),
    presenter: {
      open: async () => map(await api.presenter.open(), (v) => v.placement),
      close: () => api.presenter.close(),
      update: (state) => api.presenter.update(state),
      onClosed: (listener) => api.presenter.onClosed(listener),
      onState: (listener) => {
        // The display subscribes only once its UI is up, which can be after the main process
        // pushed a state on load: ask for the latest one too.
        let live = true;
        const stop = api.presenter.onState(listener);
        void api.presenter.current().then((result) => {
          if (live && result.ok && result.value) listener(result.value);
        });
        return () => {
          live = false;
          stop();
        };
      },
    },
    backupFolder: {
      choose: () => api.backup.chooseFolder(),
      current: () => api.backup.folder(),
      write: (request) => api.backup.write(request),
    },
  };
}
