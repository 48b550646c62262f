/**
 * One member's notes as a document, for a clinic's record: every note about that member, oldest
 * first, each with when it was written, the session it was taken in (if any), whether it is an
 * incident note, its tags and its text. The caller words and prints it.
 */
import type { Group, Member } from '../groups/group';
import type { Note } from '../notes/note';

export interface MemberNotesEntry {
  readonly id: string;
  /** Epoch ms it was written. */
  readonly writtenAt: number;
  /** Epoch ms of its last edit, or null when it was not changed after it was first written. */
  readonly editedAt: number | null;
  /** Set when the note was taken in a session. */
  readonly session: {
    /** The session's title, when known. */
    readonly title: string | null;
    /** When and during which agenda item a quick note was taken. */
    readonly stamp: { readonly at: number; readonly itemTitle: string } | null;
  } | null;
  readonly incident: boolean;
  readonly tags: readonly string[];
  readonly body: string;
}

export interface MemberNotesDocument {
  readonly groupName: string;
  readonly memberName: string;
  /** Epoch ms of the export. */
  readonly exportedAt: number;
  readonly entries: readonly MemberNotesEntry[];
}

/**
 * A note is saved as it is typed, so its last edit is usually a moment after it was created; an
 * edit this much later is a change worth stating on a record.
 */
export const LATER_EDIT_MS = 10 * 60_000;

/** Oldest first; notes written in the same millisecond keep a stable order by id. */
function byWritten(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function memberNotesDocument(
  notes: Iterable<Note>,
  group: Pick<Group, 'name'>,
  member: Pick<Member, 'id' | 'name'>,
  exportedAt: number,
  sessionTitle: (sessionId: string) => string | null = () => null,
): MemberNotesDocument {
  const entries = [...notes]
    .filter((note) => note.memberId === member.id && note.body.trim() !== '')
    .sort(byWritten)
    .map((note): MemberNotesEntry => ({
      id: note.id,
      writtenAt: note.createdAt,
      editedAt: note.editedAt - note.createdAt >= LATER_EDIT_MS ? note.editedAt : null,
      session:
        note.sessionId === null && note.stamp === null
          ? null
          : {
              title: note.sessionId === null ? null : sessionTitle(note.sessionId),
              stamp: note.stamp,
            },
      incident: note.incident,
      tags: note.tags,
      body: note.body.replace(/\r\n?/g, '\n').trim(),
    }));
  return { groupName: group.name, memberName: member.name, exportedAt, entries };
}
