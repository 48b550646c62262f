import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcFailure } from '../ipc/dispatch';
import { readFileCapped, writeFileAtomically } from './files';

/** Bytes to append to a file right after stat() looked at it: a file that grows while being read. */
const growAfterStat = vi.hoisted(() => new Map<string, Uint8Array>());

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    stat: async (path: string) => {
      const stats = await actual.stat(path);
      const extra = growAfterStat.get(path);
      if (extra) await actual.appendFile(path, extra);
      return stats;
    },
  };
});

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ck-files-'));
  growAfterStat.clear();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failureOf(promise: Promise<unknown>): Promise<IpcFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IpcFailure) return error;
    throw new Error(`expected an IpcFailure, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a failure, got success');
}

describe('writeFileAtomically', () => {
  it('writes bytes and strings exactly, leaving only the target', async () => {
    await writeFileAtomically(join(dir, 'a.bin'), new Uint8Array([0, 255, 10]));
    await writeFileAtomically(join(dir, 'b.txt'), 'مرحبا\n');
    expect(new Uint8Array(await readFile(join(dir, 'a.bin')))).toEqual(
      new Uint8Array([0, 255, 10]),
    );
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('مرحبا\n');
    expect((await readdir(dir)).sort()).toEqual(['a.bin', 'b.txt']);
  });

  it('fails with io and leaves nothing when the folder is missing', async () => {
    const failure = await failureOf(writeFileAtomically(join(dir, 'missing', 'a.bin'), 'x'));
    expect(failure.code).toBe('io');
    expect(failure.message).toContain('a.bin');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('readFileCapped', () => {
  it('reads a file of exactly maxBytes', async () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => i);
    await writeFile(join(dir, 'f'), bytes);
    expect(await readFileCapped(join(dir, 'f'), 64)).toEqual(bytes);
  });

  it('refuses a file one byte over maxBytes', async () => {
    await writeFile(join(dir, 'f'), new Uint8Array(65));
    expect((await failureOf(readFileCapped(join(dir, 'f'), 64))).code).toBe('too-large');
  });

  it('returns the whole file when it grew after stat() but stays within maxBytes', async () => {
    const path = join(dir, 'growing.ckvault');
    await writeFile(path, new Uint8Array([1, 2, 3]));
    growAfterStat.set(path, new Uint8Array([4, 5, 6, 7, 8]));
    expect(await readFileCapped(path, 100)).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it('refuses a file that grew past maxBytes after stat()', async () => {
    const path = join(dir, 'growing.ckvault');
    await writeFile(path, new Uint8Array(10));
    growAfterStat.set(path, new Uint8Array(50));
    expect((await failureOf(readFileCapped(path, 32))).code).toBe('too-large');
  });

  it('fails with io for a missing file and for a folder', async () => {
    expect((await failureOf(readFileCapped(join(dir, 'nope'), 10))).code).toBe('io');
    await mkdir(join(dir, 'Package.bundle'));
    expect((await failureOf(readFileCapped(join(dir, 'Package.bundle'), 1024 * 1024))).code).toBe(
      'io',
    );
  });
});
