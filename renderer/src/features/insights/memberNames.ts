/**
 * The names the insights screen shows for roster members: the roster's name as it is now, or,
 * for someone no longer on the roster, the name they last had in a session's attendance.
 */
import type { Group } from '../../domain/groups/group';
import type { LiveSession } from '../../domain/session/session';

export function memberNames(
  group: Pick<Group, 'members'>,
  sessions: readonly LiveSession[],
): Readonly<Record<string, string>> {
  const names: Record<string, string> = {};
  // Oldest first: the latest alias wins.
  for (const session of sessions)
    for (const attendee of session.attendees)
      if (attendee.memberId !== null) names[attendee.memberId] = attendee.alias;
  for (const member of group.members) names[member.id] = member.name;
  return names;
}

/** Roster members still active: the only ones it makes sense to suggest checking in with. */
export function activeMemberIds(group: Pick<Group, 'members'>): ReadonlySet<string> {
  return new Set(group.members.filter((m) => m.active).map((m) => m.id));
}
