import { describe, expect, it } from 'vitest';
import { adHocSession, withAttendees } from '../../domain/session/session';
import { startSession, endSession } from '../../domain/session/agenda';
import { quickNoteContext } from './quickNoteContext';

let ids = 0;
const newId = () => `id-${String((ids += 1))}`;
const T0 = Date.UTC(2026, 10, 22, 18, 0);

function session() {
  const live = adHocSession({ title: 'Open circle', minutes: 60, language: 'en' }, 'g1', newId, T0);
  return withAttendees(
    live,
    [
      { id: 'a1', memberId: 'm1', alias: 'Sam', newcomer: false },
      { id: 'a2', memberId: null, alias: 'Walk-in', newcomer: true },
    ],
    T0,
  );
}

describe('quickNoteContext', () => {
  it('outside a session: no session, no stamp, nobody to choose', () => {
    expect(quickNoteContext(null, T0, true)).toEqual({
      groupId: null,
      sessionId: null,
      stamp: null,
      members: [],
      incident: true,
    });
  });

  it('in a session set up but not started: the session and the roster members, no stamp', () => {
    const live = session();
    expect(quickNoteContext(live, T0, false)).toMatchObject({
      groupId: 'g1',
      sessionId: live.id,
      stamp: null,
      members: [{ id: 'm1', name: 'Sam' }],
    });
  });

  it('in a running session: stamped with the time and the item under way', () => {
    const live = session();
    const running = { ...live, agenda: startSession(live.agenda, T0) };
    expect(quickNoteContext(running, T0 + 90_000, false).stamp).toEqual({
      at: T0 + 90_000,
      itemTitle: 'Open circle',
    });
  });

  it('after the end: a note of its own, not the session’s', () => {
    const live = session();
    const ended = { ...live, agenda: endSession(startSession(live.agenda, T0), T0 + 1000) };
    expect(quickNoteContext(ended, T0 + 2000, false)).toMatchObject({
      sessionId: null,
      stamp: null,
    });
  });
});
