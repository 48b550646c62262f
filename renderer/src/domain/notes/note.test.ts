import { describe, expect, it } from 'vitest';
import {
  MAX_TAGS,
  TAG_MAX,
  byRecentEdit,
  cleanTags,
  newNote,
  noteTitle,
  parseTags,
  subjectOf,
  tagsInUse,
  type Note,
} from './note';

const T0 = new Date(2026, 10, 21, 18, 30).getTime();

function note(id: string, fields: Partial<Note> = {}): Note {
  return { ...newNote({}, id, T0), ...fields };
}

describe('newNote', () => {
  it('starts empty, unflagged and about nothing, created and edited now', () => {
    expect(newNote({}, 'n1', T0)).toEqual({
      id: 'n1',
      createdAt: T0,
      editedAt: T0,
      groupId: null,
      sessionId: null,
      memberId: null,
      incident: false,
      body: '',
      tags: [],
      stamp: null,
    });
  });

  it('keeps what it is given: a quick note in a live session', () => {
    const stamp = { at: T0 + 60_000, itemTitle: 'Check-in round' };
    expect(
      newNote(
        { groupId: 'g', sessionId: 's', memberId: 'm', incident: true, stamp, body: 'x' },
        'n2',
        T0,
      ),
    ).toMatchObject({
      groupId: 'g',
      sessionId: 's',
      memberId: 'm',
      incident: true,
      stamp,
      body: 'x',
    });
  });
});

describe('cleanTags', () => {
  it('trims each tag and drops a leading "#"', () => {
    expect(cleanTags(['  grief ', '#follow-up', '## safety', ' # sleep '])).toEqual([
      'grief',
      'follow-up',
      'safety',
      'sleep',
    ]);
  });

  it('keeps a "#" that is not leading', () => {
    expect(cleanTags(['C#', 'week#2'])).toEqual(['C#', 'week#2']);
  });

  it('keeps one of each, compared without case, the first spelling winning', () => {
    expect(cleanTags(['Grief', 'grief', 'GRIEF', '#grief', 'Deuil', 'deuil'])).toEqual([
      'Grief',
      'Deuil',
    ]);
    expect(cleanTags(['ÉTÉ', 'été'])).toEqual(['ÉTÉ']);
    // Accents are not case: these are two tags.
    expect(cleanTags(['été', 'ete'])).toEqual(['été', 'ete']);
  });

  it('drops empty tags', () => {
    expect(cleanTags(['', '   ', '#', '# ', 'ok'])).toEqual(['ok']);
  });

  it(`cuts a tag to ${String(TAG_MAX)} characters, without a trailing space`, () => {
    const long = 'a'.repeat(TAG_MAX + 10);
    expect(cleanTags([long])).toEqual(['a'.repeat(TAG_MAX)]);
    const spaced = `${'b'.repeat(TAG_MAX - 1)} tail`;
    expect(cleanTags([spaced])).toEqual(['b'.repeat(TAG_MAX - 1)]);
    // The "#" is dropped before cutting, so it does not use up a character.
    expect(cleanTags([`#${'c'.repeat(TAG_MAX)}`])).toEqual(['c'.repeat(TAG_MAX)]);
  });

  it(`keeps at most ${String(MAX_TAGS)} tags, the first ones`, () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `tag${String(i)}`);
    const kept = cleanTags(many);
    expect(kept).toHaveLength(MAX_TAGS);
    expect(kept).toEqual(many.slice(0, MAX_TAGS));
    // Duplicates do not use up places.
    expect(cleanTags(['x', 'X', ...many])).toHaveLength(MAX_TAGS);
    expect(cleanTags(['x', 'X', ...many])[1]).toBe('tag0');
  });
});

describe('parseTags', () => {
  it('splits on commas, semicolons and new lines', () => {
    expect(parseTags('grief, follow-up ; sleep\nsafety')).toEqual([
      'grief',
      'follow-up',
      'sleep',
      'safety',
    ]);
  });

  it('splits on the Arabic comma and semicolon', () => {
    expect(parseTags('حزن، متابعة؛ نوم')).toEqual(['حزن', 'متابعة', 'نوم']);
  });

  it('keeps spaces inside a tag', () => {
    expect(parseTags('first session, #follow up')).toEqual(['first session', 'follow up']);
  });

  it('cleans what it splits', () => {
    expect(parseTags('#Grief, grief,, , #')).toEqual(['Grief']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('noteTitle', () => {
  it('is the first line that has any text, trimmed', () => {
    expect(noteTitle('  Sam spoke about the move  \nmore text')).toBe('Sam spoke about the move');
    expect(noteTitle('\n   \n\tSecond line first\nthird')).toBe('Second line first');
  });

  it('is empty for an empty or blank note', () => {
    expect(noteTitle('')).toBe('');
    expect(noteTitle(' \n\t\n ')).toBe('');
  });

  it('is cut with an ellipsis to at most max characters', () => {
    const line = 'x'.repeat(100);
    expect(noteTitle(line)).toBe(`${'x'.repeat(79)}…`);
    expect(noteTitle(line)).toHaveLength(80);
    expect(noteTitle('x'.repeat(80))).toBe('x'.repeat(80));
    expect(noteTitle('abcdefghij', 5)).toBe('abcd…');
    // No space is left before the ellipsis.
    expect(noteTitle('abc   defghij', 6)).toBe('abc…');
  });
});

describe('subjectOf', () => {
  it('is the member when there is one, else the session, else general', () => {
    expect(subjectOf({ memberId: 'm', sessionId: 's' })).toBe('member');
    expect(subjectOf({ memberId: 'm', sessionId: null })).toBe('member');
    expect(subjectOf({ memberId: null, sessionId: 's' })).toBe('session');
    expect(subjectOf({ memberId: null, sessionId: null })).toBe('general');
  });
});

describe('byRecentEdit', () => {
  it('orders by last edit, then by creation, newest first, then by id', () => {
    const notes = [
      note('old-edit', { editedAt: T0 + 1, createdAt: T0 }),
      note('b-tie', { editedAt: T0 + 5, createdAt: T0 }),
      note('newest', { editedAt: T0 + 9, createdAt: T0 - 100 }),
      note('a-tie', { editedAt: T0 + 5, createdAt: T0 }),
      note('newer-created', { editedAt: T0 + 5, createdAt: T0 + 2 }),
    ];
    expect([...notes].sort(byRecentEdit).map((n) => n.id)).toEqual([
      'newest',
      'newer-created',
      'a-tie',
      'b-tie',
      'old-edit',
    ]);
    // The same order whatever order the list was in.
    expect(
      [...notes]
        .reverse()
        .sort(byRecentEdit)
        .map((n) => n.id),
    ).toEqual([...notes].sort(byRecentEdit).map((n) => n.id));
  });
});

describe('tagsInUse', () => {
  const notes = [
    note('1', { tags: ['été', 'Deuil'] }),
    note('2', { tags: ['deuil', 'Écoute', 'arrivée'] }),
    note('3', { tags: ['zèle', 'ÉTÉ'] }),
    note('4', { tags: [] }),
  ];

  it('lists each tag once, in the first spelling met', () => {
    const tags = tagsInUse(notes, 'fr');
    expect(tags).toHaveLength(5);
    expect(tags).toContain('Deuil');
    expect(tags).toContain('été');
    expect(tags).not.toContain('deuil');
    expect(tags).not.toContain('ÉTÉ');
  });

  it("sorts in the language's collation: accented letters beside their base letter", () => {
    // A code-unit sort would put "zèle" before "Écoute" and "été", and "Deuil" before "arrivée".
    expect(tagsInUse(notes, 'fr')).toEqual(['arrivée', 'Deuil', 'Écoute', 'été', 'zèle']);
  });

  it('sorts Arabic tags in Arabic alphabetical order', () => {
    const arabic = [note('1', { tags: ['نوم', 'حزن'] }), note('2', { tags: ['أسرة', 'متابعة'] })];
    expect(tagsInUse(arabic, 'ar')).toEqual(['أسرة', 'حزن', 'متابعة', 'نوم']);
  });

  it('is empty when no note has tags', () => {
    expect(tagsInUse([note('1')], 'en')).toEqual([]);
    expect(tagsInUse([], 'en')).toEqual([]);
  });
});
