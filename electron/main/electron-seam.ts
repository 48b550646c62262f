/** The real ElectronSeam: the handlers' one doorway to Electron's modules. */
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  screen,
  webContents,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { Language } from '../shared/languages';
import { buildMenuTemplate } from './menu';
import type { DialogFilter, ElectronSeam, PresenterWindow, SenderRef } from './seam';
import { presenterWindowOptions } from './window';

export interface SeamConfig {
  readonly preload: string;
  readonly devTools: boolean;
  readonly presenterUrl: string;
  readonly icon?: string;
}

function parentOf(sender: SenderRef) {
  const contents = webContents.fromId(sender.contentsId);
  return contents ? BrowserWindow.fromWebContents(contents) : null;
}

function filters(list: readonly DialogFilter[]) {
  return list.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

export function createElectronSeam(config: SeamConfig): ElectronSeam {
  return {
    app: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      preferredLanguages: () => {
        const list = app.getPreferredSystemLanguages();
        return list.length > 0 ? list : [app.getLocale()];
      },
      userDataDir: app.getPath('userData'),
    },
    async showSaveDialog(sender, { defaultName, filters: f }) {
      const options: SaveDialogOptions = { defaultPath: defaultName, filters: filters(f) };
      const parent = parentOf(sender);
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog(sender, { filters: f }) {
      const options: OpenDialogOptions = { properties: ['openFile'], filters: filters(f) };
      const parent = parentOf(sender);
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showFolderDialog(sender) {
      const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const parent = parentOf(sender);
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    power: {
      startDisplaySleepBlocker: () => powerSaveBlocker.start('prevent-display-sleep'),
      stopBlocker: (id) => powerSaveBlocker.stop(id),
      onEvent: (listener) => {
        powerMonitor.on('suspend', () => listener('suspend'));
        powerMonitor.on('resume', () => listener('resume'));
        powerMonitor.on('lock-screen', () => listener('lock-screen'));
        powerMonitor.on('unlock-screen', () => listener('unlock-screen'));
      },
    },
    screen: {
      displays: () => screen.getAllDisplays(),
      primaryDisplayId: () => screen.getPrimaryDisplay().id,
    },
    openPresenterWindow({ bounds, fullscreen }): PresenterWindow {
      const window = new BrowserWindow(
        presenterWindowOptions({
          preload: config.preload,
          devTools: config.devTools,
          bounds,
          fullscreen,
          title: 'Circlekeeper',
          ...(config.icon ? { icon: config.icon } : {}),
        }),
      );
      window.once('ready-to-show', () => window.show());
      void window.loadURL(config.presenterUrl);
      return {
        send: (state) => {
          if (!window.isDestroyed()) window.webContents.send('presenter:state', state);
        },
        focus: () => {
          if (!window.isDestroyed()) window.focus();
        },
        close: () => {
          if (!window.isDestroyed()) window.close();
        },
        onReady: (listener) => window.webContents.on('did-finish-load', listener),
        onClosed: (listener) => window.on('closed', listener),
      };
    },
    broadcast(event, payload) {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(event, payload);
      }
    },
    setMenuLanguage(language: Language) {
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ language, platform: process.platform, devTools: config.devTools }),
        ),
      );
    },
  };
}
