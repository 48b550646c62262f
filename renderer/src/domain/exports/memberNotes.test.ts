import { describe, expect, it } from 'vitest';
import { newNote, type Note } from '../notes/note';
import { LATER_EDIT_MS, memberNotesDocument } from './memberNotes';

const note = (id: string, createdAt: number, patch: Partial<Note> = {}): Note => ({
  ...newNote({ groupId: 'g', memberId: 'noor', body: `Note ${id}` }, id, createdAt),
  ...patch,
});

const GROUP = { name: 'Thursday circle' };
const NOOR = { id: 'noor', name: 'Noor' };

describe('memberNotesDocument', () => {
  it('holds only this member’s notes with text, oldest first', () => {
    const doc = memberNotesDocument(
      [
        note('c', 3000),
        note('a', 1000),
        note('other', 500, { memberId: 'samira' }),
        note('general', 600, { memberId: null }),
        note('empty', 700, { body: '  \n ' }),
        note('b2', 2000),
        note('b1', 2000),
      ],
      GROUP,
      NOOR,
      9999,
    );
    expect(doc.entries.map((e) => e.id)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(doc).toMatchObject({
      groupName: 'Thursday circle',
      memberName: 'Noor',
      exportedAt: 9999,
    });
  });

  it('gives each note’s time, session, incident flag, tags and text', () => {
    const [entry] = memberNotesDocument(
      [
        note('a', 1000, {
          sessionId: 's1',
          stamp: { at: 1500, itemTitle: 'Check-in' },
          incident: true,
          tags: ['follow-up'],
          body: 'Left early.\r\nCall her.\n',
        }),
      ],
      GROUP,
      NOOR,
      9999,
      (id) => (id === 's1' ? 'Thursday 4 Feb' : null),
    ).entries;
    expect(entry).toEqual({
      id: 'a',
      writtenAt: 1000,
      editedAt: null,
      session: { title: 'Thursday 4 Feb', stamp: { at: 1500, itemTitle: 'Check-in' } },
      incident: true,
      tags: ['follow-up'],
      body: 'Left early.\nCall her.',
    });
  });

  it('says a note was changed later only when it was, and no session when there was none', () => {
    const doc = memberNotesDocument(
      [
        note('typed', 0, { editedAt: 30_000 }),
        note('changed', 1, { editedAt: 1 + LATER_EDIT_MS }),
        note('unknown-session', 2, { sessionId: 'gone' }),
      ],
      GROUP,
      NOOR,
      0,
    );
    expect(doc.entries.map((e) => [e.id, e.editedAt, e.session])).toEqual([
      ['typed', null, null],
      ['changed', 1 + LATER_EDIT_MS, null],
      ['unknown-session', null, { title: null, stamp: null }],
    ]);
  });
});
