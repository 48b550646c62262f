/**
 * Autosave under a crash (issue 6): a facilitator types into a note, the page is killed without
 * warning (its renderer crashed, so no unload, no flush), the app is opened again on the same
 * profile and unlocked: the text up to about a second before the kill is there, and nothing
 * that was never typed.
 */
import { chromium } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { VaultPage } from './pages/VaultPage';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { expect, test } from './support/fixtures';

const WORDS = 40;

test('a note typed until a crash is there after reopening, up to about a second before it', async ({
  context,
  page,
  profileDir,
  baseURL,
  expectAccessible,
}) => {
  test.slow();
  const shell = new AppShell(page, expectAccessible);
  await shell.open('notes');
  await page.getByTestId('new-note').click();
  await page.getByTestId('note-body').focus();

  // Steady typing for about four seconds, as fast as a note is taken in a room.
  const typed: { text: string; at: number }[] = [];
  let text = '';
  for (let i = 0; i < WORDS; i += 1) {
    const word = `word${String(i)} `;
    await page.keyboard.type(word);
    text += word;
    typed.push({ text, at: Date.now() });
    await page.waitForTimeout(60);
  }

  // Killed mid-typing: the renderer crashes (CDP's Page.crash never answers), then the browser goes.
  const killedAt = Date.now();
  const cdp = await context.newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await page.waitForEvent('crash');
  await context.close();

  const again = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const reopened = again.pages()[0] ?? (await again.newPage());
    await reopened.goto('/#/notes');
    await new VaultPage(reopened).ensureOpen();
    await expect(reopened.getByTestId('note-row')).toHaveCount(1);
    await reopened.getByTestId('note-row').click();
    const saved = await reopened.getByTestId('note-body').inputValue();
    // Only what was typed, in order…
    expect(text.startsWith(saved)).toBe(true);
    // …and at least everything typed a second before the kill.
    const aSecondBefore = typed.filter((t) => t.at <= killedAt - 1_000).at(-1);
    expect(aSecondBefore).toBeDefined();
    expect(saved.length).toBeGreaterThanOrEqual(aSecondBefore?.text.length ?? Infinity);
  } finally {
    await again.close();
  }
});
