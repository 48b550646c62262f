import { describe, expect, it } from 'vitest';
import { GROUP_KINDS, TEMPLATE_LANGUAGES } from '../plans/templates';
import { CONTENT_NOTES, DEPTHS, PROMPT_TEXT_MAX, asPrompt } from './prompt';
import { BUILT_IN_PROMPTS } from './prompts';
import deep from './prompts/deep.json';
import light from './prompts/light.json';
import moderate from './prompts/moderate.json';

const EN_MAX = 180;

/** French high punctuation must follow a narrow no-break space (U+202F), never another space. */
const FRENCH_SPACE_BEFORE = /[\u0020\u00a0][?!;:]/u;
const FRENCH_NO_NARROW_SPACE = /(?<!\u202f)[?!;:]/u;

/**
 * Wordings that offer to pass or skip: the app adds that invitation to every prompt itself, so
 * a prompt that says it too would say it twice. ("Let a craving pass" is not an invitation.)
 */
const OFFERS_TO_PASS: readonly RegExp[] = [
  /\b(?:you(?:'|’)?(?:re| are)? (?:can|may|might|could|free to|welcome to)|feel free to|(?:fine|ok|okay|alright|right) to|choose to|is to) (?:always |also |just |simply )?(?:pass|skip)\b/i,
  /\b(?:pass|skip)(?:ing)? (?:is|if|on this|this one|your turn)\b/i,
  /\bpasser (?:votre|son|ton|leur) tour\b/i,
  /\b(?:pouvez|peut|pouvons|peuvent|libres? de|droit de|possible de) (?:aussi |toujours |simplement )?passer\b/i,
  /التمرير|تمرير الدور|يمكنك التخطي|يمكنكم التخطي|تخطي السؤال|الاعتذار عن الإجابة/u,
];

const offersToPass = (text: string) => OFFERS_TO_PASS.some((re) => re.test(text));

describe('the built-in prompts', () => {
  it('are at least 120, loaded from the three files in order', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(120);
    expect(BUILT_IN_PROMPTS.map((p) => p.id)).toEqual(
      [...light, ...moderate, ...deep].map((p) => p.id),
    );
    expect(light.every((p) => p.depth === 'light')).toBe(true);
    expect(moderate.every((p) => p.depth === 'moderate')).toBe(true);
    expect(deep.every((p) => p.depth === 'deep')).toBe(true);
  });

  it('have unique ids', () => {
    const ids = BUILT_IN_PROMPTS.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('have text in English, French and Arabic, each one different in its language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const texts = BUILT_IN_PROMPTS.map((p) => p.text[language]);
      for (const [i, text] of texts.entries()) {
        expect(text.trim(), `${BUILT_IN_PROMPTS[i]?.id ?? ''}.${language}`).not.toBe('');
        expect(text, `${BUILT_IN_PROMPTS[i]?.id ?? ''}.${language}`).toBe(text.trim());
        expect(text.length).toBeLessThanOrEqual(PROMPT_TEXT_MAX);
      }
      const repeated = texts.filter((text, i) => texts.indexOf(text) !== i);
      expect(repeated, language).toEqual([]);
    }
  });

  it(`are at most ${String(EN_MAX)} characters long in English`, () => {
    const long = BUILT_IN_PROMPTS.filter((p) => p.text.en.length > EN_MAX).map(
      (p) => `${p.id} (${String(p.text.en.length)})`,
    );
    expect(long).toEqual([]);
  });

  it('have at least 30 prompts at each depth', () => {
    for (const depth of DEPTHS) {
      expect(
        BUILT_IN_PROMPTS.filter((p) => p.depth === depth).length,
        depth,
      ).toBeGreaterThanOrEqual(30);
    }
  });

  it('suit every kind of group and use every content note', () => {
    const kinds = new Set(BUILT_IN_PROMPTS.flatMap((p) => p.groupKinds));
    expect(GROUP_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    const notes = new Set(BUILT_IN_PROMPTS.flatMap((p) => p.contentNotes));
    expect(CONTENT_NOTES.filter((note) => !notes.has(note))).toEqual([]);
  });

  it('list a group kind or content note at most once per prompt', () => {
    for (const p of BUILT_IN_PROMPTS) {
      expect(new Set(p.groupKinds).size, p.id).toBe(p.groupKinds.length);
      expect(new Set(p.contentNotes).size, p.id).toBe(p.contentNotes.length);
    }
  });

  it('follow French typography: a narrow no-break space before ? ! ; :', () => {
    const wrongSpace = BUILT_IN_PROMPTS.filter((p) => FRENCH_SPACE_BEFORE.test(p.text.fr));
    expect(wrongSpace.map((p) => `${p.id}: ${p.text.fr}`)).toEqual([]);
    const noSpace = BUILT_IN_PROMPTS.filter((p) => FRENCH_NO_NARROW_SPACE.test(p.text.fr));
    expect(noSpace.map((p) => `${p.id}: ${p.text.fr}`)).toEqual([]);
    // The checks can fail: here is what each catches.
    expect(FRENCH_SPACE_BEFORE.test('Comment allez-vous ?')).toBe(true);
    expect(FRENCH_SPACE_BEFORE.test('Comment allez-vous\u00a0?')).toBe(true);
    expect(FRENCH_NO_NARROW_SPACE.test('Comment allez-vous?')).toBe(true);
    expect(FRENCH_SPACE_BEFORE.test('Comment allez-vous\u202f?')).toBe(false);
    expect(FRENCH_NO_NARROW_SPACE.test('Comment allez-vous\u202f?')).toBe(false);
  });

  it('ask questions in Arabic with the Arabic question mark', () => {
    const latin = BUILT_IN_PROMPTS.filter((p) => p.text.ar.includes('?'));
    expect(latin.map((p) => p.id)).toEqual([]);
    expect(BUILT_IN_PROMPTS.filter((p) => p.text.ar.includes('؟')).length).toBeGreaterThan(
      BUILT_IN_PROMPTS.length / 2,
    );
  });

  it('never offer to pass in their own words (the app adds that to every prompt)', () => {
    const offending = BUILT_IN_PROMPTS.flatMap((p) =>
      TEMPLATE_LANGUAGES.filter((language) => offersToPass(p.text[language])).map(
        (language) => `${p.id}.${language}: ${p.text[language]}`,
      ),
    );
    expect(offending).toEqual([]);
  });

  it('has a pass check that would see an offer to pass, and not other uses of the word', () => {
    for (const text of [
      'You can pass if you prefer.',
      'Feel free to skip this one.',
      'Passing is fine.',
      'Vous pouvez passer votre tour.',
      'Chacun peut passer.',
      'يمكنك التمرير إن أردت.',
    ]) {
      expect(offersToPass(text), text).toBe(true);
    }
    for (const text of [
      'When a craving shows up, what has helped you let it pass?',
      'Comment s’est passée cette semaine\u202f?',
      'Avec quel animal aimeriez-vous passer un après-midi\u202f?',
    ]) {
      expect(offersToPass(text), text).toBe(false);
    }
  });
});

describe('asPrompt', () => {
  const valid = {
    id: 'light-900',
    depth: 'light',
    groupKinds: ['peer-led', 'grief'],
    minutes: 10,
    contentNotes: ['family'],
    text: { en: 'A question?', fr: 'Une question\u202f?', ar: 'سؤال؟' },
  };

  it('returns a valid entry, typed', () => {
    expect(asPrompt(valid)).toEqual(valid);
  });

  it.each([
    ['a bad depth', { depth: 'heavy' }, /"light-900"\.depth/],
    [
      'an unknown content note',
      { contentNotes: ['family', 'politics'] },
      /"light-900"\.contentNotes\[1\]/,
    ],
    ['content notes that are not a list', { contentNotes: 'family' }, /"light-900"\.contentNotes/],
    ['no group kinds', { groupKinds: [] }, /"light-900"\.groupKinds: expected at least one/],
    ['an unknown group kind', { groupKinds: ['book-club'] }, /"light-900"\.groupKinds\[0\]/],
    ['minutes not offered', { minutes: 7 }, /"light-900"\.minutes/],
    [
      'a missing language',
      { text: { en: 'A question?', fr: 'Une question\u202f?' } },
      /"light-900"\.text\.ar/,
    ],
    [
      'a blank language',
      { text: { en: ' ', fr: 'Une question\u202f?', ar: 'سؤال؟' } },
      /"light-900"\.text\.en/,
    ],
    ['no text at all', { text: null }, /"light-900"\.text/],
  ])('rejects %s, naming the prompt and field', (_name, change, message) => {
    const entry: unknown = { ...valid, ...change };
    expect(() => asPrompt(entry)).toThrow(Error);
    expect(() => asPrompt(entry)).toThrow(message);
  });

  it('rejects an entry without an id or that is not an object', () => {
    expect(() => asPrompt({ ...valid, id: '' })).toThrow(/id/);
    expect(() => asPrompt(null)).toThrow(/expected an object/);
    expect(() => asPrompt('light-900')).toThrow(/expected an object/);
  });
});
