/** App lifecycle: hardening before ready, one instance, one main window, quit. */
import { app, BrowserWindow, protocol, screen, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { matchLanguage } from '../shared/languages';
import { createElectronSeam } from './electron-seam';
import { createDispatcher } from './ipc/dispatch';
import { registerIpc } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
  NETWORK_URL_PATTERNS,
  shouldCancelRequest,
} from './protocol';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state';
import { hardenWebContents, mainWindowOptions } from './window';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'] ?? null;
const devTools = devServerUrl !== null;
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

let mainWindow: BrowserWindow | null = null;

async function createMainWindow(): Promise<void> {
  const saved = fitToDisplays(await loadWindowState(windowStateFile()), screen.getAllDisplays());
  const window = new BrowserWindow(
    mainWindowOptions({ preload, devTools, bounds: saved.bounds, title: 'Circlekeeper' }),
  );
  mainWindow = window;
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed()) return;
      const state: WindowState = {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      };
      void saveWindowState(windowStateFile(), state).catch(() => undefined);
    }, 500);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('close', () => {
    clearTimeout(timer);
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    void saveWindowState(windowStateFile(), state).catch(() => undefined);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(entryUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    const ses = session.defaultSession;
    ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    ses.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
      callback({ cancel: shouldCancelRequest(details.url, devServerUrl) });
    });
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);

    const seam = createElectronSeam({ preload, devTools, presenterUrl: `${entryUrl}#/presenter` });
    const trusted = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
    registerIpc(createDispatcher(createHandlers(seam), trusted));
    seam.setMenuLanguage(matchLanguage(seam.app.preferredLanguages()));

    await createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
