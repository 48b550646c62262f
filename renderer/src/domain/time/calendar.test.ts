import { describe, expect, it } from 'vitest';
import { isIsoDate, localIsoDate, middayOf } from './calendar';

describe('calendar dates', () => {
  it('gives the local date of an instant', () => {
    const instant = new Date(2026, 10, 21, 23, 59).getTime();
    expect(localIsoDate(instant)).toBe('2026-11-21');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 1).getTime())).toBe('2027-01-01');
  });

  it('knows real days from impossible ones', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('puts a date at noon UTC, the same calendar day in every time zone', () => {
    expect(new Date(middayOf('2026-12-03')).toISOString()).toBe('2026-12-03T12:00:00.000Z');
  });
});
