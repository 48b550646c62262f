import { describe, expect, it } from 'vitest';
import {
  durationProblem,
  formatTimeOfDay,
  moveItem,
  nudgeItem,
  parseMinutes,
  parseTimeOfDay,
  planTiming,
  westernDigits,
} from './schedule';

describe('parseTimeOfDay', () => {
  it('reads times of day', () => {
    expect(parseTimeOfDay('19:30')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('7:05')).toBe(7 * 60 + 5);
    expect(parseTimeOfDay(' 00:00 ')).toBe(0);
    expect(parseTimeOfDay('23:59')).toBe(23 * 60 + 59);
  });

  it('reads times as people write them in French, English and Arabic', () => {
    expect(parseTimeOfDay('19h30')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('19 h 30')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('9h')).toBe(9 * 60);
    expect(parseTimeOfDay('19.30')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('12:30pm')).toBe(12 * 60 + 30);
    expect(parseTimeOfDay('12:15 am')).toBe(15);
    expect(parseTimeOfDay('7 PM')).toBe(19 * 60);
    expect(parseTimeOfDay('7 p.m.')).toBe(19 * 60);
    expect(parseTimeOfDay('١٩:٣٠')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('۰۷:۰۵')).toBe(7 * 60 + 5);
    expect(parseTimeOfDay('٧:٣٠ م')).toBe(19 * 60 + 30);
    expect(parseTimeOfDay('٩ ص')).toBe(9 * 60);
  });

  it('refuses what is not a time', () => {
    for (const text of [
      '24:00',
      '12:60',
      '1930',
      '19',
      'seven',
      '',
      '12:5',
      '-1:00',
      '13pm',
      '0 am',
      '19:30 tomorrow',
    ]) {
      expect(parseTimeOfDay(text), text).toBeNull();
    }
  });
});

describe('westernDigits', () => {
  it('writes Arabic-Indic and Eastern Arabic-Indic digits as 0–9', () => {
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
    expect(westernDigits('٢٫٥')).toBe('2.5');
  });
});

describe('parseMinutes', () => {
  it('reads whole minutes in either script', () => {
    expect(parseMinutes('45')).toEqual({ minutes: 45 });
    expect(parseMinutes(' ٤٥ ')).toEqual({ minutes: 45 });
    expect(parseMinutes('480')).toEqual({ minutes: 480 });
  });

  it('says why a duration cannot be used', () => {
    expect(parseMinutes('')).toEqual({ problem: 'not-number' });
    expect(parseMinutes('ten')).toEqual({ problem: 'not-number' });
    expect(parseMinutes('0')).toEqual({ problem: 'zero' });
    expect(parseMinutes('481')).toEqual({ problem: 'too-long' });
    expect(parseMinutes('2,5')).toEqual({ problem: 'not-whole' });
    expect(parseMinutes('-5')).toEqual({ problem: 'zero' });
  });
});

describe('durationProblem', () => {
  it('accepts whole minutes from 1 to 8 hours', () => {
    expect([1, 45, 480].map(durationProblem)).toEqual([null, null, null]);
  });

  it('says what is wrong otherwise', () => {
    expect(durationProblem(0)).toBe('zero');
    expect(durationProblem(-5)).toBe('zero');
    expect(durationProblem(481)).toBe('too-long');
    expect(durationProblem(2.5)).toBe('not-whole');
    expect(durationProblem(Number.NaN)).toBe('not-whole');
  });
});

describe('planTiming', () => {
  const items = [
    { id: 'welcome', minutes: 5 },
    { id: 'rules', minutes: 10 },
    { id: 'round', minutes: 45 },
  ];

  it('starts each item when the one before ends', () => {
    const timing = planTiming('18:30', items, 60);
    expect(timing?.slots.map((s) => [s.id, s.starts, s.ends, s.offset])).toEqual([
      ['welcome', '18:30', '18:35', 0],
      ['rules', '18:35', '18:45', 5],
      ['round', '18:45', '19:30', 15],
    ]);
    expect(timing?.ends).toBe('19:30');
    expect(timing?.fit).toBe('exact');
  });

  it('says by how much a plan runs over or leaves time', () => {
    expect(planTiming('18:30', items, 50)).toMatchObject({
      totalMinutes: 60,
      differenceMinutes: 10,
      fit: 'over',
    });
    expect(planTiming('18:30', items, 90)).toMatchObject({ differenceMinutes: -30, fit: 'under' });
  });

  it('follows a meeting past midnight', () => {
    const timing = planTiming('23:30', items, 60);
    expect(timing?.slots.map((s) => [s.starts, s.nextDay])).toEqual([
      ['23:30', false],
      ['23:35', false],
      ['23:45', false],
    ]);
    expect(timing?.ends).toBe('00:30');
    expect(planTiming('23:50', items, 60)?.slots[2]).toMatchObject({
      starts: '00:05',
      nextDay: true,
    });
  });

  it('has no timing without a valid start, and an empty plan takes no time', () => {
    expect(planTiming('later', items, 60)).toBeNull();
    expect(planTiming('10:00', [], 60)).toMatchObject({
      totalMinutes: 0,
      fit: 'under',
      ends: '10:00',
    });
  });

  it('formats times within the day', () => {
    expect(formatTimeOfDay(-30)).toBe('23:30');
    expect(formatTimeOfDay(25 * 60 + 5)).toBe('01:05');
  });
});

describe('reordering', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const ids = (l: readonly { id: string }[]) => l.map((x) => x.id).join('');

  it('moves an item to any place, clamped to the list, without changing the original', () => {
    expect(ids(moveItem(list, 0, 2))).toBe('bcad');
    expect(ids(moveItem(list, 3, 0))).toBe('dabc');
    expect(ids(moveItem(list, 1, 99))).toBe('acdb');
    expect(ids(moveItem(list, 9, 0))).toBe('abcd');
    expect(ids(list)).toBe('abcd');
  });

  it('nudges one place up or down, and stays put at the ends', () => {
    expect(ids(nudgeItem(list, 'c', -1))).toBe('acbd');
    expect(ids(nudgeItem(list, 'c', 1))).toBe('abdc');
    expect(ids(nudgeItem(list, 'a', -1))).toBe('abcd');
    expect(ids(nudgeItem(list, 'd', 1))).toBe('abcd');
    expect(ids(nudgeItem(list, 'zz', 1))).toBe('abcd');
  });
});
