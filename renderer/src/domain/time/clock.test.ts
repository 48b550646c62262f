import { describe, expect, it } from 'vitest';
import { figureAt, msUntilNextSecond } from './clock';

describe('msUntilNextSecond', () => {
  it('lands just after the next whole second', () => {
    expect(1_000_250 + msUntilNextSecond(1_000_250)).toBe(1_001_005);
    expect(1_000_000 + msUntilNextSecond(1_000_000)).toBe(1_001_005);
    expect(1_000_999 + msUntilNextSecond(1_000_999)).toBe(1_001_005);
  });
});

describe('figureAt', () => {
  const figure = { value: 60_000, asOf: 1_000, running: true };

  it('counts down or up from the moment it was true', () => {
    expect(figureAt(figure, 11_000, -1)).toBe(50_000);
    expect(figureAt(figure, 11_000, 1)).toBe(70_000);
  });

  it('goes below zero when time runs over', () => {
    expect(figureAt(figure, 71_000, -1)).toBe(-10_000);
  });

  it('stays put when paused, and never runs backwards for a clock behind asOf', () => {
    expect(figureAt({ ...figure, running: false }, 99_000, -1)).toBe(60_000);
    expect(figureAt(figure, 500, -1)).toBe(60_000);
  });
});
