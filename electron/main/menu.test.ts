import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../shared/languages';
import { buildMenuTemplate } from './menu';
import { MENU_STRINGS, type MenuStrings } from './menu-strings';

const PLATFORMS = ['darwin', 'linux', 'win32'] as const;

/** Every item of the template, submenus included, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []));
}

const COMMON_ROLES = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'togglefullscreen',
  'minimize',
  'close',
  'quit',
  'about',
  'help',
];

const cases = LANGUAGES.flatMap((language) =>
  PLATFORMS.map((platform) => [language, platform] as const),
);

describe.each(cases)('buildMenuTemplate(%s, %s)', (language: Language, platform) => {
  const mac = platform === 'darwin';
  const strings = MENU_STRINGS[language];
  const labels = new Set(Object.values(strings));
  const template = buildMenuTemplate({ language, platform, devTools: false });
  const all = flatten(template);

  it('has every standard role', () => {
    expect(roles(template)).toEqual(expect.arrayContaining(COMMON_ROLES));
  });

  it('has quit exactly once, and about exactly once', () => {
    expect(roles(template).filter((r) => r === 'quit')).toHaveLength(1);
    expect(roles(template).filter((r) => r === 'about')).toHaveLength(1);
  });

  it('labels every item with a role from this language’s strings', () => {
    const withRole = all.filter((item) => item.role !== undefined);
    expect(withRole.length).toBeGreaterThan(12);
    for (const item of withRole) {
      expect(item.label, `role ${String(item.role)}`).toBeTruthy();
      expect(
        labels.has(item.label ?? ''),
        `role ${String(item.role)} label ${String(item.label)}`,
      ).toBe(true);
    }
  });

  it('labels the top-level menus in this language', () => {
    const tops = template.map((item) => item.label);
    expect(tops).toEqual(
      expect.arrayContaining([
        strings.file,
        strings.edit,
        strings.view,
        strings.window,
        strings.help,
      ]),
    );
    for (const item of all) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
    }
  });

  it('labels the specific roles with their own strings', () => {
    const labelOf = (role: string) => all.find((item) => item.role === role)?.label;
    expect(labelOf('undo')).toBe(strings.undo);
    expect(labelOf('paste')).toBe(strings.paste);
    expect(labelOf('resetZoom')).toBe(strings.actualSize);
    expect(labelOf('togglefullscreen')).toBe(strings.toggleFullScreen);
    expect(labelOf('quit')).toBe(strings.quit);
    expect(labelOf('about')).toBe(strings.about);
  });

  if (mac) {
    it('puts the app menu first, with the macOS roles', () => {
      expect(template[0]?.label).toBe('Circlekeeper');
      const appRoles = roles([template[0] ?? {}]);
      expect(appRoles).toEqual(
        expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
      );
      expect(roles(template)).toEqual(expect.arrayContaining(['zoom', 'front']));
    });
  } else {
    it('has no app menu and keeps quit in the File menu', () => {
      expect(template[0]?.label).toBe(strings.file);
      expect(roles([template[0] ?? {}])).toContain('quit');
      expect(roles(template)).not.toContain('services');
      expect(roles(template)).not.toContain('hide');
      expect(roles(template)).not.toContain('front');
    });
  }

  it('has no developer items when devTools is off', () => {
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(template)).not.toContain('reload');
    expect(roles(template)).not.toContain('forceReload');
  });

  it('adds reload and developer tools, labelled, when devTools is on', () => {
    const dev = flatten(buildMenuTemplate({ language, platform, devTools: true }));
    expect(dev.find((item) => item.role === 'toggleDevTools')?.label).toBe(strings.toggleDevTools);
    expect(dev.find((item) => item.role === 'reload')?.label).toBe(strings.reload);
  });
});

describe('MENU_STRINGS', () => {
  const keys = Object.keys(MENU_STRINGS.en) as (keyof MenuStrings)[];

  it('covers every language the app ships', () => {
    expect(Object.keys(MENU_STRINGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key, none empty', (language) => {
    expect(Object.keys(MENU_STRINGS[language]).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(MENU_STRINGS[language][key].trim(), key).not.toBe('');
  });

  it.each(['fr', 'ar'] as const)(
    '%s is translated: it differs from English for most keys',
    (language) => {
      const same = keys.filter((key) => MENU_STRINGS[language][key] === MENU_STRINGS.en[key]);
      // A word like "Services" may be spelled alike; more than a couple means a copy-paste.
      expect(same.length, `untranslated: ${same.join(', ')}`).toBeLessThanOrEqual(2);
    },
  );

  it('writes the Arabic menu in Arabic script', () => {
    for (const key of keys) expect(MENU_STRINGS.ar[key], key).toMatch(/[\u0600-\u06ff]/);
  });

  it.each(LANGUAGES)('%s gives every key its own words', (language) => {
    const strings = MENU_STRINGS[language];
    const distinct = new Set(Object.values(strings));
    expect(distinct.size).toBe(keys.length);
  });
});
