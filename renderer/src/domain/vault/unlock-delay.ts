/**
 * After repeated wrong passphrases the unlock screen waits before the next try: nothing for the
 * first two (typos happen), then 2 s, 4 s, 8 s … up to 5 minutes. Argon2id already makes each
 * guess slow; this makes guessing at the keyboard slower still.
 */
export const FREE_ATTEMPTS = 2;
export const MAX_DELAY_MS = 5 * 60_000;

export function unlockDelayMs(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export interface FailureRecord {
  readonly failures: number;
  readonly lastFailureAt: number;
}

/** Epoch ms before which another try is refused (0 when a try is allowed now). */
export function retryAt(record: FailureRecord | null): number {
  if (!record) return 0;
  const delay = unlockDelayMs(record.failures);
  return delay === 0 ? 0 : record.lastFailureAt + delay;
}
