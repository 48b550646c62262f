/** The application menu: the standard roles, labelled in the facilitator's language. */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/languages';
import { MENU_STRINGS } from './menu-strings';

export interface MenuInput {
  readonly language: Language;
  readonly platform: string;
  readonly devTools: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({
  language,
  platform,
  devTools,
}: MenuInput): MenuItemConstructorOptions[] {
  const s = MENU_STRINGS[language];
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Circlekeeper',
    submenu: [
      { role: 'about', label: s.about },
      separator,
      { role: 'services', label: s.services },
      separator,
      { role: 'hide', label: s.hide },
      { role: 'hideOthers', label: s.hideOthers },
      { role: 'unhide', label: s.showAll },
      separator,
      { role: 'quit', label: s.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: mac
      ? [{ role: 'close', label: s.closeWindow }]
      : [{ role: 'close', label: s.closeWindow }, separator, { role: 'quit', label: s.quit }],
  };
  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      separator,
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      ...(devTools
        ? [
            { role: 'reload', label: s.reload } as const,
            { role: 'toggleDevTools', label: s.toggleDevTools } as const,
            separator,
          ]
        : []),
      { role: 'resetZoom', label: s.actualSize },
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut },
      separator,
      { role: 'togglefullscreen', label: s.toggleFullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: s.window,
    submenu: mac
      ? [
          { role: 'minimize', label: s.minimize },
          { role: 'zoom', label: s.zoom },
          separator,
          { role: 'front', label: s.front },
        ]
      : [
          { role: 'minimize', label: s.minimize },
          { role: 'close', label: s.closeWindow },
        ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: s.help,
    submenu: mac ? [] : [{ role: 'about', label: s.about }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
