import { describe, expect, it } from 'vitest';
import {
  asTemplate,
  BUILT_IN_TEMPLATES,
  GROUP_KINDS,
  ITEM_KINDS,
  TEMPLATE_LANGUAGES,
  type BuiltInTemplate,
  type ItemKind,
  type TemplateLanguage,
} from '.';
import peerSupport from './peer-support.json';

const EXPECTED_IDS = [
  'peer-support',
  'twelve-step-style',
  'smart-style',
  'grief-circle',
  'chronic-illness',
  'clinic-skills',
];

const ALLOWED_TOTALS = [60, 75, 90, 120];
const REQUIRED_KINDS: readonly ItemKind[] = ['welcome', 'ground-rules', 'closing'];
const SCRIPTED_KINDS: readonly ItemKind[] = ['welcome', 'ground-rules', 'closing'];
const SCRIPT_WORDS = { min: 40, max: 180 };

// Arabic vowel marks (U+064B to U+065F, U+0670) and tatweel (U+0640), matched by code point: the
// characters are combining marks, which a regex character class would misread.
function isArabicMark(code: number): boolean {
  return code === 0x0640 || code === 0x0670 || (code >= 0x064b && code <= 0x065f);
}

function stripArabicMarks(value: string): string {
  let out = '';
  for (const char of value) if (!isArabicMark(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Harakat, tanween or sukun; shadda (U+0651) is allowed where it prevents a misreading. */
function hasHarakat(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x064b && code <= 0x0652 && code !== 0x0651) return true;
  }
  return false;
}

function normalize(value: string): string {
  return stripArabicMarks(value.normalize('NFKC'))
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Words as a reader counts them: tokens with at least one letter (not a lone ":" or "—"). */
function wordCount(value: string): number {
  return value.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;
}

/** Every string anywhere in a value, with its path, for checks that must miss nothing. */
function allStrings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, i) => allStrings(entry, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => allStrings(entry, `${path}.${key}`));
  }
  return [];
}

function scriptOf(template: BuiltInTemplate, kind: ItemKind, language: TemplateLanguage): string {
  const found = template.items.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`${template.id} has no ${kind} item`);
  return normalize(found.script[language]);
}

// One stem per language per idea, checked on normalized text. Arabic is matched word by word:
// "سرية" (confidentiality) also appears inside "أسرية" (family), so the word may only carry the
// usual prefixes (و ف ب ل ال) and pronoun suffixes.
const CONFIDENTIALITY: Record<TemplateLanguage, (script: string) => boolean> = {
  en: (script) => script.includes('confidential'),
  fr: (script) => script.includes('confidenti'),
  ar: (script) =>
    script.split(/[\s،.:؛؟!]+/).some((word) => /^[وف]?[بل]?(ال)?سري(ة|ته|تها|تهم)?$/.test(word)),
};
const RIGHT_TO_PASS: Record<TemplateLanguage, RegExp> = {
  en: /\bpass\b/,
  fr: /passer (son|votre) tour/,
  ar: /يمرر|تمرير/,
};
const SAFETY: Record<TemplateLanguage, RegExp> = {
  en: /\bsafe(ty)?\b/,
  fr: /sécurité/,
  ar: /سلام[ةت]/,
};
const STAYS_HERE: Record<TemplateLanguage, string> = {
  en: 'stays here',
  fr: 'reste ici',
  ar: 'يبقى هنا',
};

// Readings, prayers and slogans of recovery fellowships and trademarked programmes, in the three
// languages. None of it may appear in the templates, even in passing.
const DENIED_PHRASES = [
  'serenity',
  'sérénité',
  'صفاء الذهن',
  'صلاة السكينة',
  'higher power',
  'power greater than',
  'puissance supérieure',
  'القوة العليا',
  'قوة عليا',
  'قوة أعلى',
  'how it works',
  'it works if you work it',
  'one day at a time',
  'un jour à la fois',
  'يوما بيوم',
  'يوم بيوم',
  'just for today',
  'juste pour aujourd',
  'keep coming back',
  'continuez à revenir',
  'استمروا في العودة',
  'twelve steps',
  'douze étapes',
  'الخطوات الاثنتي عشرة',
  'الخطوات الاثني عشر',
  'twelve traditions',
  'douze traditions',
  'التقاليد الاثني عشر',
  'big book',
  'gros livre',
  'الكتاب الكبير',
  'easy does it',
  'first things first',
  'live and let live',
  'vivre et laisser vivre',
  'let go and let god',
  'principles before personalities',
  'rigorous honesty',
  'we admitted we were',
  'powerless over',
  'impuissants devant',
  'who you see here',
  'smart recovery',
  '4-point program',
  'four-point program',
  'hierarchy of values',
  'change plan worksheet',
  'disarm',
];

describe('BUILT_IN_TEMPLATES', () => {
  it('lists the six formats in order, with unique ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((template) => template.id);
    expect(ids).toEqual(EXPECTED_IDS);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('asTemplate', () => {
  it('accepts a template file and keeps its content', () => {
    expect(asTemplate(peerSupport)).toEqual(peerSupport);
  });

  it('rejects an unknown item kind, naming the template and the field', () => {
    const broken = {
      ...peerSupport,
      items: [{ ...peerSupport.items[0], kind: 'prayer' }],
    };
    expect(() => asTemplate(broken)).toThrow(/"peer-support"\.items\[0\]\.kind.*"prayer"/);
  });

  it('rejects an unknown group kind', () => {
    expect(() => asTemplate({ ...peerSupport, groupKinds: ['clinic'] })).toThrow(/groupKinds\[0\]/);
  });

  it('rejects a missing language and an unexpected one', () => {
    const withoutArabic = { en: peerSupport.name.en, fr: peerSupport.name.fr };
    expect(() => asTemplate({ ...peerSupport, name: withoutArabic })).toThrow(/name\.ar/);
    expect(() => asTemplate({ ...peerSupport, name: { ...peerSupport.name, de: 'x' } })).toThrow(
      /unexpected language key\(s\) de/,
    );
  });

  it('rejects minutes that are not whole or out of range', () => {
    for (const bad of [0, 2.5, 481, '5']) {
      const broken = { ...peerSupport, items: [{ ...peerSupport.items[0], minutes: bad }] };
      expect(() => asTemplate(broken)).toThrow(/items\[0\]\.minutes/);
    }
  });
});

describe.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template] as const))(
  '%s',
  (_id, template) => {
    it('is format version 1 with group kinds from the list', () => {
      expect(template.formatVersion).toBe(1);
      expect(template.groupKinds.length).toBeGreaterThan(0);
      for (const kind of template.groupKinds) expect(GROUP_KINDS).toContain(kind);
      expect(new Set(template.groupKinds).size).toBe(template.groupKinds.length);
    });

    it('has every localized field in all three languages, non-empty where required', () => {
      for (const language of TEMPLATE_LANGUAGES) {
        expect(template.name[language].trim()).not.toBe('');
        expect(template.description[language].trim()).not.toBe('');
        for (const list of [template.goals, template.groundRules]) {
          expect(list[language].length).toBeGreaterThan(0);
          for (const entry of list[language]) expect(entry.trim()).not.toBe('');
        }
        for (const entry of template.items) {
          expect(entry.title[language].trim()).not.toBe('');
          expect(typeof entry.script[language]).toBe('string');
          expect(typeof entry.materials[language]).toBe('string');
        }
      }
    });

    it('has as many goals and ground rules in each language as in English', () => {
      for (const language of TEMPLATE_LANGUAGES) {
        expect(template.goals[language]).toHaveLength(template.goals.en.length);
        expect(template.groundRules[language]).toHaveLength(template.groundRules.en.length);
      }
    });

    it('leaves a script or materials empty in all languages or in none', () => {
      for (const entry of template.items) {
        for (const field of [entry.script, entry.materials]) {
          const empty = TEMPLATE_LANGUAGES.map((language) => field[language].trim() === '');
          expect(new Set(empty).size, `${entry.kind}: ${field.en}`).toBe(1);
        }
      }
    });

    it('uses item kinds from the list, with whole minutes summing to the intended length', () => {
      let total = 0;
      for (const entry of template.items) {
        expect(ITEM_KINDS).toContain(entry.kind);
        expect(Number.isInteger(entry.minutes)).toBe(true);
        expect(entry.minutes).toBeGreaterThanOrEqual(1);
        expect(entry.minutes).toBeLessThanOrEqual(480);
        total += entry.minutes;
      }
      expect(ALLOWED_TOTALS).toContain(template.intendedMinutes);
      expect(total).toBe(template.intendedMinutes);
    });

    it('opens with the welcome, reads the ground rules before any round, ends with the closing', () => {
      const kinds = template.items.map((entry) => entry.kind);
      for (const kind of REQUIRED_KINDS) {
        expect(kinds.filter((each) => each === kind)).toHaveLength(1);
      }
      expect(kinds[0]).toBe('welcome');
      expect(kinds.at(-1)).toBe('closing');
      const rulesAt = kinds.indexOf('ground-rules');
      for (const kind of ['check-in', 'sharing'] as const) {
        const at = kinds.indexOf(kind);
        if (at !== -1) expect(rulesAt, `ground rules before ${kind}`).toBeLessThan(at);
      }
    });

    it('has a break when it runs 90 minutes or more', () => {
      const hasBreak = template.items.some((entry) => entry.kind === 'break');
      expect(hasBreak).toBe(template.intendedMinutes >= 90);
    });

    it('keeps welcome, ground-rules and closing scripts between 40 and 180 words', () => {
      for (const kind of SCRIPTED_KINDS) {
        for (const language of TEMPLATE_LANGUAGES) {
          const words = wordCount(scriptOf(template, kind, language));
          expect(words, `${kind} (${language})`).toBeGreaterThanOrEqual(SCRIPT_WORDS.min);
          expect(words, `${kind} (${language})`).toBeLessThanOrEqual(SCRIPT_WORDS.max);
        }
      }
    });

    it('states confidentiality, its safety limit and the right to pass in the ground rules', () => {
      for (const language of TEMPLATE_LANGUAGES) {
        const script = scriptOf(template, 'ground-rules', language);
        expect(CONFIDENTIALITY[language](script), `confidentiality (${language})`).toBe(true);
        expect(script, `stays here (${language})`).toContain(STAYS_HERE[language]);
        expect(script, `safety limit (${language})`).toMatch(SAFETY[language]);
        expect(script, `right to pass (${language})`).toMatch(RIGHT_TO_PASS[language]);
      }
    });

    it('reminds people of confidentiality at the close', () => {
      for (const language of TEMPLATE_LANGUAGES) {
        expect(scriptOf(template, 'closing', language)).toContain(STAYS_HERE[language]);
      }
    });

    it('quotes no fellowship literature, prayer, slogan or trademarked programme', () => {
      for (const [path, value] of allStrings(template, template.id)) {
        const haystack = normalize(value);
        for (const phrase of DENIED_PHRASES) {
          expect(haystack.includes(normalize(phrase)), `${path} contains "${phrase}"`).toBe(false);
        }
      }
    });

    it('writes Arabic without harakat', () => {
      for (const [path, value] of allStrings(template, template.id)) {
        if (path.endsWith('.ar') || path.includes('.ar[')) {
          expect(hasHarakat(value), path).toBe(false);
        }
      }
    });
  },
);

describe('the deny-list check', () => {
  it('catches a phrase hidden by case, curly quotes or Arabic vowel marks', () => {
    expect(hasHarakat('صَفاء')).toBe(true);
    expect(hasHarakat('سرّية')).toBe(false);
    expect(normalize('Keep Coming Back')).toContain(normalize('keep coming back'));
    expect(normalize('Un jour à la fois')).toContain(normalize('un jour à la fois'));
    expect(normalize('صَفاءُ الذِّهن')).toContain(normalize('صفاء الذهن'));
  });
});
