/**
 * The automatic-backup channels through the real dispatcher and handlers, on a fake seam, with
 * real files in a temporary folder: choosing and remembering the folder, atomic writes, the
 * rotation on disk, and everything the main process must refuse to write or delete.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../shared/backup-files';
import type { Channel, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc-contract';
import { BACKUP_CONFIG_FILE } from '../services/backups';
import { FakeSeam, fakeSender } from '../testing/fake-seam';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

const VAULT = 'k3jq7xw2mnb4v5ta';
const OTHER = 'a2b3c4d5e6f7g2h3';
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T08:00:00Z');

let root: string;
let userData: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ck-backups-'));
  userData = join(root, 'user-data');
  folder = join(root, 'Backups');
  await mkdir(folder);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function setup() {
  const seam = new FakeSeam({ userDataDir: userData });
  const logs: string[] = [];
  const dispatch = createDispatcher(createHandlers(seam), ['app://circlekeeper'], (m) =>
    logs.push(m),
  );
  async function call<C extends Channel>(
    channel: C,
    request: IpcRequest<C>,
  ): Promise<IpcResult<IpcResponse<C>>> {
    // The dispatcher is typed for any channel; the handler for C answers with IpcResponse<C>.
    return (await dispatch(channel, fakeSender(), request)) as IpcResult<IpcResponse<C>>;
  }
  /** What a compromised renderer could send: anything at all. */
  const raw = (channel: string, payload: unknown) => dispatch(channel, fakeSender(), payload);
  return { seam, call, raw, logs };
}

function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function codeOf(result: IpcResult<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

const nameAt = (days: number, vaultId = VAULT) => backupFileName(vaultId, T0 + days * DAY);

async function chosen(seam: FakeSeam, call: ReturnType<typeof setup>['call']): Promise<void> {
  seam.answerFolderDialog(folder);
  expect(valueOf(await call('backup:choose-folder', undefined))).toBe(folder);
}

describe('backup:choose-folder and backup:folder', () => {
  it('has no folder at first, then remembers the chosen one in main’s own settings file', async () => {
    const { seam, call } = setup();
    expect(await call('backup:folder', undefined)).toEqual({ ok: true, value: null });
    await chosen(seam, call);
    expect(seam.dialogs).toEqual([
      { kind: 'folder', contentsId: 1, defaultName: null, filters: [] },
    ]);
    expect(valueOf(await call('backup:folder', undefined))).toBe(folder);
    expect(JSON.parse(await readFile(join(userData, BACKUP_CONFIG_FILE), 'utf8'))).toEqual({
      folder,
    });
    // The next start of the app (new handlers, same userData) still knows it.
    expect(valueOf(await setup().call('backup:folder', undefined))).toBe(folder);
  });

  it('keeps the previous folder when the facilitator cancels', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    seam.answerFolderDialog(null);
    expect(await call('backup:choose-folder', undefined)).toEqual({ ok: true, value: null });
    expect(valueOf(await call('backup:folder', undefined))).toBe(folder);
  });

  it('refuses a file, a missing folder or a relative path with io, remembering nothing', async () => {
    const { seam, call } = setup();
    await writeFile(join(root, 'file.txt'), 'x');
    for (const answer of [join(root, 'file.txt'), join(root, 'missing'), 'Backups']) {
      seam.answerFolderDialog(answer);
      expect(codeOf(await call('backup:choose-folder', undefined))).toBe('io');
    }
    expect(await call('backup:folder', undefined)).toEqual({ ok: true, value: null });
  });

  it('forgets a settings file it cannot trust (not JSON, a relative path, extra keys)', async () => {
    const { call } = setup();
    await mkdir(userData, { recursive: true });
    for (const content of ['not json', '{"folder":"Backups"}', `{"folder":"${folder}","x":1}`]) {
      await writeFile(join(userData, BACKUP_CONFIG_FILE), content);
      expect(await call('backup:folder', undefined)).toEqual({ ok: true, value: null });
    }
  });
});

describe('backup:write', () => {
  it('writes exactly the text into the chosen folder, leaving no temporary file', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    const text = '{"format":"circlekeeper-backup","vault":{"label":"Mardi — الثلاثاء"}}';
    const result = await call('backup:write', { fileName: nameAt(0), data: text, keep: 10 });
    expect(result).toEqual({ ok: true, value: { fileName: nameAt(0), removed: 0 } });
    expect(await readFile(join(folder, nameAt(0)), 'utf8')).toBe(text);
    expect(await readdir(folder)).toEqual([nameAt(0)]);
  });

  it('keeps the newest backups of this vault and never touches another file', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    const ours = Array.from({ length: 12 }, (_, day) => nameAt(day));
    const others = [
      nameAt(0, OTHER),
      nameAt(1, OTHER),
      `circlekeeper-${VAULT}-20200101-000000 (1).ckbackup`,
      `${nameAt(0)}.bak`,
      'notes.txt',
      'Circlekeeper backup.ckbackup',
    ];
    for (const name of [...ours, ...others]) await writeFile(join(folder, name), name);
    // A folder that carries a backup's name is not a backup to delete.
    const folderNamedLikeABackup = nameAt(-5);
    await mkdir(join(folder, folderNamedLikeABackup));

    const written = nameAt(12);
    const result = await call('backup:write', { fileName: written, data: 'new', keep: 10 });
    expect(valueOf(result)).toEqual({ fileName: written, removed: 3 });
    const left = (await readdir(folder)).sort();
    expect(left).toEqual([...ours.slice(3), written, ...others, folderNamedLikeABackup].sort());

    // Keeping fewer from now on removes the older ones at the next backup.
    const next = nameAt(13);
    expect(valueOf(await call('backup:write', { fileName: next, data: 'x', keep: 2 }))).toEqual({
      fileName: next,
      removed: 9,
    });
    expect((await readdir(folder)).sort()).toEqual(
      [written, next, ...others, folderNamedLikeABackup].sort(),
    );
  });

  it('keeps the file it just wrote even when a backup from a clock that ran ahead is newer', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    const future = nameAt(2000);
    await writeFile(join(folder, future), 'from the future');
    const written = nameAt(0);
    expect(valueOf(await call('backup:write', { fileName: written, data: 'x', keep: 1 }))).toEqual({
      fileName: written,
      removed: 1,
    });
    expect(await readdir(folder)).toEqual([written]);
  });

  it('fails with unavailable, writing nothing, when no folder is chosen', async () => {
    const { call } = setup();
    const result = await call('backup:write', { fileName: nameAt(0), data: 'x', keep: 10 });
    expect(codeOf(result)).toBe('unavailable');
    expect(await readdir(root)).toEqual(['Backups']);
    expect(await readdir(folder)).toEqual([]);
  });

  it('fails with a clear io error when the folder has gone (a drive unplugged)', async () => {
    const { seam, call, logs } = setup();
    await chosen(seam, call);
    await rm(folder, { recursive: true });
    const result = await call('backup:write', { fileName: nameAt(0), data: 'x', keep: 10 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('not there') as string },
    });
    expect(await readdir(root)).toEqual(['user-data']);
    expect(logs).toEqual([]);
  });

  it('fails with io when the folder was replaced by a file', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    await rm(folder, { recursive: true });
    await writeFile(folder, 'not a folder');
    const result = await call('backup:write', { fileName: nameAt(0), data: 'x', keep: 10 });
    expect(codeOf(result)).toBe('io');
    expect(await readFile(folder, 'utf8')).toBe('not a folder');
  });

  it('fails with io when the file cannot be written (a folder in its place)', async () => {
    const { seam, call } = setup();
    await chosen(seam, call);
    await mkdir(join(folder, nameAt(0)));
    const result = await call('backup:write', { fileName: nameAt(0), data: 'x', keep: 10 });
    expect(codeOf(result)).toBe('io');
    expect(await readdir(folder)).toEqual([nameAt(0)]);
  });

  it.each([
    ['a name climbing out of the folder', `../${nameAt(0)}`],
    ['an absolute path', `/tmp/${nameAt(0)}`],
    ['a name in a subfolder', `sub/${nameAt(0)}`],
    ['a Windows path', `..\\${nameAt(0)}`],
    ['another kind of file', '.bashrc'],
    ['the settings file', BACKUP_CONFIG_FILE],
    ['a backup name with a NUL', `${nameAt(0)}\0.sh`],
    ['an impossible date', `circlekeeper-${VAULT}-20261131-083015.ckbackup`],
  ])('refuses %s before touching the disk', async (_what, fileName) => {
    const { seam, call, raw } = setup();
    await chosen(seam, call);
    const before = await readFile(join(userData, BACKUP_CONFIG_FILE), 'utf8');
    expect(codeOf(await raw('backup:write', { fileName, data: 'x', keep: 10 }))).toBe(
      'invalid-request',
    );
    expect(await readdir(folder)).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['Backups', 'user-data']);
    expect(await readFile(join(userData, BACKUP_CONFIG_FILE), 'utf8')).toBe(before);
  });

  it('takes no folder from the renderer, only the one main remembers', async () => {
    const { seam, call, raw } = setup();
    await chosen(seam, call);
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    expect(
      codeOf(
        await raw('backup:write', { fileName: nameAt(0), data: 'x', keep: 10, folder: elsewhere }),
      ),
    ).toBe('invalid-request');
    expect(codeOf(await raw('backup:choose-folder', { folder: elsewhere }))).toBe(
      'invalid-request',
    );
    expect(await readdir(elsewhere)).toEqual([]);
    expect(valueOf(await call('backup:folder', undefined))).toBe(folder);
  });
});
