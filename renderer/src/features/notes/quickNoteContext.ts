/**
 * What a quick note taken now knows of the session under way (set up or running): its group,
 * the session, who is in the room and, once it runs, the time and the agenda item.
 */
import { currentEntry } from '../../domain/session/agenda';
import type { LiveSession } from '../../domain/session/session';
import type { QuickNoteContext } from './QuickNoteDialog';

export function quickNoteContext(
  live: LiveSession | null,
  now: number,
  incident: boolean,
): QuickNoteContext {
  if (!live || live.agenda.endedAt !== null) {
    return { groupId: live?.groupId ?? null, sessionId: null, stamp: null, members: [], incident };
  }
  const started = live.agenda.startedAt !== null;
  return {
    groupId: live.groupId,
    sessionId: live.id,
    stamp: started ? { at: now, itemTitle: currentEntry(live.agenda)?.title ?? live.title } : null,
    // Walk-ins have no roster id: a note about them is about the session.
    members: live.attendees.flatMap((a) => (a.memberId ? [{ id: a.memberId, name: a.alias }] : [])),
    incident,
  };
}
