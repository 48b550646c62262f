import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../plans/plan';
import { BUILT_IN_TEMPLATES } from '../plans/templates';
import { currentEntry, startSession } from './agenda';
import { checkIn, checkOut, walkIn } from './attendance';
import { queueReducer, recordOf } from './queue';
import { adHocSession, sessionFromPlan, withAttendees, type LiveSession } from './session';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);

function counter() {
  let n = 0;
  return () => `id-${String((n += 1))}`;
}

describe('a live session', () => {
  it('is made from a plan: its items, order and minutes, in its language', () => {
    const template = BUILT_IN_TEMPLATES[3];
    if (!template) throw new Error('no templates');
    const plan = instantiateTemplate(
      template,
      'ar',
      { groupId: 'g', date: '2026-12-01', startTime: '18:30', venue: '' },
      counter(),
    );
    const session = sessionFromPlan(plan, () => 'session-1', T0);
    expect(session).toMatchObject({
      id: 'session-1',
      planId: plan.id,
      language: 'ar',
      groupId: 'g',
    });
    expect(session.agenda.entries.map((e) => [e.id, e.title, e.countdown.durationMs])).toEqual(
      plan.items.map((i) => [i.id, i.title, i.minutes * MIN]),
    );
    expect(session.settings.showNextSpeaker).toBe(false);
    expect(session.settings.warningMs).toBe(2 * MIN);
  });

  it('can be ad hoc, with one open item', () => {
    const session = adHocSession(
      { title: 'Drop-in', minutes: 60, language: 'fr' },
      null,
      counter(),
      T0,
    );
    const started = startSession(session.agenda, T0);
    expect(currentEntry(started)?.countdown.durationMs).toBe(60 * MIN);
    expect(session.planId).toBeNull();
  });

  it('keeps the queue in step with who is in the room', () => {
    const ids = counter();
    let session: LiveSession = adHocSession(
      { title: 'Circle', minutes: 60, language: 'en' },
      'g',
      ids,
      T0,
    );
    let room = checkIn([], { id: 'sam', name: 'Sam', newcomer: false });
    room = walkIn(room, 'Noor', true, ids);
    room = checkIn(room, { id: 'lee', name: 'Lee', newcomer: false });
    session = withAttendees(session, room, T0);
    expect(session.queue.seatOrder).toEqual(['sam', 'id-3', 'lee']);
    expect(session.queue.newcomers).toEqual(['id-3']);

    // Lee speaks, then leaves mid-turn: the turn and its time are kept, and Lee is off the queue.
    let queue = queueReducer(session.queue, { type: 'raise', memberId: 'lee' }, T0);
    queue = queueReducer(queue, { type: 'raise', memberId: 'sam' }, T0);
    queue = queueReducer(queue, { type: 'next' }, T0 + MIN);
    session = { ...session, queue };
    session = withAttendees(session, checkOut(room, 'lee'), T0 + 4 * MIN);
    expect(session.queue.current).toBeNull();
    expect(session.queue.hands).toEqual(['sam']);
    expect(recordOf(session.queue, 'lee')).toEqual({ turns: 1, speakingMs: 3 * MIN, passes: 0 });
  });
});
