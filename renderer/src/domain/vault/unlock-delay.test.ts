import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, retryAt, unlockDelayMs } from './unlock-delay';

describe('unlockDelayMs', () => {
  it('lets the first two mistakes pass, then doubles, up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(unlockDelayMs)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000]);
    expect(unlockDelayMs(12)).toBe(MAX_DELAY_MS);
    expect(unlockDelayMs(100)).toBe(MAX_DELAY_MS);
  });
});

describe('retryAt', () => {
  it('is the last failure plus the delay its count earns', () => {
    expect(retryAt(null)).toBe(0);
    expect(retryAt({ failures: 2, lastFailureAt: 1000 })).toBe(0);
    expect(retryAt({ failures: 4, lastFailureAt: 1000 })).toBe(5000);
  });
});
