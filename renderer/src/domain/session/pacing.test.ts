import { describe, expect, it } from 'vitest';
import { pace } from './pacing';

const MIN = 60_000;

describe('pace', () => {
  it('shares the time left between the people left, as a facilitator would say it', () => {
    expect(pace(9, 22 * MIN)).toMatchObject({ people: 9, aboutMinutes: 2 });
    expect(pace(8, 22 * MIN)?.aboutMinutes).toBe(2.5);
    expect(pace(4, 10 * MIN)?.eachMs).toBe(2.5 * MIN);
    expect(pace(1, 45 * MIN)?.aboutMinutes).toBe(45);
  });

  it('never offers less than half a minute, even when time is up', () => {
    expect(pace(20, 3 * MIN)?.aboutMinutes).toBe(0.5);
    expect(pace(3, -2 * MIN)).toMatchObject({ eachMs: 0, aboutMinutes: 0.5 });
  });

  it('has nothing to say when no one is left', () => {
    expect(pace(0, 10 * MIN)).toBeNull();
  });
});
