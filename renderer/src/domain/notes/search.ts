/**
 * Full-text search over the facilitator's notes. The index lives in memory only: it is built
 * from the decrypted notes after unlocking, dropped on lock, and never written anywhere. It keeps
 * each note's words, not its text.
 *
 * Matching forgives what people type differently: case, French accents and ligatures, curly
 * apostrophes and elisions ("l’espoir"), Arabic tashkeel, tatweel, hamza and alef forms, ta
 * marbuta, alef maksura, Arabic-Indic digits, and the Arabic article ("الكتاب" and "كتاب"). Every
 * word of a query must begin a word of the note ("espo" finds "espoir", "poir" does not), which
 * suits a box searched as one types.
 *
 * Notes and queries go through the same tokenizer, `wordsOf`, so they can't drift apart. It gives
 * each word in two forms: whole, and bare, without an Arabic article or attached prefix when it
 * has one ("والكتاب" → "كتاب"). The index holds both forms of every word; a query word is looked
 * for by its bare form only. "كتاب" and "الكتاب" in a query both look for "كتاب…", which every
 * note with "كتاب", "الكتاب" or "بالكتاب" holds. A query word too short to be stripped ("الك")
 * still begins the whole form ("الكتاب").
 */

/** Longer words are cut to this many characters, in notes and queries alike: still found. */
export const SEARCH_TERM_MAX = 40;

/**
 * Combining marks (accents once NFKD has split them off; tashkeel, U+064B–U+065F and U+0670;
 * the hamza and madda NFKD splits off أ إ آ ؤ ئ), invisible format characters (soft hyphen,
 * zero-width joiners, direction marks: they would split a word in two) and tatweel.
 */
const IGNORED = /[\p{M}\p{Cf}\u0640]/gu;

/** What is left to fold after NFKD, removing marks and lower-casing, one character at a time. */
const FOLDS: ReadonlyMap<string, string> = new Map([
  ['œ', 'oe'],
  ['æ', 'ae'],
  ['ß', 'ss'],
  ['\u2019', "'"], // ’ right single quotation mark, the usual typographic apostrophe
  ['\u2018', "'"], // ‘ often typed for it
  ['\u02bc', "'"], // ʼ modifier letter apostrophe: a letter, it would glue "lʼespoir" together
  ['ٱ', 'ا'], // alef wasla, alef with wavy hamza above and below: NFKD keeps them whole
  ['ٲ', 'ا'],
  ['ٳ', 'ا'],
  ['ة', 'ه'],
  ['ى', 'ي'],
  ['ؤ', 'و'], // NFKD already splits these two; listed so the table says the whole rule
  ['ئ', 'ي'],
  ['ی', 'ي'], // Persian yeh and keheh, as keyboards set to Persian or Urdu type them
  ['ک', 'ك'],
]);
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const FOLDABLE = new RegExp(`[${[...FOLDS.keys()].join('')}\\u0660-\\u0669\\u06f0-\\u06f9]`, 'gu');

/**
 * Text as it is matched, never shown: NFKD without marks, tatweel or invisible characters,
 * lower-cased (without locale: a Turkish laptop must find what an English one does), ligatures
 * spelled out, apostrophes straight, Arabic letter variants folded to one, digits in ASCII.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(IGNORED, '').toLowerCase().replace(FOLDABLE, fold);
}

function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) {
    return String(code - ARABIC_INDIC_ZERO);
  }
  if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
    return String(code - EXTENDED_ARABIC_INDIC_ZERO);
  }
  return FOLDS.get(char) ?? char;
}

/** Letters and digits, apostrophes inside a word included: "aujourd'hui", "l'espoir". */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** The elided article, pronoun or conjunction before an apostrophe: l' d' j' n' s' qu' … */
const ELIDED = /^\p{L}{1,2}$/u;
/**
 * The article, alone or after a conjunction or preposition written with it, longest first, and
 * the conjunction و alone ("ونوبات" → "نوبات"). A word is stripped only if three letters or more
 * are left, so "والدة" (mother) stays whole rather than becoming "دة".
 */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل', 'و'] as const;
const BARE_MIN = 3;

interface Word {
  readonly whole: string;
  /** Without its Arabic prefix; the whole word when it has none. */
  readonly bare: string;
}

/**
 * The words of normalized text. An apostrophe splits a word; a first part of one or two letters
 * is an elision and is dropped ("qu'il" → "il", "aujourd'hui" → "aujourd", "hui"), in notes and
 * queries alike, so "l'espoir" finds "d'espoir".
 */
function wordsOf(normalized: string): Word[] {
  const words: Word[] = [];
  for (const [chunk] of normalized.matchAll(WORD)) {
    if (!chunk.includes("'")) {
      words.push(formsOf(chunk));
      continue;
    }
    const parts = chunk.split("'");
    const first = parts[0] ?? '';
    for (const part of ELIDED.test(first) ? parts.slice(1) : parts) words.push(formsOf(part));
  }
  return words;
}

function formsOf(word: string): Word {
  const whole = capped(word);
  const prefix = ARABIC_PREFIXES.find(
    (p) => word.startsWith(p) && word.length - p.length >= BARE_MIN,
  );
  return { whole, bare: prefix === undefined ? whole : capped(word.slice(prefix.length)) };
}

function capped(word: string): string {
  return word.length <= SEARCH_TERM_MAX
    ? word
    : Array.from(word).slice(0, SEARCH_TERM_MAX).join('');
}

/**
 * The normalized words of a text as the index holds them, in order: each word, then its form
 * without an Arabic prefix if it has one ("الكتاب" → "الكتاب", "كتاب").
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { whole, bare } of wordsOf(normalizeForSearch(text))) {
    tokens.push(whole);
    if (bare !== whole) tokens.push(bare);
  }
  return tokens;
}

/**
 * What each query word is looked for by, once each: its whole form and, for an Arabic word with
 * a prefix, its bare form too. A note matches the word if either form begins one of its words, so
 * "الكتاب" finds "كتاب" and "الوالدة" is found by "والدة" (which is not stripped to "دة").
 */
function queryWords(query: string): (readonly string[])[] {
  const words = new Map<string, readonly string[]>();
  for (const { whole, bare } of wordsOf(normalizeForSearch(query))) {
    const forms = bare === whole ? [whole] : [whole, bare];
    words.set(forms.join(' '), forms);
  }
  return [...words.values()];
}

interface Doc {
  readonly id: string;
  /** Its distinct terms, so that removing it touches only them. */
  readonly terms: Term[];
  /** The search generation that last found it: marks a candidate without a set. */
  mark: number;
}

interface Term {
  readonly text: string;
  /** The documents holding it, in no order. Empty once the last one is removed. */
  readonly docs: Doc[];
}

/** A run of #sorted: the terms a query word begins, and how many postings they hold. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly postings: number;
}

function byText(a: Term, b: Term): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/**
 * An inverted index from terms to documents. Terms are also kept sorted by their UTF-16 code
 * units, so that the terms a prefix begins are one run, found by binary search. Sorting is lazy:
 * terms added since the last search are sorted and merged into the run at the next search (or
 * at `prepare`), and only then.
 */
export class SearchIndex {
  #docs = new Map<string, Doc>();
  #terms = new Map<string, Term>();
  /** Every live term as of the last sort, and dead ones no later sort has dropped yet. */
  #sorted: Term[] = [];
  /** Terms created since the last sort. */
  #unsorted: Term[] = [];
  /** How many terms lost their last document since the last sort. */
  #died = 0;
  #generation = 0;

  get size(): number {
    return this.#docs.size;
  }

  has(id: string): boolean {
    return this.#docs.has(id);
  }

  /** Adds a document, or replaces it: its old words are forgotten first. */
  set(id: string, text: string): void {
    this.remove(id);
    const doc: Doc = { id, terms: [], mark: 0 };
    for (const { whole, bare } of wordsOf(normalizeForSearch(text))) {
      this.#hold(doc, whole);
      if (bare !== whole) this.#hold(doc, bare);
    }
    this.#docs.set(id, doc);
  }

  remove(id: string): void {
    const doc = this.#docs.get(id);
    if (doc === undefined) return;
    this.#docs.delete(id);
    for (const term of doc.terms) {
      const docs = term.docs;
      const last = docs.pop();
      if (last !== doc && last !== undefined) docs[docs.lastIndexOf(doc)] = last;
      // A dead term leaves the map now, and #sorted at the next search, so that what a removed
      // note alone said doesn't stay in memory.
      if (docs.length === 0) {
        this.#terms.delete(term.text);
        this.#died += 1;
      }
    }
  }

  clear(): void {
    this.#docs = new Map();
    this.#terms = new Map();
    this.#sorted = [];
    this.#unsorted = [];
    this.#died = 0;
  }

  /**
   * The ids of the documents in which every query word begins a word. A query without words
   * (blank, or only punctuation or emoji) matches nothing: the caller decides what a blank
   * search box shows.
   */
  search(query: string): Set<string> {
    const found = new Set<string>();
    const words = queryWords(query);
    if (words.length === 0) return found;
    this.prepare();
    // Rarest first: the candidates only shrink, and the first word sets how many there are.
    const groups = words
      .map((forms) => {
        const runs = forms.map((form) => this.#run(form));
        return { runs, postings: runs.reduce((sum, run) => sum + run.postings, 0) };
      })
      .sort((a, b) => a.postings - b.postings);
    let candidates: Doc[] | undefined;
    for (const { runs } of groups) {
      const previous = this.#generation;
      const mark = ++this.#generation;
      if (candidates === undefined) {
        candidates = [];
        for (const run of runs) {
          for (let i = run.start; i < run.end; i++) {
            for (const doc of this.#sorted[i]?.docs ?? []) {
              if (doc.mark === mark) continue;
              doc.mark = mark;
              candidates.push(doc);
            }
          }
        }
      } else {
        // A candidate marked by the previous word is marked again if this word finds it too.
        for (const run of runs) {
          for (let i = run.start; i < run.end; i++) {
            for (const doc of this.#sorted[i]?.docs ?? []) {
              if (doc.mark === previous) doc.mark = mark;
            }
          }
        }
        candidates = candidates.filter((doc) => doc.mark === mark);
      }
      if (candidates.length === 0) break;
    }
    for (const doc of candidates ?? []) found.add(doc.id);
    return found;
  }

  /**
   * Sorts the terms added since the last search into the others, and drops the dead ones, now
   * rather than in the next search: sorting the new terms, then a merge linear in the terms
   * held. Nothing to do when no term was added or died. buildSearchIndex calls it after each
   * slice, so that its index is ready for a first search as quick as any.
   */
  prepare(): void {
    if (this.#unsorted.length === 0 && this.#died === 0) return;
    const fresh = this.#unsorted.filter((term) => term.docs.length > 0).sort(byText);
    const merged: Term[] = [];
    let next = 0;
    for (const term of this.#sorted) {
      for (let f = fresh[next]; f !== undefined && f.text < term.text; f = fresh[++next]) {
        merged.push(f);
      }
      if (term.docs.length > 0) merged.push(term);
    }
    for (let f = fresh[next]; f !== undefined; f = fresh[++next]) merged.push(f);
    this.#sorted = merged;
    this.#unsorted = [];
    this.#died = 0;
  }

  #hold(doc: Doc, text: string): void {
    let term = this.#terms.get(text);
    if (term === undefined) {
      // Copied: a word cut out of a note by a regex is, in V8, a slice that keeps the whole note
      // alive, and the index must not hold the notes' text.
      term = { text: Array.from(text).join(''), docs: [] };
      this.#terms.set(term.text, term);
      this.#unsorted.push(term);
    }
    // The document is new, so if it holds the term already it was the last to be added.
    if (term.docs.at(-1) === doc) return;
    term.docs.push(doc);
    doc.terms.push(term);
  }

  /** The run of #sorted whose terms begin with `prefix`. */
  #run(prefix: string): Run {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.text ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    let postings = 0;
    for (let term = sorted[end]; term?.text.startsWith(prefix); term = sorted[++end]) {
      postings += term.docs.length;
    }
    return { start: low, end, postings };
  }
}

/**
 * Builds an index of `docs` without holding the page for long: whenever `sliceMs` (8 by
 * default) have passed since the slice began, by `now` (performance.now by default), it awaits
 * `yieldToPage` (a macrotask: `scheduler.yield`, a `setTimeout`, a message on a channel) before
 * going on. A slice overruns by at most one note's indexing, about a millisecond for 2 KB.
 */
export async function buildSearchIndex(
  docs: readonly { readonly id: string; readonly text: string }[],
  options: { yieldToPage: () => Promise<void>; sliceMs?: number; now?: () => number },
): Promise<SearchIndex> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 8;
  const index = new SearchIndex();
  let sliceStart = now();
  /** Yields to the page if the slice has run its time, and says whether it did. */
  const pause = async (): Promise<boolean> => {
    if (now() - sliceStart < sliceMs) return false;
    await options.yieldToPage();
    sliceStart = now();
    return true;
  };
  for (const doc of docs) {
    if (await pause()) {
      // The terms the last slice added are sorted now, while they are few, in a step of their
      // own: sorting them all at the end would take several slices' time at once.
      index.prepare();
      await pause();
    }
    index.set(doc.id, doc.text);
  }
  await pause();
  index.prepare();
  return index;
}
