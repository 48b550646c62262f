export function electronDir(): string;
export function installedElectronBinary(): string | null;
export function hasDisplay(): boolean;
export function ensureElectronBinary(options?: {
  timeoutMs?: number;
}): { binary: string; reason?: undefined } | { binary: null; reason: string };
