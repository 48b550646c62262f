/**
 * What the room may see of a live session, and nothing else: the current item's title and time
 * left, the session clock, the next item's title and, only when the facilitator turns it on, the
 * next speaker's alias. This is the one place the room display's state is made from a session,
 * so it is the one place to check that nothing confidential (notes, scripts, the roster) leaves.
 */
import type { PresenterState } from '../../../../electron/shared/presenter';
import { currentEntry, isPaused, sessionElapsedMs, upcoming } from './agenda';
import { distinctAliases } from './attendance';
import { remainingMs } from './countdown';
import { waiting } from './queue';
import type { LiveSession } from './session';

export function presenterStateOf(
  live: LiveSession,
  now: number,
  flash: PresenterState['flash'] = null,
): PresenterState {
  const entry = currentEntry(live.agenda);
  const nextItem = upcoming(live.agenda)[0];
  let nextSpeakerAlias: string | null = null;
  if (live.settings.showNextSpeaker) {
    const next = waiting(live.queue)[0];
    nextSpeakerAlias = next ? (distinctAliases(live.attendees)[next.memberId] ?? null) : null;
  }
  const started = live.agenda.startedAt !== null && live.agenda.endedAt === null;
  return {
    mode: started ? 'live' : 'idle',
    language: live.language,
    itemTitle: entry?.title ?? null,
    remainingMs: entry ? remainingMs(entry.countdown, now) : null,
    sessionElapsedMs: live.agenda.startedAt === null ? null : sessionElapsedMs(live.agenda, now),
    nextItemTitle: nextItem?.title ?? null,
    nextSpeakerAlias,
    // The prompt only when the facilitator chose to show it in the room.
    prompt: entry?.prompt?.shown ? entry.prompt.text : null,
    asOf: now,
    running: started && entry !== undefined && !isPaused(live.agenda),
    // A flash only when the facilitator asked for one, and never the facilitator-only cue.
    flash: live.settings.flash && !live.settings.gentleCue ? flash : null,
  };
}
