/**
 * A facilitator's confidential note: about a session, a member, or nothing in particular; an
 * incident or safety note is flagged as such. A quick note taken in a live session carries the
 * time and the agenda item it was taken at. Pure: ids and clocks come from the caller.
 */

export const NOTE_BODY_MAX = 20_000;
export const TAG_MAX = 40;
export const MAX_TAGS = 20;

/** Where a quick note was taken: the instant, and the agenda item under way then. */
export interface NoteStamp {
  readonly at: number;
  readonly itemTitle: string;
}

export interface Note {
  readonly id: string;
  /** Epoch ms; retention counts from here. */
  readonly createdAt: number;
  /** Epoch ms of the last edit of its text, tags or flag. */
  readonly editedAt: number;
  readonly groupId: string | null;
  /** The live session it was written in or is about. */
  readonly sessionId: string | null;
  /** The member it is about (the group's roster id). */
  readonly memberId: string | null;
  readonly incident: boolean;
  readonly body: string;
  readonly tags: readonly string[];
  readonly stamp: NoteStamp | null;
}

export interface NewNoteFields {
  readonly groupId?: string | null;
  readonly sessionId?: string | null;
  readonly memberId?: string | null;
  readonly incident?: boolean;
  readonly stamp?: NoteStamp | null;
  readonly body?: string;
}

export function newNote(fields: NewNoteFields, id: string, now: number): Note {
  return {
    id,
    createdAt: now,
    editedAt: now,
    groupId: fields.groupId ?? null,
    sessionId: fields.sessionId ?? null,
    memberId: fields.memberId ?? null,
    incident: fields.incident ?? false,
    body: fields.body ?? '',
    tags: [],
    stamp: fields.stamp ?? null,
  };
}

export type NoteSubject = 'member' | 'session' | 'general';

export function subjectOf(note: Pick<Note, 'memberId' | 'sessionId'>): NoteSubject {
  if (note.memberId !== null) return 'member';
  if (note.sessionId !== null) return 'session';
  return 'general';
}

/** The first non-empty line, trimmed and cut to `max` characters; "" for an empty note. */
export function noteTitle(body: string, max = 80): string {
  const line =
    body
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * Tags as typed ("grief, follow-up , Grief") → trimmed, without a leading "#", one of each
 * (compared without case), at most MAX_TAGS of at most TAG_MAX characters.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').trim().slice(0, TAG_MAX).trim();
    const key = tag.toLocaleLowerCase();
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** Splits what was typed in a tags field ("a, b; c") into tags. */
export function parseTags(text: string): string[] {
  return cleanTags(text.split(/[,;،؛\n]/));
}

/** Newest edit first, then newest created, then id: a stable order for lists. */
export function byRecentEdit(a: Note, b: Note): number {
  return b.editedAt - a.editedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

/** Every tag in use, once, in the order of the language's collation. */
export function tagsInUse(notes: Iterable<Note>, locale: string): string[] {
  const byKey = new Map<string, string>();
  for (const note of notes)
    for (const tag of note.tags) {
      const key = tag.toLocaleLowerCase();
      if (!byKey.has(key)) byKey.set(key, tag);
    }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...byKey.values()].sort(collator.compare);
}
