/**
 * The vault passphrase: a generated suggestion made of list words, and a live strength estimate
 * whose feedback codes the vault screens turn into sentences in the facilitator's language.
 *
 * How the estimate works, and why it errs low. It asks how many guesses an attacker needs who
 * knows our word lists, the common passwords, keyboard rows and the habit of repeating things,
 * and who tries the cheapest explanation first. The passphrase (NFKC; whitespace splits it into
 * runs) is cut into pieces, each priced the cheapest way we know, and the cut with the smallest
 * total wins (a shortest path over the characters, the idea zxcvbn uses, in much less code):
 *
 * - a word from one of the lists: log2(list size), about 10.3 bits for 1,296 words, however long;
 * - a common password or phrase: 1 + log2(rank), so "password" (rank 2) is 2 bits;
 * - one of the labels the app already shows (the vault's name): 1 + log2(number of labels);
 * - a run along an alphabet or keyboard row (abcd, 9876, azerty, ابتث): 5 + log2(length), the
 *   5 bits for choosing among a dozen rows, a direction and (mostly) an end of the row to start;
 * - something said again (aaaa, abcabc): the bits of what is repeated + log2(times); a whole run
 *   that repeats an earlier run: 1 + log2(earlier runs);
 * - any other character: log2(pool), the pool being every class present in the passphrase
 *   (a–z 26, A–Z 26, digits 10, ASCII symbols 33, Arabic letters 36, accented Latin 30, anything
 *   else 100), which is what brute force over those classes would have to cover;
 * - capitals in a word or common password add 1 bit when only the first or every letter is a
 *   capital, otherwise 1 + the number of capitals; a leet spelling (p4ssw0rd) adds 1 bit;
 * - whitespace, combining marks, tatweel and invisible characters add nothing.
 *
 * Each price is at most what an attacker who tries that pattern first would pay, and the smallest
 * total wins, so for every pattern it knows the figure errs low rather than high. Words and
 * patterns stay inside a run; a common password or label may span runs when it covers them whole
 * ("mot de passe"), and the word-list test keeps the lists from spelling one that way, so a
 * generated passphrase is always worth exactly its words.
 */
import { COMMON_PASSWORDS } from './common';
import { codePoints, foldCodePoint, foldText } from './fold';

export const GENERATED_WORD_COUNT = 6;
export const MIN_PASSPHRASE_LENGTH = 12;

export const FEEDBACK_CODES = [
  'too-short',
  'contains-label',
  'common',
  'repeated',
  'sequence',
  'few-words',
  'add-words',
] as const;
export type FeedbackCode = (typeof FEEDBACK_CODES)[number];

export const STRENGTH_LEVELS = ['too-short', 'weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

export interface StrengthContext {
  /** Every list a passphrase word may come from (all languages: people mix them). */
  readonly wordlists: readonly (readonly string[])[];
  /** Text the app already shows next to the vault, such as its label. */
  readonly userInputs?: readonly string[];
}

export interface StrengthEstimate {
  readonly bits: number;
  readonly level: StrengthLevel;
  /** False for 'too-short' and 'weak': the vault refuses such a passphrase. */
  readonly acceptable: boolean;
  /** In FEEDBACK_CODES order. */
  readonly feedback: readonly FeedbackCode[];
}

/** A uniform integer in [0, n). */
export type RandomBelow = (n: number) => number;

const UINT32_RANGE = 2 ** 32;

/**
 * A uniform integer in [0, n) from crypto random 32-bit values. `x % n` alone would favour small
 * results whenever n does not divide 2^32, so values in the incomplete last block are drawn again.
 */
export function randomBelow(n: number, nextUint32: () => number = cryptoUint32): number {
  if (!Number.isInteger(n) || n < 1 || n > UINT32_RANGE) {
    throw new RangeError(`randomBelow needs an integer from 1 to 2^32, got ${n}`);
  }
  const limit = UINT32_RANGE - (UINT32_RANGE % n);
  for (;;) {
    const value = nextUint32();
    if (value < limit) return value % n;
  }
}

function cryptoUint32(): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  if (value === undefined) throw new Error('crypto.getRandomValues returned nothing');
  return value;
}

/**
 * `count` different words drawn uniformly from `words`, joined by single spaces (in every
 * language: a space is the separator all three keyboards type the same way). Drawing again on a
 * repeated word costs under 0.02 bits for six words from 1,296 and spares the facilitator a
 * suggestion that looks like a mistake.
 */
export function generatePassphrase(
  words: readonly string[],
  count: number = GENERATED_WORD_COUNT,
  random: RandomBelow = randomBelow,
): string {
  if (!Number.isInteger(count) || count < 1 || count > words.length) {
    throw new RangeError(`Cannot draw ${count} different words from a list of ${words.length}`);
  }
  const used = new Set<number>();
  const chosen: string[] = [];
  while (chosen.length < count) {
    const index = random(words.length);
    const word = Number.isInteger(index) ? words[index] : undefined;
    if (word === undefined) throw new RangeError(`random(${words.length}) returned ${index}`);
    if (used.has(index)) continue;
    used.add(index);
    chosen.push(word);
  }
  return chosen.join(' ');
}

// Behind Argon2id at ~0.5 s a guess, 60 bits already outlasts any offline attack on a stolen
// laptop, so six random list words (62 bits) rate 'good': the app's own suggestion must not be
// met with "add another word".
const WEAK_BELOW_BITS = 50;
const FAIR_BELOW_BITS = 60;
const GOOD_BELOW_BITS = 75;
const SEQUENCE_BITS = 5;
const MIN_SEQUENCE_LENGTH = 3;
const MIN_REPEAT_LENGTH = 3;
const MIN_LABEL_LENGTH = 4;
const MAX_FEW_WORDS = 3;
const TIE = 1e-9;

const POOL_SIZES = {
  lower: 26,
  upper: 26,
  digit: 10,
  symbol: 33,
  arabic: 36,
  accented: 30,
  other: 100,
} as const;
type PoolClass = keyof typeof POOL_SIZES;

/**
 * Bits, level and feedback for what the facilitator has typed so far. Levels: under 12 code points
 * 'too-short' whatever the bits; under 50 bits 'weak'; under 60 'fair'; under 75 'good'; else
 * 'strong'. The pattern codes (common, repeated, sequence, few-words, add-words) explain a level
 * below 'good' and are left out above it; 'contains-label' is always said, because a label is on
 * screen for anyone to read.
 */
export function estimateStrength(passphrase: string, context: StrengthContext): StrengthEstimate {
  const text = passphrase.normalize('NFKC');
  const length = codePoints(text).length;
  const typed = readTyped(text);
  const labels = labelLookup(context.userInputs ?? []);
  const search: Search = {
    typed,
    lists: context.wordlists.map(wordlistLookup),
    labels,
    unitBits: new Map(),
  };
  const path = cheapestPath(search, 0, typed.folded.length, true);
  const level = levelFor(length, path.bits);
  const below = level !== 'good' && level !== 'strong';

  const found = new Set<FeedbackCode>();
  if (length < MIN_PASSPHRASE_LENGTH) found.add('too-short');
  if (containsLabel(typed.folded.join(''), labels)) found.add('contains-label');
  if (below) {
    let words = 0;
    let wordCharacters = 0;
    for (const piece of path.pieces) {
      if (piece.kind === 'common') found.add('common');
      if (piece.kind === 'repeat') found.add('repeated');
      if (piece.kind === 'sequence') found.add('sequence');
      if (piece.kind === 'word') {
        words += 1;
        wordCharacters += piece.end - piece.start;
      }
    }
    if (words >= 1 && words <= MAX_FEW_WORDS && wordCharacters * 2 >= typed.folded.length) {
      found.add('few-words');
    }
    found.add('add-words');
  }

  return {
    bits: path.bits,
    level,
    acceptable: level !== 'too-short' && level !== 'weak',
    feedback: FEEDBACK_CODES.filter((code) => found.has(code)),
  };
}

function levelFor(length: number, bits: number): StrengthLevel {
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (bits < WEAK_BELOW_BITS) return 'weak';
  if (bits < FAIR_BELOW_BITS) return 'fair';
  if (bits < GOOD_BELOW_BITS) return 'good';
  return 'strong';
}

/** The passphrase without its whitespace and weightless marks, position by position. */
interface Typed {
  readonly original: readonly string[];
  readonly folded: readonly string[];
  readonly leet: readonly string[];
  /** Run number of each position (runs are separated by whitespace). */
  readonly run: readonly number[];
  readonly runStart: readonly number[];
  readonly runEnd: readonly number[];
  /** Whether each run's folded text already appeared as an earlier run. */
  readonly runRepeats: readonly boolean[];
  /** log2 of the pool, the price of a character no pattern explains. */
  readonly characterBits: number;
}

const WHITESPACE = /\s/u;

function readTyped(text: string): Typed {
  const original: string[] = [];
  const folded: string[] = [];
  const leet: string[] = [];
  const runTexts: string[] = [];
  const runOf: number[] = [];
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const classes = new Set<PoolClass>();
  let inRun = false;
  for (const codePoint of text) {
    if (WHITESPACE.test(codePoint)) {
      inRun = false;
      continue;
    }
    const fold = foldCodePoint(codePoint);
    if (fold === '') continue;
    if (!inRun) {
      inRun = true;
      runStart.push(folded.length);
      runEnd.push(folded.length);
      runTexts.push('');
    }
    const index = runStart.length - 1;
    original.push(codePoint);
    folded.push(fold);
    leet.push(LEET.get(fold) ?? fold);
    runOf.push(index);
    runEnd[index] = folded.length;
    runTexts[index] = (runTexts[index] ?? '') + fold;
    classes.add(poolClass(codePoint));
  }
  let pool = 0;
  for (const kind of classes) pool += POOL_SIZES[kind];
  return {
    original,
    folded,
    leet,
    run: runOf,
    runStart,
    runEnd,
    runRepeats: runTexts.map((runText, index) => runTexts.indexOf(runText) < index),
    characterBits: pool > 0 ? Math.log2(pool) : 0,
  };
}

const ARABIC_LETTER = /^(?=\p{Script=Arabic})\p{L}$/u;
const ARABIC = /^\p{Script=Arabic}$/u;
const ACCENTED_LATIN = /^(?=\p{Script=Latin})\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

function poolClass(codePoint: string): PoolClass {
  if (codePoint >= 'a' && codePoint <= 'z') return 'lower';
  if (codePoint >= 'A' && codePoint <= 'Z') return 'upper';
  if (DIGIT.test(codePoint)) return 'digit';
  if (codePoint >= '!' && codePoint <= '~') return 'symbol';
  if (ARABIC_LETTER.test(codePoint)) return 'arabic';
  // Arabic commas, question marks and the like sit on the same keys as their ASCII cousins.
  if (ARABIC.test(codePoint)) return 'symbol';
  if (ACCENTED_LATIN.test(codePoint)) return 'accented';
  return 'other';
}

/** Substitutions people make to dress up a word; each one folds back for matching. */
const LEET: ReadonlyMap<string, string> = new Map([
  ['4', 'a'],
  ['@', 'a'],
  ['8', 'b'],
  ['3', 'e'],
  ['6', 'g'],
  ['1', 'i'],
  ['!', 'i'],
  ['|', 'l'],
  ['0', 'o'],
  ['5', 's'],
  ['$', 's'],
  ['7', 't'],
  ['+', 't'],
]);

/**
 * Folded keys with their price in bits, and all their prefixes so a scan along the passphrase
 * stops as soon as nothing can match.
 */
interface Lookup {
  readonly entries: ReadonlyMap<string, number>;
  readonly prefixes: ReadonlySet<string>;
}

function lookupOf(entries: ReadonlyMap<string, number>): Lookup {
  const prefixes = new Set<string>();
  for (const key of entries.keys()) {
    let prefix = '';
    for (const codePoint of key) {
      prefix += codePoint;
      prefixes.add(prefix);
    }
  }
  return { entries, prefixes };
}

const wordlistLookups = new WeakMap<readonly string[], Lookup>();

/**
 * Each folded word with its price, log2 of the list's size once folded. Built once per list
 * array and kept while the array lives, so typing does not rebuild sets on every keystroke.
 */
function wordlistLookup(list: readonly string[]): Lookup {
  const cached = wordlistLookups.get(list);
  if (cached !== undefined) return cached;
  const words = new Set<string>();
  for (const word of list) {
    const folded = foldText(word).replace(/\s/gu, '');
    if (folded !== '') words.add(folded);
  }
  const bits = Math.log2(Math.max(1, words.size));
  const lookup = lookupOf(new Map([...words].map((word) => [word, bits])));
  wordlistLookups.set(list, lookup);
  return lookup;
}

/** Each folded common password with its price, 1 + log2(rank). */
const COMMON: Lookup = (() => {
  const bits = new Map<string, number>();
  COMMON_PASSWORDS.forEach((password, index) => {
    const key = foldText(password).replace(/\s/gu, '');
    if (!bits.has(key)) bits.set(key, 1 + Math.log2(index + 1));
  });
  return lookupOf(bits);
})();

/** The user inputs worth finding (4 code points or more), whole and word by word. */
function labelLookup(inputs: readonly string[]): Lookup {
  const keys = new Set<string>();
  const add = (key: string): void => {
    if (codePoints(key).length >= MIN_LABEL_LENGTH) keys.add(key);
  };
  for (const input of inputs) {
    const folded = foldText(input);
    add(folded.replace(/\s/gu, ''));
    for (const part of folded.split(/\s+/u)) add(part);
  }
  const bits = 1 + Math.log2(Math.max(1, keys.size));
  return lookupOf(new Map([...keys].map((key) => [key, bits])));
}

function containsLabel(folded: string, labels: Lookup): boolean {
  for (const label of labels.entries.keys()) if (folded.includes(label)) return true;
  return false;
}

/**
 * Alphabets and keyboard rows, folded like typed text: Latin, digits, QWERTY and AZERTY rows,
 * then Arabic in alphabetical (hija'i) order, in abjad order (أبجد هوز…) and the three letter rows
 * of the Arabic keyboard.
 */
const SEQUENCES: readonly (readonly string[])[] = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ',
  'ضصثقفغعهخحجد',
  'شسيبلاتنمكط',
  'ئءؤرلاىةوزظ',
].map((row) => codePoints(foldText(row)));

/** Every place a folded character appears in SEQUENCES. */
const SEQUENCE_PLACES: ReadonlyMap<string, readonly (readonly [readonly string[], number])[]> =
  (() => {
    const places = new Map<string, (readonly [readonly string[], number])[]>();
    for (const row of SEQUENCES) {
      row.forEach((character, position) => {
        const list = places.get(character) ?? [];
        list.push([row, position]);
        places.set(character, list);
      });
    }
    return places;
  })();

type PieceKind = 'word' | 'common' | 'label' | 'sequence' | 'repeat' | 'character';

interface Piece {
  readonly kind: PieceKind;
  readonly start: number;
  readonly end: number;
}

interface Path {
  readonly bits: number;
  readonly pieces: readonly Piece[];
}

interface Search {
  readonly typed: Typed;
  readonly lists: readonly Lookup[];
  readonly labels: Lookup;
  /** Bits of repeated units, by their typed text. */
  readonly unitBits: Map<string, number>;
}

interface Step {
  readonly total: number;
  readonly start: number;
  readonly kind: PieceKind;
}

type Offer = (start: number, end: number, bits: number, kind: PieceKind) => void;

/** The cheapest way to explain positions [from, to). */
function cheapestPath(search: Search, from: number, to: number, withRepeats: boolean): Path {
  const steps: (Step | undefined)[] = [{ total: 0, start: from, kind: 'character' }];
  const offer: Offer = (start, end, bits, kind) => {
    const total = (steps[start - from]?.total ?? Infinity) + bits;
    const current = steps[end - from];
    const better =
      current === undefined ||
      total < current.total - TIE ||
      (total <= current.total + TIE && current.kind === 'character' && kind !== 'character');
    if (better) steps[end - from] = { total, start, kind };
  };

  for (let start = from; start < to; start += 1) {
    offer(start, start + 1, search.typed.characterBits, 'character');
    offerLookups(search, start, to, offer);
    offerSequences(search.typed, start, to, offer);
    if (withRepeats) offerRepeats(search, start, to, offer);
  }

  const pieces: Piece[] = [];
  let end = to;
  while (end > from) {
    const step = steps[end - from];
    if (step === undefined) throw new Error('Every position is reachable one character at a time');
    pieces.push({ kind: step.kind, start: step.start, end });
    end = step.start;
  }
  return { bits: steps[to - from]?.total ?? 0, pieces: pieces.reverse() };
}

/** Words, common passwords and labels starting at `start`, as plain or leet spellings. */
function offerLookups(search: Search, start: number, to: number, offer: Offer): void {
  const { typed, lists, labels } = search;
  const firstRun = typed.run[start];
  const startsRun = typed.runStart[firstRun ?? -1] === start;
  const couldStart = (key: string): boolean =>
    COMMON.prefixes.has(key) ||
    labels.prefixes.has(key) ||
    lists.some((list) => list.prefixes.has(key));

  let key = '';
  let leetKey = '';
  let letters = 0;
  let capitals = 0;
  let firstIsCapital = false;
  for (let end = start + 1; end <= to; end += 1) {
    const character = typed.original[end - 1] ?? '';
    key += typed.folded[end - 1] ?? '';
    leetKey += typed.leet[end - 1] ?? '';
    const leet = leetKey !== key;
    const plain = couldStart(key);
    if (!plain && !(leet && couldStart(leetKey))) return;

    const lower = character.toLowerCase();
    if (lower !== character.toUpperCase()) letters += 1;
    if (character !== lower) {
      capitals += 1;
      if (end === start + 1) firstIsCapital = true;
    }
    const capitalBits =
      capitals === 0
        ? 0
        : capitals === letters || (capitals === 1 && firstIsCapital)
          ? 1
          : 1 + capitals;

    const lastRun = typed.run[end - 1];
    const withinRun = lastRun === firstRun;
    if (withinRun) {
      for (const list of lists) {
        const bits = priceOf(list, key, leet ? leetKey : undefined);
        if (bits !== undefined) offer(start, end, bits + capitalBits, 'word');
      }
    } else if (!(startsRun && typed.runEnd[lastRun ?? -1] === end)) {
      continue;
    }
    const common = priceOf(COMMON, key, leet ? leetKey : undefined);
    if (common !== undefined) offer(start, end, common + capitalBits, 'common');
    const label = labels.entries.get(key);
    if (label !== undefined) offer(start, end, label, 'label');
  }
}

/** The price of `key`, or of its leet spelling plus the 1 bit for having dressed it up. */
function priceOf(lookup: Lookup, key: string, leetKey?: string): number | undefined {
  const plain = lookup.entries.get(key);
  if (plain !== undefined || leetKey === undefined) return plain;
  const dressed = lookup.entries.get(leetKey);
  return dressed === undefined ? undefined : dressed + 1;
}

function offerSequences(typed: Typed, start: number, to: number, offer: Offer): void {
  const first = typed.folded[start];
  if (first === undefined) return;
  const run = typed.run[start];
  for (const [row, position] of SEQUENCE_PLACES.get(first) ?? []) {
    for (const direction of [1, -1]) {
      let length = 1;
      while (
        start + length < to &&
        typed.run[start + length] === run &&
        row[position + direction * length] === typed.folded[start + length]
      ) {
        length += 1;
      }
      for (let size = MIN_SEQUENCE_LENGTH; size <= length; size += 1) {
        offer(start, start + size, SEQUENCE_BITS + Math.log2(size), 'sequence');
      }
    }
  }
}

function offerRepeats(search: Search, start: number, to: number, offer: Offer): void {
  const { typed } = search;
  const run = typed.run[start] ?? -1;
  const runEnd = Math.min(to, typed.runEnd[run] ?? to);

  if (typed.runStart[run] === start && typed.runEnd[run] === runEnd && typed.runRepeats[run]) {
    offer(start, runEnd, 1 + Math.log2(run), 'repeat');
  }

  // A unit that is a shorter unit said again ("abab" in "abababab") is priced through the shorter
  // one, which already reaches as far, unless it is a word or password in its own right ("papa").
  const shorter: { readonly unit: number; readonly reach: number }[] = [];
  let unitText = '';
  let unitKey = '';
  for (let unit = 1; start + 2 * unit <= runEnd; unit += 1) {
    unitText += typed.original[start + unit - 1] ?? '';
    unitKey += typed.folded[start + unit - 1] ?? '';
    if (typed.folded[start + unit] !== typed.folded[start]) continue;
    let times = 1;
    while (
      start + (times + 1) * unit <= runEnd &&
      sameUnit(typed.folded, start, start + times * unit, unit)
    ) {
      times += 1;
    }
    if (times < 2) continue;
    const composite = shorter.some((found) => unit % found.unit === 0 && found.reach >= unit);
    shorter.push({ unit, reach: times * unit });
    if (composite && !isKey(search, unitKey)) continue;
    const bits = unitBits(search, start, start + unit, unitText);
    for (let count = 2; count <= times; count += 1) {
      if (count * unit >= MIN_REPEAT_LENGTH) {
        offer(start, start + count * unit, bits + Math.log2(count), 'repeat');
      }
    }
  }
}

function isKey(search: Search, key: string): boolean {
  return (
    COMMON.entries.has(key) ||
    search.labels.entries.has(key) ||
    search.lists.some((list) => list.entries.has(key))
  );
}

function sameUnit(folded: readonly string[], first: number, other: number, unit: number): boolean {
  for (let offset = 0; offset < unit; offset += 1) {
    if (folded[first + offset] !== folded[other + offset]) return false;
  }
  return true;
}

/**
 * What the repeated unit itself costs: the same search, minus repeats (they would nest), once per
 * distinct typed unit.
 */
function unitBits(search: Search, start: number, end: number, key: string): number {
  const known = search.unitBits.get(key);
  if (known !== undefined) return known;
  const bits = cheapestPath(search, start, end, false).bits;
  search.unitBits.set(key, bits);
  return bits;
}
