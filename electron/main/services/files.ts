/** Reading and writing the files the facilitator picks, never anything they did not pick. */
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { IpcFailure } from '../ipc/dispatch';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a crash or
 * a full disk never leaves a half-written backup where a good one used to be.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new IpcFailure('io', `Could not write ${basename(path)}: ${String(error)}`);
  }
}

export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new IpcFailure('io', `Could not read ${basename(path)}: ${String(error)}`);
  }
  if (size > maxBytes) {
    throw new IpcFailure('too-large', `${basename(path)} is larger than ${maxBytes} bytes.`);
  }
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new IpcFailure('io', `Could not read ${basename(path)}: ${String(error)}`);
  });
  try {
    // Read to the end, at most maxBytes + 1, so a file that grew since stat() is read whole
    // or refused, never silently cut at its old size.
    let buffer = new Uint8Array(size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = new Uint8Array(Math.min(maxBytes + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new IpcFailure('too-large', `${basename(path)} is too large.`);
    }
    return buffer.slice(0, total);
  } catch (error) {
    // A failed read (EISDIR for a macOS package, EIO) is the facilitator's file, not our bug.
    if (error instanceof IpcFailure) throw error;
    throw new IpcFailure('io', `Could not read ${basename(path)}: ${String(error)}`);
  } finally {
    await handle.close();
  }
}
