import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../electron/shared/languages';
import { COMMON_PASSWORDS } from './common';
import { codePoints, foldText } from './fold';
import { estimateStrength } from './passphrase';
import { ALL_WORDLISTS, WORDLISTS } from './wordlists';

const LIST_SIZE = 6 ** 4;

const SHAPES: Record<Language, RegExp> = {
  en: /^[a-z]{3,8}$/,
  fr: /^[a-zàâæçéèêëîïôœùûüÿ]{3,9}$/,
  ar: /^[\u0621-\u064A]{2,8}$/,
};

/**
 * Substrings no word may contain: a reminder of what the lists are for rather than a complete
 * filter (which would also catch "skillet", "shell" and "ravin"), kept to entries that match
 * nothing innocent so that a hit is always worth a look.
 */
const BANNED: Record<Language, readonly string[]> = {
  en: [
    'murder',
    'blood',
    'suicide',
    'corpse',
    'cancer',
    'tumor',
    'drug',
    'heroin',
    'cocaine',
    'vodka',
    'whiskey',
    'beer',
    'wine',
    'booze',
    'cigar',
    'casino',
    'debt',
    'bankrupt',
    'sex',
    'porn',
    'gun',
    'bomb',
    'knife',
    'sword',
    'weapon',
    'church',
    'bible',
    'pray',
    'devil',
    'demon',
    'funeral',
    'coffin',
    'widow',
    'orphan',
    'disease',
    'hospital',
    'nurse',
    'doctor',
    'dead',
    'death',
  ],
  fr: [
    'mort',
    'tuer',
    'deuil',
    'cancer',
    'drogue',
    'alcool',
    'bière',
    'whisky',
    'vodka',
    'tabac',
    'cigare',
    'dette',
    'faillite',
    'sexe',
    'porno',
    'putain',
    'salop',
    'fusil',
    'couteau',
    'épée',
    'guerre',
    'église',
    'prière',
    'diable',
    'enfer',
    'cercueil',
    'tombe',
    'veuve',
    'orphelin',
    'maladie',
    'hôpital',
    'médecin',
    'suicide',
    'bombe',
    'crime',
  ],
  ar: [
    'موت',
    'قتل',
    'حرب',
    'سلاح',
    'مخدر',
    'خمر',
    'سجن',
    'قبر',
    'مرض',
    'سرطان',
    'الله',
    'صلاة',
    'جنس',
    'عاهر',
    'قرض',
    'حزن',
    'بكاء',
    'عزاء',
    'جنازة',
    'أرملة',
    'يتيم',
    'مستشفى',
    'دواء',
    'كفن',
    'شيطان',
    'جحيم',
    'سكر',
    'دخان',
    'فقر',
    'ذبح',
    'رصاص',
    'قنبلة',
  ],
};

const stripAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

describe.each(LANGUAGES)('the %s word list', (language) => {
  const words = WORDLISTS[language];

  it('holds exactly 6^4 distinct words, so each word is log2(1296) bits', () => {
    expect(words).toHaveLength(LIST_SIZE);
    expect(new Set(words).size).toBe(LIST_SIZE);
  });

  it('has only words of the expected shape', () => {
    const misshapen = words.filter((word) => !SHAPES[language].test(word));
    expect(misshapen).toEqual([]);
  });

  it('stays distinct when typed without accents, capitals, hamza or tashkeel', () => {
    expect(new Set(words.map(stripAccents)).size).toBe(LIST_SIZE);
    expect(new Set(words.map(foldText)).size).toBe(LIST_SIZE);
  });

  it('keeps clear of words that could hurt', () => {
    const hits = words.filter((word) => BANNED[language].some((banned) => word.includes(banned)));
    expect(hits).toEqual([]);
  });

  it('contains no common password', () => {
    const common = new Set(COMMON_PASSWORDS.map((entry) => foldText(entry).replace(/\s/gu, '')));
    expect(words.filter((word) => common.has(foldText(word)))).toEqual([]);
  });

  it('prices every word, alone, at exactly one word of the list', () => {
    const expected = Math.log2(LIST_SIZE);
    const cheaper = words.filter((word) => {
      const estimate = estimateStrength(word, { wordlists: ALL_WORDLISTS });
      return (
        Math.abs(estimate.bits - expected) > 1e-9 ||
        estimate.feedback.some((code) => code === 'common' || code === 'sequence')
      );
    });
    expect(cheaper).toEqual([]);
  });

  it('cannot spell a common password with whole words (a generated passphrase would lose bits)', () => {
    const folded = new Set(words.map(foldText));
    const spellable = (key: string): boolean => {
      const ends = new Set<number>([0]);
      const points = codePoints(key);
      for (let start = 0; start < points.length; start += 1) {
        if (!ends.has(start)) continue;
        for (let end = start + 1; end <= points.length; end += 1) {
          if (folded.has(points.slice(start, end).join(''))) ends.add(end);
        }
      }
      return ends.has(points.length);
    };
    const spelt = COMMON_PASSWORDS.map((entry) => foldText(entry).replace(/\s/gu, '')).filter(
      (key) => !folded.has(key) && spellable(key),
    );
    expect(spelt).toEqual([]);
  });
});

describe('the Arabic list', () => {
  it('has no tashkeel and no tatweel', () => {
    const decorated = WORDLISTS.ar.filter((word) => /[\u064B-\u0652\u0640]/u.test(word));
    expect(decorated).toEqual([]);
  });
});

describe('ALL_WORDLISTS', () => {
  it('is every language list once', () => {
    expect(ALL_WORDLISTS).toEqual(LANGUAGES.map((language) => WORDLISTS[language]));
  });
});
