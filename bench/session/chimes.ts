/**
 * The app's chime player, watched: its `play` is wrapped to note when the session runner calls
 * it (Date.now(), the clock the app uses) and for which item's threshold, then plays the chime
 * as usual.
 *
 * The item is the one whose facts recorded this chime as sounded in the change the runner's
 * tick() has just made (its countdown's chimesFired gained the kind), not whichever item is
 * current by the time play() is called: an item's end can sound as the session moves on from it.
 */
import { chimePlayer } from '../../renderer/src/app/chimePlayer';
import type { ChimeKind } from '../../renderer/src/domain/session/chimes';
import type { LiveSession } from '../../renderer/src/domain/session/session';
import { useSessionStore } from '../../renderer/src/stores/session.store';

export interface Played {
  readonly kind: ChimeKind;
  /** Date.now() when play() was called. */
  readonly at: number;
  /** The item whose threshold it sounded for; null when no item's facts recorded it. */
  readonly entryId: string | null;
}

export const played: Played[] = [];

/** The session's last change (tick() makes one whenever it returns a chime). */
let lastChange: { before: LiveSession | null; after: LiveSession | null } = {
  before: null,
  after: null,
};
useSessionStore.subscribe((state, previous) => {
  if (state.live !== previous.live) lastChange = { before: previous.live, after: state.live };
});

function soundedJustNow(kind: ChimeKind): string | null {
  const { before, after } = lastChange;
  if (!after) return null;
  const earlier = new Map(before?.agenda.entries.map((e) => [e.id, e.countdown.chimesFired]));
  const entry = after.agenda.entries.find(
    (e) => e.countdown.chimesFired.includes(kind) && !earlier.get(e.id)?.includes(kind),
  );
  return entry?.id ?? null;
}

const play = chimePlayer.play.bind(chimePlayer);
chimePlayer.play = (kind, volume) => {
  played.push({ kind, at: Date.now(), entryId: soundedJustNow(kind) });
  play(kind, volume);
};
