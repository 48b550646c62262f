import { describe, expect, it } from 'vitest';
import { initialsOf, initialsSuggestions, replaceWithInitials, type NamedMember } from './initials';

const ROSTER: readonly NamedMember[] = [
  { id: 'm-emilie', name: 'Émilie' },
  { id: 'm-ana', name: 'Ana' },
  { id: 'm-marie-claire', name: 'Marie-Claire' },
  { id: 'm-jean-paul', name: 'Jean Paul' },
  { id: 'm-sara', name: 'سارة' },
  { id: 'm-yusuf', name: 'Yusuf' },
];

/** [memberId, count] pairs, for readable failures. */
function found(body: string, about: string | null = null, members = ROSTER) {
  return initialsSuggestions(body, members, about).map((s) => [s.memberId, s.count]);
}

describe('initialsOf', () => {
  it('takes the first letter of each name, keeping hyphens and spaces', () => {
    expect(initialsOf('Marie-Claire')).toBe('M.-C.');
    expect(initialsOf('Jean Paul')).toBe('J. P.');
    expect(initialsOf('Jean-Paul Marie')).toBe('J.-P. M.');
    expect(initialsOf('Ana')).toBe('A.');
  });

  it('keeps accents and writes Arabic names with an Arabic letter', () => {
    expect(initialsOf('Émilie')).toBe('É.');
    expect(initialsOf('سارة')).toBe('س.');
    expect(initialsOf('نور الهدى')).toBe('ن. ا.');
  });

  it('ignores stray spaces and hyphens', () => {
    expect(initialsOf('  Jean   Paul  ')).toBe('J. P.');
    expect(initialsOf('Marie--Claire')).toBe('M.-C.');
    expect(initialsOf('')).toBe('');
  });

  it('takes a whole character, not half of a surrogate pair', () => {
    expect(initialsOf('𝒜lex')).toBe('𝒜.');
  });
});

describe('initialsSuggestions', () => {
  it('finds other members named in the note, with their initials', () => {
    const suggestions = initialsSuggestions(
      'Marie-Claire spoke about her week; Yusuf listened.',
      ROSTER,
      null,
    );
    expect(suggestions).toEqual([
      { memberId: 'm-marie-claire', name: 'Marie-Claire', initials: 'M.-C.', count: 1 },
      { memberId: 'm-yusuf', name: 'Yusuf', initials: 'Y.', count: 1 },
    ]);
  });

  it('ignores case and accents', () => {
    expect(found('emilie arrived late, EMILIE was upset')).toEqual([['m-emilie', 2]]);
    expect(found('Émilie et émilie')).toEqual([['m-emilie', 2]]);
    // The roster name written without its accent, the note with it.
    const members = [{ id: 'm-helene', name: 'Helene' }];
    expect(found('Hélène a parlé.', null, members)).toEqual([['m-helene', 1]]);
  });

  it('finds a name written decomposed (E + combining acute)', () => {
    expect(found('E\u0301milie a parlé')).toEqual([['m-emilie', 1]]);
  });

  it('finds whole words only: "Ana" is not in "Anatole", "Banana" or "Ana2"', () => {
    expect(found('Anatole came with a banana; Ana2 is a username.')).toEqual([]);
    expect(found('Ana, Anatole et (Ana) — «Ana».')).toEqual([['m-ana', 3]]);
    expect(found("l'Ana d'aujourd'hui")).toEqual([['m-ana', 1]]);
  });

  it('finds a name of several words across any spacing, but not a part of it', () => {
    expect(found('Jean Paul said; then Jean\n Paul again.')).toEqual([['m-jean-paul', 2]]);
    expect(found('Jean said hello; Paul did not.')).toEqual([]);
    expect(found('Marie and Claire, not Marie-Claire? Yes, Marie-Claire.')).toEqual([
      ['m-marie-claire', 2],
    ]);
  });

  it('finds Arabic names, with or without short vowels', () => {
    expect(found('تحدثت سارة عن أسبوعها، ثم سارة بكت.')).toEqual([['m-sara', 2]]);
    expect(found('قالت سَارَة إنها بخير')).toEqual([['m-sara', 1]]);
    expect(found('سارةٌ')).toEqual([['m-sara', 1]]);
  });

  it('never suggests the member the note is about', () => {
    const body = 'Émilie said Yusuf helped her; Émilie felt better.';
    expect(found(body, 'm-emilie')).toEqual([['m-yusuf', 1]]);
    expect(found(body, 'm-yusuf')).toEqual([['m-emilie', 2]]);
  });

  it('orders by how often a name is written, then by name', () => {
    const body = 'Yusuf, Ana. Yusuf and Émilie. Yusuf again, Ana again.';
    expect(found(body)).toEqual([
      ['m-yusuf', 3],
      ['m-ana', 2],
      ['m-emilie', 1],
    ]);
    const ties = initialsSuggestions('Yusuf, Ana, Émilie', ROSTER, null).map((s) => s.name);
    expect(ties).toEqual([...ties].sort((a, b) => a.localeCompare(b)));
    expect(ties).toHaveLength(3);
  });

  it('does not find names already written as initials', () => {
    expect(found('M.-C. and Y. spoke; É. listened.')).toEqual([]);
  });

  it('skips roster entries too short to be told from a word', () => {
    const members = [
      { id: 'short', name: 'A' },
      { id: 'blank', name: '   ' },
    ];
    expect(found('A note about a group.', null, members)).toEqual([]);
  });

  it('finds nothing in an empty note', () => {
    expect(found('')).toEqual([]);
  });
});

describe('replaceWithInitials', () => {
  it('replaces every whole-word mention and keeps the text around it', () => {
    expect(
      replaceWithInitials(
        'Yusuf spoke first. Later, yusuf asked (Yusuf!) for a break.',
        'Yusuf',
        'Y.',
      ),
    ).toBe('Y. spoke first. Later, Y. asked (Y.!) for a break.');
    expect(replaceWithInitials('Ana and Anatole; banana. Ana', 'Ana', 'A.')).toBe(
      'A. and Anatole; banana. A.',
    );
  });

  it('replaces a mention written with or without accents', () => {
    expect(replaceWithInitials('emilie, then ÉMILIE, then Émilie.', 'Émilie', 'É.')).toBe(
      'É., then É., then É..',
    );
  });

  it('replaces a decomposed "É" (NFD) whole, leaving no stray combining mark', () => {
    const body = 'Avec E\u0301milie, puis Marie.';
    const replaced = replaceWithInitials(body, 'Émilie', 'É.');
    expect(replaced).toBe('Avec É., puis Marie.');
    expect(replaced).not.toMatch(/\p{M}/u);
    // A name ending in a decomposed letter: the mark goes with it.
    expect(replaceWithInitials('Rene\u0301 et René.', 'René', 'R.')).toBe('R. et R..');
  });

  it('replaces names of several words and hyphenated names', () => {
    expect(replaceWithInitials('Jean  Paul et Jean-Paul', 'Jean Paul', 'J. P.')).toBe(
      'J. P. et Jean-Paul',
    );
    expect(replaceWithInitials('Marie-Claire, Marie et Claire', 'Marie-Claire', 'M.-C.')).toBe(
      'M.-C., Marie et Claire',
    );
  });

  it('works in Arabic text, with short vowels in the name', () => {
    expect(replaceWithInitials('تحدثت سارة عن أسبوعها، ثم بكت سَارَة.', 'سارة', 'س.')).toBe(
      'تحدثت س. عن أسبوعها، ثم بكت س..',
    );
  });

  it('finds an Arabic name after a joined conjunction or preposition, and keeps it', () => {
    const members = [{ id: 's', name: 'سارة' }];
    expect(initialsSuggestions('جاءت ليلى وسارة معا، وتحدثت لسارة', members, null)).toEqual([
      { memberId: 's', name: 'سارة', initials: 'س.', count: 2 },
    ]);
    // Written with ha for ta marbuta, too; and not inside another word.
    expect(replaceWithInitials('وساره هنا، ساراتي ليست هي', 'سارة', 'س.')).toBe(
      'وس. هنا، ساراتي ليست هي',
    );
  });

  it('keeps characters that are not letters around a name intact, emoji included', () => {
    expect(replaceWithInitials('🙂Yusuf🙂 — «Yusuf»', 'Yusuf', 'Y.')).toBe('🙂Y.🙂 — «Y.»');
  });

  it('leaves a note without the name as it was', () => {
    const body = 'Nobody named here. Anatole only.';
    expect(replaceWithInitials(body, 'Ana', 'A.')).toBe(body);
  });

  it('leaves no mention for the suggestions to find again', () => {
    const body = 'Émilie et E\u0301milie, puis emilie.';
    const replaced = replaceWithInitials(body, 'Émilie', 'É.');
    expect(initialsSuggestions(replaced, ROSTER, null)).toEqual([]);
  });
});
