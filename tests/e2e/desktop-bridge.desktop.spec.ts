/**
 * The desktop seam end to end, in the "desktop" project only: the renderer's window.desktop
 * (the real preload API) through the real dispatcher to the real handlers, with files on disk.
 * Features that use these arrive in later issues; these tests hold the bridge to its contract now.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';
import { expect, test } from './support/fixtures';

test.describe('the desktop bridge', () => {
  test('saves and opens bytes and text through real files', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    await new AppShell(page, expectAccessible).open();
    const saved = await page.evaluate(() =>
      window.desktop?.files.save({
        suggestedName: 'backup.ckb',
        data: new Uint8Array([0, 1, 2, 253, 254, 255]),
      }),
    );
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'backup.ckb' } });
    expect([...(await readFile(join(desktop.saveDir, 'backup.ckb')))]).toEqual([
      0, 1, 2, 253, 254, 255,
    ]);

    const text = await page.evaluate(() =>
      window.desktop?.files.save({ suggestedName: 'plan.md', data: '# Réunion — جلسة' }),
    );
    expect(text?.ok).toBe(true);
    expect(await readFile(join(desktop.saveDir, 'plan.md'), 'utf8')).toBe('# Réunion — جلسة');

    const source = join(desktop.saveDir, 'to-open.bin');
    await writeFile(source, new Uint8Array([7, 8, 9]));
    desktop.nextOpenPath = source;
    const opened = await page.evaluate(async () => {
      const result = await window.desktop?.files.open({ maxBytes: 100 });
      return result?.ok && result.value
        ? { name: result.value.name, bytes: [...result.value.data] }
        : result;
    });
    expect(opened).toEqual({ name: 'to-open.bin', bytes: [7, 8, 9] });

    const tooBig = await page.evaluate(() => window.desktop?.files.open({ maxBytes: 2 }));
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'too-large' } });

    desktop.nextOpenPath = null;
    expect(await page.evaluate(() => window.desktop?.files.open({ maxBytes: 100 }))).toEqual({
      ok: true,
      value: null,
    });
  });

  test('refuses malformed requests without touching the disk', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    await new AppShell(page, expectAccessible).open();
    const result = await page.evaluate(() =>
      window.desktop?.files.save({ suggestedName: '../escape.txt', data: 'x' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(readFile(join(desktop.saveDir, '..', 'escape.txt'))).rejects.toThrow();
  });

  test('prints the current view to a PDF file', async ({ page, expectAccessible, desktop }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    await new AppShell(page, expectAccessible).open();
    const result = await page.evaluate(() =>
      window.desktop?.print.toPdf({ suggestedName: 'Run sheet' }),
    );
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'Run sheet.pdf' } });
    const pdf = await readFile(join(desktop.saveDir, 'Run sheet.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('holds the screen awake and relays power events to the page', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    await new AppShell(page, expectAccessible).open();
    expect(await page.evaluate(() => window.desktop?.power.keepAwake(true))).toEqual({
      ok: true,
      value: { on: true },
    });
    expect(desktop.keepAwakeBlockers.size).toBe(1);
    expect(await page.evaluate(() => window.desktop?.power.keepAwake(false))).toEqual({
      ok: true,
      value: { on: false },
    });
    expect(desktop.keepAwakeBlockers.size).toBe(0);

    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenPower: string[] }).seenPower = seen;
      window.desktop?.power.onEvent((event) => seen.push(event));
    });
    // Events that don't lock the vault (lock-screen and suspend do: see vault.spec.ts), so the
    // page stays to report what it received.
    await desktop.emitPower('resume');
    await desktop.emitPower('unlock-screen');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seenPower: string[] }).seenPower))
      .toEqual(['resume', 'unlock-screen']);
  });

  test('rebuilds the application menu in the language the facilitator picks', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    const shell = new AppShell(page, expectAccessible);
    await shell.open('settings');
    expect(desktop.menuLanguages.at(-1)).toBe('en');
    await new SettingsPage(page).chooseLanguage('ar');
    await expect.poll(() => desktop.menuLanguages.at(-1)).toBe('ar');
    await new SettingsPage(page).chooseLanguage('fr');
    await expect.poll(() => desktop.menuLanguages.at(-1)).toBe('fr');
  });
});
