import { describe, expect, it } from 'vitest';
import {
  defaultGroundRulesFor,
  looksLikeFullName,
  meetingTimeProblem,
  nameProblem,
  newGroup,
  newMember,
  nextMeetingDate,
  sortedGroups,
  sortedRoster,
  weekdayOf,
  type Group,
  type Member,
} from './group';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${String((n += 1))}`;
}

describe('newGroup', () => {
  it.each(['en', 'fr', 'ar'] as const)('starts with the default ground rules in %s', (language) => {
    const group = newGroup(
      { name: '  Tuesday circle ', kind: 'grief' },
      language,
      counter('g'),
      42,
    );
    expect(group).toMatchObject({
      id: 'g1',
      name: 'Tuesday circle',
      kind: 'grief',
      archived: false,
      members: [],
      createdAt: 42,
    });
    expect(group.groundRules).toEqual(defaultGroundRulesFor(language));
    expect(group.groundRules.length).toBeGreaterThanOrEqual(4);
  });

  it('has the same number of default rules in every language', () => {
    const counts = (['en', 'fr', 'ar'] as const).map((l) => defaultGroundRulesFor(l).length);
    expect(new Set(counts).size).toBe(1);
    // Confidentiality first, the right to pass among them.
    expect(defaultGroundRulesFor('en')[0]).toMatch(/stays here/);
    expect(defaultGroundRulesFor('en').some((rule) => /pass/.test(rule))).toBe(true);
  });

  it('gives a copy, so editing one group never changes another', () => {
    const a = defaultGroundRulesFor('en');
    a.push('changed');
    expect(defaultGroundRulesFor('en')).not.toContain('changed');
  });
});

describe('newMember', () => {
  it('is an active newcomer who joined today', () => {
    expect(newMember(' Sam ', counter('m'), '2026-11-21')).toEqual({
      id: 'm1',
      name: 'Sam',
      pronouns: '',
      newcomer: true,
      joinedOn: '2026-11-21',
      active: true,
    });
  });
});

describe('nameProblem', () => {
  it('refuses empty and over-long names', () => {
    expect(nameProblem('  ', 10)).toBe('empty');
    expect(nameProblem('x'.repeat(11), 10)).toBe('too-long');
    expect(nameProblem(' Ok ', 10)).toBeNull();
  });
});

describe('looksLikeFullName', () => {
  it('notices a first name and surname, in any script', () => {
    expect(looksLikeFullName('Marie Dupont')).toBe(true);
    expect(looksLikeFullName('ليلى حداد')).toBe(true);
    expect(looksLikeFullName('Marie')).toBe(false);
    expect(looksLikeFullName('Marie D.')).toBe(false);
    expect(looksLikeFullName('  ')).toBe(false);
  });
});

describe('meetingTimeProblem', () => {
  it('accepts no time or a time, refuses anything else', () => {
    expect(meetingTimeProblem('')).toBeNull();
    expect(meetingTimeProblem('18h30')).toBeNull();
    expect(meetingTimeProblem('evening')).toBe('not-a-time');
  });
});

describe('nextMeetingDate', () => {
  it('finds the next usual day from today on', () => {
    // 2026-11-21 is a Saturday.
    expect(weekdayOf('2026-11-21')).toBe(6);
    expect(nextMeetingDate(6, '2026-11-21')).toBe('2026-11-21');
    expect(nextMeetingDate(2, '2026-11-21')).toBe('2026-11-24');
    expect(nextMeetingDate(5, '2026-11-21')).toBe('2026-11-27');
    expect(nextMeetingDate(4, '2026-12-29')).toBe('2026-12-31');
    expect(nextMeetingDate(0, '2026-12-29')).toBe('2027-01-03');
    expect(nextMeetingDate(null, '2026-11-21')).toBe('2026-11-21');
  });
});

describe('sorting', () => {
  const member = (name: string, active: boolean): Member => ({
    id: name,
    name,
    pronouns: '',
    newcomer: false,
    joinedOn: '',
    active,
  });

  it('lists active members first, by name in the language', () => {
    const roster = [
      member('zoé', true),
      member('Élise', true),
      member('Adam', false),
      member('bob', true),
    ];
    expect(sortedRoster(roster, 'fr').map((m) => m.name)).toEqual(['bob', 'Élise', 'zoé', 'Adam']);
  });

  it('lists groups in use newest first, archived ones last', () => {
    const group = (id: string, createdAt: number, archived: boolean) =>
      ({ id, createdAt, archived }) as Group;
    const sorted = sortedGroups([group('a', 1, false), group('b', 3, true), group('c', 2, false)]);
    expect(sorted.map((g) => g.id)).toEqual(['c', 'a', 'b']);
  });
});
