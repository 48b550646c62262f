/**
 * Finds the Electron binary, downloading it on first use (Electron's own installer fetches it
 * from GitHub). Returns null, with the reason, where it cannot be had: no network to GitHub,
 * or no display for a window on Linux.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** The binary's path if it is already downloaded, else null. Never downloads. */
export function installedElectronBinary() {
  const dir = electronDir();
  const pathFile = join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron',
    );
    return existsSync(p) ? p : null;
  }
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

export function hasDisplay() {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

/** Tries Electron's installer once, quietly, with a time limit. */
export function ensureElectronBinary({ timeoutMs = 180_000 } = {}) {
  const found = installedElectronBinary();
  if (found) return { binary: found };
  const result = spawnSync(process.execPath, [join(electronDir(), 'install.js')], {
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const binary = installedElectronBinary();
  if (binary) return { binary };
  return {
    binary: null,
    reason: result.error?.message ?? (result.stderr || '').trim().split('\n')[0] ?? 'unknown',
  };
}
