import { describe, expect, it } from 'vitest';
import { hrefOf, parsePath, parseRoute } from './router';

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

describe('parsePath', () => {
  it('reads the place inside an area', () => {
    expect(parsePath('#/groups')).toEqual([]);
    expect(parsePath('#/groups/g1')).toEqual(['g1']);
    expect(parsePath('#/groups/g1/plans/p2?x=1')).toEqual(['g1', 'plans', 'p2']);
    expect(parsePath('#/groups//g1/')).toEqual(['g1']);
    expect(parsePath('')).toEqual([]);
  });

  it('round-trips with hrefOf, whatever the segment holds', () => {
    const href = hrefOf('groups', 'a b/c', 'plans', '%zz');
    expect(href).toBe('#/groups/a%20b%2Fc/plans/%25zz');
    expect(parseRoute(href)).toBe('groups');
    expect(parsePath(href)).toEqual(['a b/c', 'plans', '%zz']);
  });

  it('keeps a segment that is not valid percent-encoding as it is', () => {
    expect(parsePath('#/groups/%E0%A4%A')).toEqual(['%E0%A4%A']);
  });
});
