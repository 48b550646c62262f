import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRequest } from '../../../electron/shared/ipc-contract';
import { vaultDbName } from '../data/db';
import { AUTO_BACKUP_ID, autoBackupRepository } from '../data/repositories/autoBackup.repository';
import type { VaultSession } from '../data/repositories/repository';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { backupFileName, OVERDUE_AFTER_MS, RETRY_AFTER_MS } from '../domain/backup/schedule';
import { err, ok, type Host, type HostResult, type PowerEvent } from '../platform/host';
import {
  CHECK_EVERY_MS,
  configureAutoBackupEnvironment,
  selectStatus,
  startAutoBackup,
  useAutoBackupStore,
} from './autoBackup.store';
import type { MadeBackup } from './backup';
import { configureSessionEnvironment, useSessionStore } from './session.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const VAULT = 'k3jq7xw2mnb4v5ta';
const MIN = 60_000;
const HOUR = 60 * MIN;
/** Monday 23 November 2026, 9:00 on the laptop's clock. */
const T0 = new Date(2026, 10, 23, 9, 0).getTime();

type WriteRequest = IpcRequest<'backup:write'>;

/** A host that records what it was asked, with answers the test can change. */
function fakeHost(kind: 'desktop' | 'browser', folder: string | null = '/home/sam/Backups') {
  const calls = {
    writes: [] as WriteRequest[],
    saves: [] as { suggestedName: string; filters: unknown }[],
    chooses: 0,
  };
  const answers = {
    write: (request: WriteRequest): HostResult<{ fileName: string; removed: number }> =>
      ok({ fileName: request.fileName, removed: 0 }),
    save: (): HostResult<{ saved: true; fileName: string } | { saved: false }> =>
      ok({ saved: true, fileName: 'kept.ckbackup' }),
    choose: (): HostResult<string | null> => ok('/media/usb/Backups'),
  };
  let power: ((event: PowerEvent) => void) | null = null;
  let current = folder;
  const host = {
    kind,
    onPowerEvent: (listener: (event: PowerEvent) => void) => {
      power = listener;
      return () => (power = null);
    },
    saveFile: async (request: { suggestedName: string; filters?: unknown }) => {
      calls.saves.push({ suggestedName: request.suggestedName, filters: request.filters });
      return answers.save();
    },
    backupFolder: {
      choose: async () => {
        calls.chooses += 1;
        const answer = answers.choose();
        if (answer.ok && answer.value !== null) current = answer.value;
        return answer;
      },
      current: async () =>
        kind === 'browser' ? err('unsupported', 'no folder in a browser') : ok(current),
      write: async (request: WriteRequest) => {
        calls.writes.push(request);
        return answers.write(request);
      },
    },
  } as unknown as Host;
  return { host, calls, answers, power: (event: PowerEvent) => power?.(event) };
}

let databases: TestDatabases;
let session: VaultSession;
let clock: number;
let makeFails: boolean;
let stop: () => void = () => undefined;
const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });

const store = () => useAutoBackupStore.getState();
const status = () => selectStatus(store());

/**
 * Until the backup under way (if any) is written and remembered. A check starts its backup
 * synchronously (running is set before its first await), so nothing slips in between.
 */
async function settle(): Promise<void> {
  await vi.waitFor(() => expect(store().running).toBeNull());
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

async function start(host: Host): Promise<void> {
  stop = startAutoBackup({ host, document: doc });
  await vi.waitFor(() => expect(store().ready).toBe(true));
  await settle();
}

/** The vault's stored record, read back through its own repository. */
const stored = () => autoBackupRepository(session).get(AUTO_BACKUP_ID);

beforeEach(async () => {
  databases = createTestDatabases();
  session = await createTestSession(databases, { vaultId: VAULT });
  clock = T0;
  makeFails = false;
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  configureAutoBackupEnvironment({
    now: () => clock,
    make: async (): Promise<MadeBackup> => {
      if (makeFails) throw new Error('unreadable');
      const text = `{"backup":${String(clock)}}`;
      return { text, createdAt: clock, fileName: backupFileName(VAULT, clock), bytes: text.length };
    },
  });
  let ids = 0;
  configureSessionEnvironment({ now: () => clock, newId: () => `s-${String((ids += 1))}` });
  configureVaultEnvironment({ reload: vi.fn(), storage: new Map() as never });
  useVaultStore.setState({ session, phase: 'unlocked' });
});

afterEach(async () => {
  stop();
  vi.useRealTimers();
  useSessionStore.getState().close();
  await useVaultStore.getState().lock();
  databases.close();
});

describe('automatic backups on the desktop', () => {
  it('backs a new vault up at unlock, remembers it encrypted, and keeps ten', async () => {
    const { host, calls } = fakeHost('desktop');
    await start(host);
    expect(calls.writes).toEqual([
      { fileName: backupFileName(VAULT, T0), data: `{"backup":${String(T0)}}`, keep: 10 },
    ]);
    expect(status()).toEqual({ kind: 'ok', since: T0 });
    expect(store().lastWritten).toEqual({ fileName: backupFileName(VAULT, T0), removed: 0 });
    expect(await stored()).toEqual({
      id: AUTO_BACKUP_ID,
      enabled: true,
      keep: 10,
      trackingSince: T0,
      lastSuccessAt: T0,
      lastFailure: null,
      lastSessionEndedAt: null,
    });
    // Nothing about it is readable without the key.
    const rows = await exportDatabase(databases.indexedDB, vaultDbName(VAULT));
    expect(findPlaintext(rows, ['lastSuccessAt', 'trackingSince'])).toEqual([]);
  });

  it('backs up once a day while the app is open, checking by the wall clock', async () => {
    const { host, calls } = fakeHost('desktop');
    await start(host);
    clock = T0 + 3 * HOUR;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes).toHaveLength(1);
    // The laptop slept through the night and wakes the next morning: one more, at once.
    clock = new Date(2026, 10, 24, 8, 30).getTime();
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes.map((w) => w.fileName)).toEqual([
      backupFileName(VAULT, T0),
      backupFileName(VAULT, clock),
    ]);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS * 3);
    await settle();
    expect(calls.writes).toHaveLength(2);
  });

  it('checks when the laptop wakes and when the page becomes visible again', async () => {
    const { host, calls, power } = fakeHost('desktop');
    await start(host);
    clock = T0 + 24 * HOUR;
    power('resume');
    await settle();
    expect(calls.writes).toHaveLength(2);
    clock = T0 + 48 * HOUR;
    doc.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(calls.writes).toHaveLength(3);
  });

  it('does not back up again at the next unlock the same day', async () => {
    const first = fakeHost('desktop');
    await start(first.host);
    stop();
    useAutoBackupStore.setState({ state: null, destination: null, ready: false });
    clock = T0 + 4 * HOUR;
    const second = fakeHost('desktop');
    await start(second.host);
    expect(second.calls.writes).toEqual([]);
    expect(status()).toEqual({ kind: 'ok', since: T0 });
  });

  it('backs up after a live session ends, never while it runs', async () => {
    const { host, calls } = fakeHost('desktop');
    await start(host);
    const sessions = useSessionStore.getState();
    clock = T0 + HOUR;
    sessions.beginAdHoc({ title: 'Evening circle', minutes: 60, language: 'en' }, null);
    useSessionStore.getState().agenda({ type: 'start' });
    // The next day comes while the session runs: the backup waits for its end.
    clock = new Date(2026, 10, 24, 0, 10).getTime();
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes).toHaveLength(1);
    clock += 20 * MIN;
    useSessionStore.getState().end();
    await vi.waitFor(() => expect(calls.writes).toHaveLength(2));
    await settle();
    await vi.waitFor(() => expect(status()?.kind).toBe('ok'));
    expect(calls.writes[1]?.fileName).toBe(backupFileName(VAULT, clock));
    expect((await stored())?.lastSessionEndedAt).toBe(Math.floor(clock / 1000) * 1000);
    expect(status()?.kind).toBe('ok');
  });

  it('passes the number to keep, and stops writing when turned off', async () => {
    const { host, calls } = fakeHost('desktop');
    await start(host);
    await store().setKeep(3);
    await store().setEnabled(false);
    expect(status()).toEqual({ kind: 'off' });
    clock = T0 + 3 * 24 * HOUR;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes).toHaveLength(1);
    expect(status()).toEqual({ kind: 'off' });
    await store().setEnabled(true);
    await settle();
    expect(calls.writes.at(-1)?.keep).toBe(3);
    expect(await stored()).toMatchObject({ enabled: true, keep: 3, lastSuccessAt: clock });
  });

  it('shows a failure at once, retries it later, and clears it when a backup succeeds', async () => {
    const { host, calls, answers } = fakeHost('desktop');
    answers.write = () => err('io', 'The backup folder is not there any more.');
    await start(host);
    expect(status()).toEqual({ kind: 'failed', since: T0, reason: 'folder' });
    expect((await stored())?.lastFailure).toEqual({ at: T0, reason: 'folder' });

    // Not retried at every check: a quarter of an hour later.
    clock = T0 + RETRY_AFTER_MS - MIN;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes).toHaveLength(1);
    expect(status()?.kind).toBe('failed');
    clock = T0 + RETRY_AFTER_MS;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(calls.writes).toHaveLength(2);
    expect(status()).toEqual({ kind: 'failed', since: clock, reason: 'folder' });

    // The drive is back; the facilitator presses "Back up now" on the warning.
    answers.write = (request) => ok({ fileName: request.fileName, removed: 2 });
    clock += MIN;
    expect(await store().backUpNow()).toEqual({ ok: true, fileName: backupFileName(VAULT, clock) });
    expect(status()).toEqual({ kind: 'ok', since: clock });
    expect((await stored())?.lastFailure).toBeNull();
  });

  it('records a backup that could not be made as a failure of the vault', async () => {
    makeFails = true;
    const { host, calls } = fakeHost('desktop');
    await start(host);
    expect(calls.writes).toEqual([]);
    expect(status()).toEqual({ kind: 'failed', since: T0, reason: 'vault' });
  });

  it('asks for a folder when the shell has none, and backs up into the new one at once', async () => {
    const { host, calls, answers } = fakeHost('desktop', null);
    await start(host);
    expect(calls.writes).toEqual([]);
    expect(status()).toEqual({ kind: 'not-set-up' });
    // A day and the grace without a folder: overdue, and the warning offers to choose one.
    clock = T0 + OVERDUE_AFTER_MS + MIN;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(status()?.kind).toBe('overdue');
    expect(store().destination).toBe('no-folder');

    answers.choose = () => ok(null);
    expect(await store().chooseFolder()).toEqual({ ok: false, reason: 'cancelled' });
    expect(status()?.kind).toBe('overdue');
    answers.choose = () => ok('/media/usb/Backups');
    expect(await store().chooseFolder()).toEqual({
      ok: true,
      fileName: backupFileName(VAULT, clock),
    });
    expect(store().folder).toBe('/media/usb/Backups');
    expect(calls.writes).toHaveLength(1);
    expect(status()).toEqual({ kind: 'ok', since: clock });
  });

  it('treats a folder the shell forgot as no folder', async () => {
    const { host, answers } = fakeHost('desktop');
    answers.write = () => err('unavailable', 'No folder has been chosen for automatic backups.');
    await start(host);
    expect(status()).toEqual({ kind: 'failed', since: T0, reason: 'no-folder' });
    expect(store().destination).toBe('no-folder');
    expect(store().folder).toBeNull();
  });

  it('forgets everything when the vault locks', async () => {
    const { host } = fakeHost('desktop');
    await start(host);
    expect(store().state).not.toBeNull();
    await useVaultStore.getState().lock();
    expect(store().state).toBeNull();
    expect(store().folder).toBeNull();
    expect(selectStatus(store())).toBeNull();
  });
});

describe('backups in a browser', () => {
  it('never writes by itself; overdue after a day and the grace; a download resolves it', async () => {
    const { host, calls } = fakeHost('browser');
    await start(host);
    expect(store().destination).toBe('download');
    expect(status()).toEqual({ kind: 'due', after: 'day' });
    clock = T0 + OVERDUE_AFTER_MS + MIN;
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    await settle();
    expect(status()).toEqual({ kind: 'overdue', since: T0 + OVERDUE_AFTER_MS });
    expect(calls.writes).toEqual([]);
    expect(calls.saves).toEqual([]);

    expect(await store().saveCopy('Circlekeeper backup')).toEqual({
      ok: true,
      fileName: 'kept.ckbackup',
    });
    expect(calls.saves).toEqual([
      {
        suggestedName: backupFileName(VAULT, clock),
        filters: [{ name: 'Circlekeeper backup', extensions: ['ckbackup'] }],
      },
    ]);
    expect(status()).toEqual({ kind: 'ok', since: clock });
    expect((await stored())?.lastSuccessAt).toBe(clock);
  });

  it('keeps the warning when the save is cancelled or fails', async () => {
    const { host, answers } = fakeHost('browser');
    clock = T0;
    await start(host);
    clock = T0 + OVERDUE_AFTER_MS + HOUR;
    await store().check();
    answers.save = () => ok({ saved: false });
    expect(await store().saveCopy('Backup')).toEqual({ ok: false, reason: 'cancelled' });
    expect(status()?.kind).toBe('overdue');
    makeFails = true;
    expect(await store().saveCopy('Backup')).toEqual({ ok: false, reason: 'vault' });
    expect(status()?.kind).toBe('overdue');
    expect((await stored())?.lastSuccessAt).toBeNull();
  });
});
