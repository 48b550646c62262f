/**
 * How typed text is compared with the word lists and the common-password list.
 *
 * A facilitator may type "Éléphant", "elephant" or "ELEPHANT", or an Arabic word with or without
 * hamza and tashkeel; an attacker tries all of those spellings at once, so the estimate must
 * treat them as one. Folding works one code point at a time and never turns one code point into
 * two, so positions in the folded text still line up with what was typed.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const TATWEEL = '\u0640';

/** Letters an Arabic keyboard user commonly types interchangeably. */
const ARABIC_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['آ', 'ا'],
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['ٱ', 'ا'],
  ['ؤ', 'و'],
  ['ئ', 'ي'],
  ['ى', 'ي'],
  ['ی', 'ي'],
  ['ة', 'ه'],
  ['ک', 'ك'],
]);

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const FORMAT = /\p{Cf}/u;

/**
 * Folds one NFKC code point for matching. Returns '' for what carries no guessing value of its
 * own: combining marks (tashkeel, stacked accents), tatweel and invisible format characters
 * (zero-width joiners, direction marks). Anything else becomes exactly one code point.
 */
export function foldCodePoint(codePoint: string): string {
  if (codePoint === TATWEEL || MARK.test(codePoint) || FORMAT.test(codePoint)) return '';
  const code = codePoint.codePointAt(0) ?? 0;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) {
    return String(code - ARABIC_INDIC_ZERO);
  }
  if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
    return String(code - EXTENDED_ARABIC_INDIC_ZERO);
  }
  const arabic = ARABIC_VARIANTS.get(codePoint);
  if (arabic !== undefined) return arabic;
  const bare = codePoint.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (isOneCodePoint(bare)) return bare;
  const lower = codePoint.toLowerCase();
  return isOneCodePoint(lower) ? lower : codePoint;
}

/**
 * The code points of `text`. Passphrase length is counted in code points, as a facilitator's
 * keyboard produces them; grapheme clusters would count a whole emoji family as one.
 */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** NFKC, then every code point folded: the form word lists and common passwords are kept in. */
export function foldText(text: string): string {
  let folded = '';
  for (const codePoint of text.normalize('NFKC')) folded += foldCodePoint(codePoint);
  return folded;
}

function isOneCodePoint(text: string): boolean {
  const first = text.codePointAt(0);
  return first !== undefined && text.length === (first > 0xffff ? 2 : 1);
}
