/** What a quick note taken now knows of the live session: its group, the item under way, who is in. */
import { currentEntry } from '../../domain/session/agenda';
import type { LiveSession } from '../../domain/session/session';
import type { QuickNoteContext } from './QuickNoteDialog';

export function quickNoteContext(
  live: LiveSession | null,
  now: number,
  incident: boolean,
): QuickNoteContext {
  const running = live !== null && live.agenda.startedAt !== null && live.agenda.endedAt === null;
  if (!live || !running) {
    return { groupId: live?.groupId ?? null, sessionId: null, stamp: null, members: [], incident };
  }
  const entry = currentEntry(live.agenda);
  return {
    groupId: live.groupId,
    sessionId: live.id,
    stamp: { at: now, itemTitle: entry?.title ?? live.title },
    // Walk-ins have no roster id: a note about them is about the session.
    members: live.attendees.flatMap((a) => (a.memberId ? [{ id: a.memberId, name: a.alias }] : [])),
    incident,
  };
}
