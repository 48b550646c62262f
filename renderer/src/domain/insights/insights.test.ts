import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../plans/templates';
import { endSession, newAgenda, next, startSession } from '../session/agenda';
import type { Attendee } from '../session/attendance';
import { newQueue, type SpeakerRecord } from '../session/queue';
import { DEFAULT_SESSION_SETTINGS, type LiveSession } from '../session/session';
import {
  attendanceOverTime,
  finishedSessions,
  recurringOverruns,
  stoppedComing,
  timePerKind,
  voiceAcrossSessions,
} from './insights';

const MIN = 60_000;
const WEEK = 7 * 24 * 60 * MIN;
const T0 = Date.UTC(2026, 8, 1, 18, 0);

/** A session that ran its items for the minutes given, with these people and records. */
function ran(
  week: number,
  items: readonly (readonly [title: string, planned: number, actual: number])[],
  people: readonly (readonly [memberId: string | null, record?: Partial<SpeakerRecord>])[],
): LiveSession {
  let t = T0 + week * WEEK;
  let agenda = newAgenda(
    items.map(([title, minutes], i) => ({ id: `w${String(week)}-i${String(i)}`, title, minutes })),
  );
  agenda = startSession(agenda, t);
  items.forEach(([, , actual], i) => {
    t += actual * MIN;
    agenda = i < items.length - 1 ? next(agenda, t) : endSession(agenda, t);
  });
  const attendees: Attendee[] = people.map(([memberId], i) => ({
    id: `w${String(week)}-a${String(i)}`,
    memberId,
    alias: memberId ?? `walk-in ${String(i)}`,
    newcomer: memberId === null,
  }));
  const queue = {
    ...newQueue(attendees.map((a) => a.id)),
    records: Object.fromEntries(
      people.map(([, record], i) => [
        `w${String(week)}-a${String(i)}`,
        { turns: 0, speakingMs: 0, passes: 0, ...record },
      ]),
    ),
  };
  return {
    id: `s${String(week)}`,
    groupId: 'g',
    planId: null,
    title: 'Circle',
    language: 'en',
    createdAt: T0 + week * WEEK,
    agenda,
    attendees,
    queue,
    settings: DEFAULT_SESSION_SETTINGS,
  };
}

const ITEMS = [
  ['Welcome', 5, 5],
  ['Check-in round', 20, 27],
  ['Sharing', 40, 40],
] as const;

describe('insights across sessions', () => {
  it('leaves out sessions not started or not ended, and orders the rest by their start', () => {
    const later = ran(2, ITEMS, [['ana']]);
    const earlier = ran(1, ITEMS, [['ana']]);
    const unfinished = { ...ran(3, ITEMS, [['ana']]), agenda: newAgenda([]) };
    expect(finishedSessions([later, unfinished, earlier]).map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('counts attendance over time: members, walk-ins and newcomers', () => {
    const points = attendanceOverTime([
      ran(0, ITEMS, [['ana'], ['ben'], [null]]),
      ran(1, ITEMS, [['ana']]),
    ]);
    expect(points).toEqual([
      { sessionId: 's0', startedAt: T0, present: 3, members: 2, walkIns: 1, newcomers: 1 },
      { sessionId: 's1', startedAt: T0 + WEEK, present: 1, members: 1, walkIns: 0, newcomers: 0 },
    ]);
  });

  it('finds who stopped coming: came at least twice, then missed three sessions in a row', () => {
    const sessions = [
      ran(0, ITEMS, [['ana'], ['ben'], ['cam']]),
      ran(1, ITEMS, [['ana'], ['ben']]),
      ran(2, ITEMS, [['ana'], ['cam']]),
      ran(3, ITEMS, [['cam']]),
      ran(4, ITEMS, [['cam']]),
    ];
    // Ana: last at week 2, missed 2 (not yet); Ben: last at week 1, missed 3; Cam: still here.
    expect(stoppedComing(sessions)).toEqual([
      { memberId: 'ben', lastSeenAt: T0 + WEEK, missed: 3 },
    ]);
    expect(stoppedComing(sessions, { missedInARow: 2 }).map((s) => s.memberId)).toEqual([
      'ben',
      'ana',
    ]);
    // Someone who came once is not "stopped coming".
    expect(stoppedComing([ran(-1, ITEMS, [['dee']]), ...sessions])).toEqual([
      { memberId: 'ben', lastSeenAt: T0 + WEEK, missed: 3 },
    ]);
  });

  it('shows who rarely gets to speak across sessions, against an even share', () => {
    const sessions = [
      ran(0, ITEMS, [
        ['ana', { turns: 3, speakingMs: 9 * MIN }],
        ['ben', { turns: 1, speakingMs: 30_000, passes: 1 }],
        ['cam', { turns: 2, speakingMs: 5 * MIN }],
        [null, { turns: 1, speakingMs: 2 * MIN }],
      ]),
      ran(1, ITEMS, [
        ['ana', { turns: 2, speakingMs: 6 * MIN }],
        ['ben', { turns: 0, speakingMs: 0, passes: 2 }],
      ]),
    ];
    const voice = voiceAcrossSessions(sessions);
    expect(voice.map((v) => v.memberId)).toEqual(['ben', 'cam', 'ana']);
    const ben = voice[0];
    // 0.5 min of (16.5 + 6) minutes spoken in his sessions; an even share: (1/4 + 1/2) / 2.
    expect(ben?.share).toBeCloseTo(0.5 / 22.5, 6);
    expect(ben?.fairShare).toBeCloseTo(0.375, 6);
    expect(ben).toMatchObject({ sessions: 2, turns: 1, passes: 3, rarelySpeaks: true });
    // Cam was at one session only: too soon to say.
    expect(voice[1]).toMatchObject({ memberId: 'cam', sessions: 1, rarelySpeaks: false });
    expect(voice[2]).toMatchObject({ memberId: 'ana', rarelySpeaks: false });
  });

  it('finds the items that regularly run over, by title, and not the ones that did once', () => {
    const sessions = [
      ran(0, ITEMS, []),
      ran(
        1,
        [
          ['Welcome', 5, 9],
          ['check-in  round', 20, 24],
          ['Sharing', 40, 40],
        ],
        [],
      ),
      ran(
        2,
        [
          ['Welcome', 5, 5],
          ['Check-in round', 20, 20],
          ['Sharing', 40, 41],
        ],
        [],
      ),
    ];
    expect(recurringOverruns(sessions)).toEqual([
      { title: 'Check-in round', runs: 3, over: 2, meanOverMs: 5.5 * MIN },
    ]);
    // Sharing ran over by a minute once: under the threshold, and not regular.
    expect(recurringOverruns(sessions, { thresholdMs: 30_000, ratio: 0.3 })).toHaveLength(1);
  });

  it('adds up the time planned and spent per kind of item', () => {
    const kinds: Readonly<Record<string, ItemKind>> = { Welcome: 'welcome', Sharing: 'sharing' };
    const sessions = [ran(0, ITEMS, []), ran(1, ITEMS, [])];
    const byKind = timePerKind(sessions, (session, entryId) => {
      const title = session.agenda.entries.find((e) => e.id === entryId)?.title ?? '';
      return kinds[title];
    });
    expect(byKind).toEqual([
      { kind: 'sharing', plannedMs: 80 * MIN, actualMs: 80 * MIN, runs: 2 },
      { kind: 'unknown', plannedMs: 40 * MIN, actualMs: 54 * MIN, runs: 2 },
      { kind: 'welcome', plannedMs: 10 * MIN, actualMs: 10 * MIN, runs: 2 },
    ]);
  });
});
