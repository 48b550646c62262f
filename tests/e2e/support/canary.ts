/**
 * Searches a browser profile directory for strings typed into the app, to prove nothing is
 * stored in clear. Chromium keeps strings as UTF-8 (IndexedDB keys, LevelDB logs) or UTF-16LE
 * (JavaScript strings, localStorage), so both encodings are searched. Values over 64 KiB may be
 * Snappy-compressed by Chromium's IndexedDB, where a plain scan would miss them: keep test
 * values smaller (DESIGN.md §7).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface CanaryHit {
  readonly canary: string;
  readonly file: string;
  readonly encoding: 'utf8' | 'utf16le';
}

export const MAX_CANARY_BYTES = 64 * 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export async function scanForCanaries(
  dir: string,
  canaries: readonly string[],
): Promise<CanaryHit[]> {
  for (const canary of canaries) {
    if (Buffer.byteLength(canary, 'utf16le') > MAX_CANARY_BYTES) {
      throw new Error('A canary must stay under 64 KiB, or Chromium may store it compressed.');
    }
  }
  const needles = canaries.flatMap((canary) => [
    { canary, encoding: 'utf8' as const, bytes: Buffer.from(canary, 'utf8') },
    { canary, encoding: 'utf16le' as const, bytes: Buffer.from(canary, 'utf16le') },
  ]);
  const hits: CanaryHit[] = [];
  for await (const path of files(dir)) {
    if ((await stat(path)).size > 512 * 1024 * 1024) continue;
    const content = await readFile(path).catch(() => null);
    if (!content) continue;
    for (const needle of needles) {
      if (content.includes(needle.bytes)) {
        hits.push({ canary: needle.canary, file: relative(dir, path), encoding: needle.encoding });
      }
    }
  }
  return hits;
}
