import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('parseRoute', () => {
  it('reads each area and the presenter display from the hash', () => {
    expect(parseRoute('#/run')).toBe('run');
    expect(parseRoute('#/settings')).toBe('settings');
    expect(parseRoute('#/presenter')).toBe('presenter');
    expect(parseRoute('#/notes/abc?x=1')).toBe('notes');
  });

  it('falls back to groups for anything unknown or empty', () => {
    expect(parseRoute('')).toBe('groups');
    expect(parseRoute('#/')).toBe('groups');
    expect(parseRoute('#/nowhere')).toBe('groups');
    expect(parseRoute('#main')).toBe('groups');
  });

  it('round-trips with hrefOf', () => {
    expect(parseRoute(hrefOf('icebreakers'))).toBe('icebreakers');
  });
});
