/** Proves the harness's own promises can fail: the canary scan finds what is stored in clear. */
import { AppShell } from './pages/AppShell';
import { expect, test } from './support/fixtures';

test('the canary scan finds a string the page stored in clear', async ({
  page,
  expectAccessible,
  closeAndScan,
}) => {
  const shell = new AppShell(page, expectAccessible);
  await shell.open();
  const stored = `canary-stored-${Date.now()}-زهرة`;
  const never = `canary-never-typed-${Date.now()}`;
  await page.evaluate((value) => localStorage.setItem('harness-check', value), stored);
  const hits = await closeAndScan([stored, never]);
  expect(hits.some((hit) => hit.canary === stored)).toBe(true);
  expect(hits.filter((hit) => hit.canary === never)).toEqual([]);
});
