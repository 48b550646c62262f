/**
 * What only a real Electron can show: the live window's preferences, the app:// protocol, the
 * network refusal, permissions, navigation and the presenter window. These run where an
 * Electron binary exists (and a display); elsewhere they are skipped with the reason printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { hasDisplay, installedElectronBinary } from '../../scripts/electron-runtime.mjs';
import { VaultPage } from '../e2e/pages/VaultPage';

const binary = installedElectronBinary();
const skipReason = !binary
  ? 'no Electron binary is installed (Electron downloads it from GitHub on first use, which this machine cannot reach; run `npm start` once where it can)'
  : !hasDisplay()
    ? 'no display for an Electron window (set DISPLAY, for example by running under xvfb-run)'
    : null;
if (skipReason) console.log(`Electron specs skipped: ${skipReason}.`);

test.describe('the desktop app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let mainWindow: Page;
  let userData: string;

  test.beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'circlekeeper-electron-'));
    app = await electron.launch({
      executablePath: binary ?? '',
      args: ['.', `--user-data-dir=${userData}`],
    });
    mainWindow = await app.firstWindow();
    await expect(mainWindow.locator('html[data-ready="true"]')).toHaveCount(1);
  });

  test.afterEach(async () => {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('the window has every hardened preference', async () => {
    // getLastWebPreferences() is undocumented (and untyped) but kept by Electron for its own
    // tests; it reports the preferences the live webContents actually runs with.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        { getLastWebPreferences(): Record<string, unknown> | null } | undefined;
      const p = contents?.getLastWebPreferences();
      return p
        ? {
            sandbox: p.sandbox,
            contextIsolation: p.contextIsolation,
            nodeIntegration: p.nodeIntegration,
            nodeIntegrationInWorker: p.nodeIntegrationInWorker,
            nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
            webSecurity: p.webSecurity,
            allowRunningInsecureContent: p.allowRunningInsecureContent,
            webviewTag: p.webviewTag,
            spellcheck: p.spellcheck,
            devTools: p.devTools,
            backgroundThrottling: p.backgroundThrottling,
          }
        : null;
    });
    expect(prefs).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      backgroundThrottling: false,
    });
  });

  test('loads from app:// with a narrow bridge and no Node in the page', async () => {
    // What sandbox, contextIsolation and nodeIntegration promise, seen from the page itself.
    expect(mainWindow.url()).toMatch(/^app:\/\/circlekeeper\//);
    const page = await mainWindow.evaluate(() => ({
      desktop: Object.keys(window.desktop ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(page).toEqual({
      desktop: ['app', 'backup', 'files', 'power', 'presenter', 'print'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('the protocol refuses to leave the app folder and the session refuses the network', async () => {
    const outcome = await app.evaluate(async ({ session }) => {
      const traversal = await session.defaultSession.fetch(
        'app://circlekeeper/..%2f..%2fpackage.json',
      );
      const network = await session.defaultSession.fetch('https://example.com/').then(
        (r) => `status ${r.status}`,
        (e: unknown) => String(e),
      );
      return { traversal: traversal.status, network };
    });
    expect(outcome.traversal).toBe(403);
    expect(outcome.network).toMatch(/ERR_BLOCKED_BY_CLIENT|blocked/i);
  });

  test('permissions, new windows and navigation are all refused', async () => {
    expect(await mainWindow.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await mainWindow.evaluate(() => window.open('https://example.com/') === null)).toBe(
      true,
    );
    await mainWindow.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await mainWindow.waitForTimeout(500);
    expect(mainWindow.url()).toMatch(/^app:\/\/circlekeeper\//);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('opens the room display as its own hardened window', async () => {
    await mainWindow.goto('app://circlekeeper/index.html#/run');
    const opened = app.waitForEvent('window');
    await new VaultPage(mainWindow).ensureOpen();
    await mainWindow.getByTestId('room-display-toggle').click();
    const display = await opened;
    expect(display.url()).toMatch(/#\/presenter$/);
    await expect(display.getByRole('heading', { level: 1 })).toHaveText('Room display check');
    const sandboxed = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().every(
        (w) =>
          (
            w.webContents as unknown as { getLastWebPreferences(): { sandbox?: boolean } | null }
          ).getLastWebPreferences()?.sandbox === true,
      ),
    );
    expect(sandboxed).toBe(true);
  });

  test('holds the screen awake through a live session and places the room display', async () => {
    await new VaultPage(mainWindow).ensureOpen();
    // Record the blockers the app starts, to ask Electron whether they are still held.
    await app.evaluate(({ powerSaveBlocker }) => {
      const seen: number[] = [];
      (globalThis as { blockers?: number[] }).blockers = seen;
      const start = powerSaveBlocker.start.bind(powerSaveBlocker);
      powerSaveBlocker.start = (type) => {
        const id = start(type);
        seen.push(id);
        return id;
      };
    });
    const held = () =>
      app.evaluate(({ powerSaveBlocker }) =>
        ((globalThis as { blockers?: number[] }).blockers ?? []).some((id) =>
          powerSaveBlocker.isStarted(id),
        ),
      );
    await mainWindow.evaluate(() => (window.location.hash = '#/run'));
    await mainWindow.getByTestId('adhoc-start').click();
    expect(await held()).toBe(false);
    await mainWindow.getByTestId('start-session').click();
    await expect.poll(held).toBe(true);

    const opened = app.waitForEvent('window');
    await mainWindow.getByTestId('room-display-toggle').click();
    const display = await opened;
    await expect(display.getByRole('heading', { level: 1 })).toHaveText('Open session');
    const placed = await app.evaluate(({ BrowserWindow, screen }) => {
      const win = BrowserWindow.getAllWindows().find((w) =>
        w.webContents.getURL().endsWith('#/presenter'),
      );
      const primary = screen.getPrimaryDisplay();
      return {
        displays: screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds })),
        primaryId: primary.id,
        workArea: primary.workArea,
        bounds: win?.getBounds(),
        fullscreen: win?.isFullScreen(),
      };
    });
    const external = placed.displays.find((d) => d.id !== placed.primaryId);
    if (external) {
      // A projector: full screen on it.
      expect(placed.fullscreen).toBe(true);
      expect(placed.bounds).toEqual(external.bounds);
    } else {
      // One screen: a window in its middle, for the facilitator to drag to the projector.
      expect(placed.fullscreen).toBe(false);
      const b = placed.bounds ?? { x: 0, y: 0, width: 0, height: 0 };
      expect(b.x).toBeGreaterThanOrEqual(placed.workArea.x);
      expect(b.x + b.width).toBeLessThanOrEqual(placed.workArea.x + placed.workArea.width);
    }

    await mainWindow.getByTestId('end-session').click();
    await mainWindow.getByTestId('confirm-end').click();
    await expect.poll(held).toBe(false);
  });
});
