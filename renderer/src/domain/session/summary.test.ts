import { describe, expect, it } from 'vitest';
import { adjust, newAgenda, next, pause, resume, skip, startSession } from './agenda';
import { newQueue, queueReducer } from './queue';
import { itemOutcomes, ranLong, voiceShares } from './summary';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);

describe('the end-of-session summary', () => {
  it('says how long each item really ran, pauses left out, and which ran long', () => {
    let a = startSession(
      newAgenda([
        { id: 'welcome', title: 'Welcome', minutes: 5 },
        { id: 'sharing', title: 'Sharing', minutes: 30 },
        { id: 'theme', title: 'Theme', minutes: 15 },
        { id: 'closing', title: 'Closing', minutes: 10 },
      ]),
      T0,
    );
    a = next(a, T0 + 7 * MIN); // welcome: 7 of 5
    a = adjust(a, 10 * MIN);
    a = pause(a, T0 + 17 * MIN);
    a = resume(a, T0 + 20 * MIN); // 3-minute pause
    a = next(a, T0 + 50 * MIN); // sharing: 40 of 30 (+10 allowed)
    a = skip(a, T0 + 50 * MIN); // theme skipped
    const outcomes = itemOutcomes(a, T0 + 55 * MIN); // closing: 5 so far
    expect(outcomes.map((o) => [o.id, o.status, o.actualMs, o.allowedMs, o.overPlanMs])).toEqual([
      ['welcome', 'done', 7 * MIN, 5 * MIN, 2 * MIN],
      ['sharing', 'done', 40 * MIN, 40 * MIN, 10 * MIN],
      ['theme', 'skipped', 0, 15 * MIN, 0],
      ['closing', 'current', 5 * MIN, 10 * MIN, 0],
    ]);
    expect(ranLong(outcomes).map((o) => o.id)).toEqual(['sharing', 'welcome']);
    expect(ranLong(outcomes, 5 * MIN).map((o) => o.id)).toEqual(['sharing']);
  });

  it('counts everyone present in the share of voice, silent members too', () => {
    let q = newQueue(['ana', 'bo', 'cy']);
    q = queueReducer(q, { type: 'start-round' }, T0);
    q = queueReducer(q, { type: 'next' }, T0 + 3 * MIN);
    q = queueReducer(q, { type: 'pass' }, T0 + 3 * MIN);
    q = queueReducer(q, { type: 'stop' }, T0 + 4 * MIN);
    expect(voiceShares(q)).toEqual([
      { attendeeId: 'ana', turns: 1, speakingMs: 3 * MIN, passes: 0, share: 0.75 },
      { attendeeId: 'bo', turns: 0, speakingMs: 0, passes: 1, share: 0 },
      { attendeeId: 'cy', turns: 1, speakingMs: MIN, passes: 0, share: 0.25 },
    ]);
  });
});
