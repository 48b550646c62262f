import { describe, expect, it } from 'vitest';
import {
  currentSpeakingMs,
  newQueue,
  notYetShared,
  queueReducer,
  recordOf,
  roundOrder,
  shareOfVoice,
  waiting,
  type QueueAction,
  type QueueState,
} from './queue';

const T0 = Date.UTC(2026, 11, 1, 18, 30);
const MIN = 60_000;
const SEATS = ['ana', 'bo', 'cy', 'dee', 'eli'];

/** Applies actions one minute apart, as a meeting would. */
function play(state: QueueState, actions: readonly QueueAction[], start = T0): QueueState {
  return actions.reduce((s, action, i) => queueReducer(s, action, start + i * MIN), state);
}

const ids = (state: QueueState) => waiting(state).map((p) => p.memberId);

describe('raise hand', () => {
  it('is first come, first served; a hand is raised once; hands move and lower', () => {
    let q = newQueue(SEATS);
    q = play(q, [
      { type: 'raise', memberId: 'cy' },
      { type: 'raise', memberId: 'ana' },
      { type: 'raise', memberId: 'cy' },
      { type: 'raise', memberId: 'eli' },
      { type: 'raise', memberId: 'stranger' },
    ]);
    expect(ids(q)).toEqual(['cy', 'ana', 'eli']);
    q = queueReducer(q, { type: 'move-hand', memberId: 'eli', to: 0 }, T0);
    expect(ids(q)).toEqual(['eli', 'cy', 'ana']);
    q = queueReducer(q, { type: 'lower', memberId: 'cy' }, T0);
    expect(ids(q)).toEqual(['eli', 'ana']);
    expect(waiting(q).every((p) => p.reason === null)).toBe(true);
  });

  it('gives the floor in turn and counts each turn and its time', () => {
    let q = play(newQueue(SEATS), [
      { type: 'raise', memberId: 'bo' },
      { type: 'raise', memberId: 'dee' },
    ]);
    q = queueReducer(q, { type: 'next' }, T0 + 2 * MIN);
    expect(q.current).toEqual({ memberId: 'bo', startedAt: T0 + 2 * MIN });
    expect(currentSpeakingMs(q, T0 + 3 * MIN)).toBe(MIN);
    // Bo can't raise a hand while speaking.
    expect(queueReducer(q, { type: 'raise', memberId: 'bo' }, T0)).toBe(q);
    q = queueReducer(q, { type: 'next' }, T0 + 5 * MIN);
    expect(q.current?.memberId).toBe('dee');
    q = queueReducer(q, { type: 'stop' }, T0 + 6 * MIN);
    expect(q.current).toBeNull();
    expect(recordOf(q, 'bo')).toEqual({ turns: 1, speakingMs: 3 * MIN, passes: 0 });
    expect(recordOf(q, 'dee')).toEqual({ turns: 1, speakingMs: MIN, passes: 0 });
    // Nobody waiting: "next" ends the turn and leaves the floor open.
    expect(queueReducer(q, { type: 'next' }, T0 + 7 * MIN).current).toBeNull();
  });
});

describe('go-around round', () => {
  it('goes in seat order, with newcomers first, last or in their seat', () => {
    const q = newQueue(SEATS, ['cy', 'eli']);
    expect(roundOrder(q)).toEqual(SEATS);
    expect(roundOrder({ ...q, newcomerOrder: 'first' })).toEqual(['cy', 'eli', 'ana', 'bo', 'dee']);
    expect(roundOrder({ ...q, newcomerOrder: 'last' })).toEqual(['ana', 'bo', 'dee', 'cy', 'eli']);
  });

  it('lets anyone pass, or come back at the end, and says who has not shared yet', () => {
    let q = newQueue(SEATS);
    q = queueReducer(q, { type: 'start-round' }, T0);
    expect(q.mode).toBe('round');
    expect(q.current?.memberId).toBe('ana');
    expect(notYetShared(q)).toEqual(SEATS);

    q = queueReducer(q, { type: 'next' }, T0 + 2 * MIN); // Ana shared for 2 minutes.
    expect(q.current?.memberId).toBe('bo');
    q = queueReducer(q, { type: 'pass' }, T0 + 2 * MIN + 5000); // Bo passes.
    expect(q.current?.memberId).toBe('cy');
    q = queueReducer(q, { type: 'come-back' }, T0 + 3 * MIN); // Cy: "come back to me".
    expect(q.current?.memberId).toBe('dee');
    expect(ids(q)).toEqual(['eli', 'cy']);
    expect(notYetShared(q)).toEqual(['dee', 'eli', 'cy']);

    q = play(q, [{ type: 'next' }, { type: 'next' }, { type: 'next' }], T0 + 4 * MIN);
    // Dee, Eli and Cy have spoken; the round is over.
    expect(q.current).toBeNull();
    expect(q.round).toBeNull();
    expect(notYetShared(q)).toEqual([]);
    expect(recordOf(q, 'ana')).toEqual({ turns: 1, speakingMs: 2 * MIN, passes: 0 });
    expect(recordOf(q, 'bo')).toEqual({ turns: 0, speakingMs: 0, passes: 1 });
    expect(recordOf(q, 'cy')).toEqual({ turns: 1, speakingMs: MIN, passes: 0 });
    expect(recordOf(q, 'eli').turns).toBe(1);
  });

  it('keeps the last person speaking when they ask to come back with no one after them', () => {
    let q = newQueue(['ana']);
    q = queueReducer(q, { type: 'start-round' }, T0);
    expect(queueReducer(q, { type: 'come-back' }, T0 + MIN)).toBe(q);
  });

  it('drops from the round someone who leaves the room', () => {
    let q = queueReducer(newQueue(SEATS), { type: 'start-round' }, T0);
    q = queueReducer(
      q,
      { type: 'set-seats', seatOrder: ['ana', 'bo', 'dee', 'eli'], newcomers: ['cy'] },
      T0,
    );
    expect(ids(q)).toEqual(['bo', 'dee', 'eli']);
    expect(q.newcomers).toEqual([]);
  });
});

describe('priority', () => {
  it('puts those who have not spoken first, then those who spoke least, and says why', () => {
    // (The screen shows a has-spoken place with the time spoken: Bo 1 min, Ana 5 min.)
    let q = newQueue(SEATS);
    // Ana speaks 5 minutes, Bo 1 minute, in a raise-hand stretch.
    q = play(q, [
      { type: 'raise', memberId: 'ana' },
      { type: 'raise', memberId: 'bo' },
    ]);
    q = queueReducer(q, { type: 'next' }, T0);
    q = queueReducer(q, { type: 'next' }, T0 + 5 * MIN);
    q = queueReducer(q, { type: 'stop' }, T0 + 6 * MIN);
    q = play(
      q,
      [
        { type: 'set-mode', mode: 'priority' },
        { type: 'raise', memberId: 'ana' },
        { type: 'raise', memberId: 'bo' },
        { type: 'raise', memberId: 'dee' },
        { type: 'raise', memberId: 'cy' },
      ],
      T0 + 7 * MIN,
    );
    expect(waiting(q)).toEqual([
      { memberId: 'dee', reason: 'not-yet-spoken' },
      { memberId: 'cy', reason: 'not-yet-spoken' },
      { memberId: 'bo', reason: 'has-spoken' },
      { memberId: 'ana', reason: 'has-spoken' },
    ]);
    q = queueReducer(q, { type: 'next' }, T0 + 20 * MIN);
    expect(q.current?.memberId).toBe('dee');
    // The same hands, raise-hand mode: the order they were raised.
    expect(ids(queueReducer(q, { type: 'set-mode', mode: 'raise-hand' }, T0))).toEqual([
      'ana',
      'bo',
      'cy',
    ]);
  });
});

describe('share of voice', () => {
  it("is each member's part of all speaking time", () => {
    let q = play(newQueue(SEATS), [
      { type: 'raise', memberId: 'ana' },
      { type: 'raise', memberId: 'bo' },
    ]);
    q = queueReducer(q, { type: 'next' }, T0);
    q = queueReducer(q, { type: 'next' }, T0 + 3 * MIN);
    q = queueReducer(q, { type: 'stop' }, T0 + 4 * MIN);
    expect(shareOfVoice(q)).toEqual({ ana: 0.75, bo: 0.25 });
    expect(shareOfVoice(newQueue(SEATS))).toEqual({});
  });
});

describe('undo', () => {
  it('is the previous state: the reducer never changes the state it is given', () => {
    const before = play(newQueue(SEATS), [{ type: 'raise', memberId: 'ana' }]);
    const frozen = JSON.stringify(before);
    queueReducer(before, { type: 'next' }, T0);
    queueReducer(before, { type: 'start-round' }, T0);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
