/** The end-to-end harness's own checks, proven to catch what they are there to catch. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanForCanaries } from '../e2e/support/canary';
import { requestsLeavingOrigin } from '../e2e/support/requests';

describe('requestsLeavingOrigin', () => {
  const origin = 'http://127.0.0.1:4317';

  it('lets the app’s own files, data: and blob: URLs through', () => {
    expect(
      requestsLeavingOrigin(
        [
          'http://127.0.0.1:4317/assets/index.js',
          'data:image/png;base64,AAAA',
          'blob:http://127.0.0.1:4317/uuid',
        ],
        origin,
      ),
    ).toEqual([]);
  });

  it('reports any other host, port, scheme or a malformed URL', () => {
    const leaving = [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:9999/x',
      'http://localhost:4317/x',
      'ws://127.0.0.1:4317/socket',
      'not a url',
    ];
    expect(requestsLeavingOrigin(leaving, origin)).toEqual(leaving);
  });
});

describe('scanForCanaries', () => {
  let dir = '';
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds a canary in UTF-8 and in UTF-16LE, in nested files, and nothing else', async () => {
    dir = await mkdtemp(join(tmpdir(), 'canary-'));
    await mkdir(join(dir, 'Default', 'IndexedDB'), { recursive: true });
    await writeFile(
      join(dir, 'Default', 'IndexedDB', '000003.log'),
      Buffer.from('xx Amira told us yy', 'utf8'),
    );
    await writeFile(join(dir, 'Default', 'Local Storage'), Buffer.from('..سرّ الجلسة..', 'utf16le'));
    const hits = await scanForCanaries(dir, ['Amira told us', 'سرّ الجلسة', 'never stored']);
    expect(hits).toEqual(
      expect.arrayContaining([
        {
          canary: 'Amira told us',
          file: join('Default', 'IndexedDB', '000003.log'),
          encoding: 'utf8',
        },
        { canary: 'سرّ الجلسة', file: join('Default', 'Local Storage'), encoding: 'utf16le' },
      ]),
    );
    expect(hits).toHaveLength(2);
  });

  it('refuses canaries big enough to be stored compressed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'canary-'));
    await expect(scanForCanaries(dir, ['x'.repeat(40_000)])).rejects.toThrow(/64 KiB/);
  });
});
