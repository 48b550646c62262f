import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../plans/plan';
import { BUILT_IN_TEMPLATES } from '../plans/templates';
import { pause, startSession } from './agenda';
import { checkIn, walkIn } from './attendance';
import { presenterStateOf } from './presenter';
import { queueReducer } from './queue';
import { sessionFromPlan, withAttendees, type LiveSession } from './session';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);

function aSession(): LiveSession {
  const template = BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error('no templates');
  let n = 0;
  const ids = () => `id-${String((n += 1))}`;
  const plan = instantiateTemplate(
    template,
    'ar',
    { groupId: 'g', date: '2026-12-01', startTime: '18:30', venue: 'Room 4' },
    ids,
  );
  const withSecrets = {
    ...plan,
    goals: ['CanaryGoal'],
    items: plan.items.map((item) => ({
      ...item,
      prepNotes: 'CanaryPrivateNote',
      script: 'CanaryScript',
    })),
  };
  let live = sessionFromPlan(withSecrets, ids, T0);
  live = withAttendees(
    live,
    walkIn(
      checkIn([], { id: 'sam', name: 'CanaryAliasSam', newcomer: false }),
      'CanaryWalkIn',
      true,
      ids,
    ),
    T0,
  );
  const queue = queueReducer(live.queue, { type: 'raise', memberId: 'sam' }, T0);
  return { ...live, queue, agenda: startSession(live.agenda, T0) };
}

describe('what the room display is given', () => {
  it('is the current item, its time, the session clock and the next item, in the plan language', () => {
    const live = aSession();
    const state = presenterStateOf(live, T0 + 2 * MIN);
    expect(state).toEqual({
      mode: 'live',
      language: 'ar',
      itemTitle: live.agenda.entries[0]?.title,
      remainingMs: (live.agenda.entries[0]?.countdown.durationMs ?? 0) - 2 * MIN,
      sessionElapsedMs: 2 * MIN,
      nextItemTitle: live.agenda.entries[1]?.title,
      nextSpeakerAlias: null,
      prompt: null,
      flash: null,
      asOf: T0 + 2 * MIN,
      running: true,
    });
    expect(
      presenterStateOf({ ...live, agenda: pause(live.agenda, T0 + MIN) }, T0 + 2 * MIN).running,
    ).toBe(false);
  });

  it('never carries a note, a script, a goal, the venue or an alias the facilitator did not choose to show', () => {
    const live = aSession();
    const text = JSON.stringify(presenterStateOf(live, T0 + MIN));
    for (const canary of [
      'CanaryPrivateNote',
      'CanaryScript',
      'CanaryGoal',
      'CanaryAlias',
      'CanaryWalkIn',
      'Room 4',
    ]) {
      expect(text).not.toContain(canary);
    }
  });

  it('shows the next speaker alias only when turned on', () => {
    const live = aSession();
    const shown = { ...live, settings: { ...live.settings, showNextSpeaker: true } };
    expect(presenterStateOf(shown, T0).nextSpeakerAlias).toBe('CanaryAliasSam');
    const text = JSON.stringify(presenterStateOf(shown, T0));
    expect(text).not.toContain('CanaryWalkIn');
    expect(text).not.toContain('CanaryPrivateNote');
  });

  it('is idle before the start and after the end', () => {
    const live = aSession();
    expect(
      presenterStateOf({ ...live, agenda: { ...live.agenda, startedAt: null } }, T0).mode,
    ).toBe('idle');
    expect(
      presenterStateOf({ ...live, agenda: { ...live.agenda, endedAt: T0 + MIN } }, T0 + 2 * MIN),
    ).toMatchObject({
      mode: 'idle',
      running: false,
    });
  });
});

describe('the room display’s flash', () => {
  const flash = { kind: 'warning', at: T0 + MIN } as const;

  it('is passed on only when the facilitator turned flashes on', () => {
    const live = aSession();
    expect(presenterStateOf(live, T0 + MIN, flash).flash).toBeNull();
    const on = { ...live, settings: { ...live.settings, flash: true } };
    expect(presenterStateOf(on, T0 + MIN, flash).flash).toEqual(flash);
  });

  it('never reaches the room in the facilitator-only gentle cue mode', () => {
    const live = aSession();
    const gentle = { ...live, settings: { ...live.settings, flash: true, gentleCue: true } };
    expect(presenterStateOf(gentle, T0 + MIN, flash).flash).toBeNull();
  });
});
