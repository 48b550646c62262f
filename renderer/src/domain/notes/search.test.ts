import { describe, expect, it } from 'vitest';
import {
  SEARCH_TERM_MAX,
  SearchIndex,
  buildSearchIndex,
  normalizeForSearch,
  searchTokens,
} from './search';

function indexOf(notes: Readonly<Record<string, string>>): SearchIndex {
  const index = new SearchIndex();
  for (const [id, text] of Object.entries(notes)) index.set(id, text);
  return index;
}

/** The ids found, sorted, for readable failures. */
function found(index: SearchIndex, query: string): string[] {
  return [...index.search(query)].sort();
}

/** Does a note made of `text` alone match `query`? */
function matches(text: string, query: string): boolean {
  return indexOf({ note: text }).search(query).has('note');
}

describe('normalizeForSearch', () => {
  it('drops case, accents and ligatures, and straightens apostrophes', () => {
    expect(normalizeForSearch('HÔPITAL Événement Ça')).toBe('hopital evenement ca');
    expect(normalizeForSearch('Cœur ŒUVRE æther Straße')).toBe('coeur oeuvre aether strasse');
    expect(normalizeForSearch('l’espoir lʼami l‘eau')).toBe("l'espoir l'ami l'eau");
    // Written decomposed (e + U+0301), as some keyboards and pastes produce it.
    expect(normalizeForSearch('e\u0301te\u0301')).toBe('ete');
    expect(normalizeForSearch('ﬁn')).toBe('fin');
  });

  it('does not depend on the locale for case: İ is i', () => {
    expect(normalizeForSearch('İSTANBUL')).toBe('istanbul');
  });

  it('drops tashkeel, tatweel and invisible characters', () => {
    expect(normalizeForSearch('مُسْتَشْفًى')).toBe('مستشفي');
    expect(normalizeForSearch('مـــرحبا')).toBe('مرحبا');
    expect(normalizeForSearch('هٰذا')).toBe('هذا');
    expect(normalizeForSearch('hôpi\u00adtal ma\u200dison \u200fنص')).toBe('hopital maison نص');
  });

  it('folds the Arabic letters people type interchangeably', () => {
    expect(normalizeForSearch('أ إ آ ٱ ٲ ٳ ا')).toBe('ا ا ا ا ا ا ا');
    expect(normalizeForSearch('مدرسة على مؤتمر رئيس')).toBe('مدرسه علي موتمر رييس');
    expect(normalizeForSearch('ﻻ')).toBe('لا');
    // Persian yeh and keheh, as a keyboard set to Persian types them.
    expect(normalizeForSearch('کتابی')).toBe('كتابي');
  });

  it('writes Arabic-Indic and Eastern Arabic-Indic digits in ASCII', () => {
    expect(normalizeForSearch('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});

describe('searchTokens', () => {
  it('splits on anything that is not a letter or a digit', () => {
    expect(searchTokens('Rendez-vous à 14h30, salle B… (merci!) 🎉🎉 #groupe')).toEqual([
      'rendez',
      'vous',
      'a',
      '14h30',
      'salle',
      'b',
      'merci',
      'groupe',
    ]);
    expect(searchTokens('  ,;🙂👨‍👩‍👧  ')).toEqual([]);
  });

  it('drops an elided word before an apostrophe, straight or curly', () => {
    expect(searchTokens("l'espoir, d’abord, qu'il, c'est")).toEqual([
      'espoir',
      'abord',
      'il',
      'est',
    ]);
    expect(searchTokens("aujourd'hui jusqu'à")).toEqual(['aujourd', 'hui', 'jusqu', 'a']);
    expect(searchTokens("'citation' l' espoir")).toEqual(['citation', 'l', 'espoir']);
  });

  it('gives an Arabic word with an article or prefix also without it', () => {
    expect(searchTokens('الكتاب')).toEqual(['الكتاب', 'كتاب']);
    expect(searchTokens('والكتاب بالمدرسة كالبحر فالأمر للطفل')).toEqual([
      'والكتاب',
      'كتاب',
      'بالمدرسه',
      'مدرسه',
      'كالبحر',
      'بحر',
      'فالامر',
      'امر',
      'للطفل',
      'طفل',
    ]);
  });

  it('keeps a word whole when stripping would leave fewer than three letters', () => {
    expect(searchTokens('إلى بالغ ال')).toEqual(['الي', 'بالغ', 'ال']);
    // Not "دة" (the article after و): only the conjunction comes off.
    expect(searchTokens('والدة')).toEqual(['والده', 'الده']);
  });

  it('gives a word after the conjunction و also without it', () => {
    expect(searchTokens('ونوبات هلع')).toEqual(['ونوبات', 'نوبات', 'هلع']);
  });

  it(`cuts a word longer than ${SEARCH_TERM_MAX} characters`, () => {
    const long = 'a'.repeat(SEARCH_TERM_MAX + 20);
    expect(searchTokens(`${long} b`)).toEqual(['a'.repeat(SEARCH_TERM_MAX), 'b']);
  });
});

describe('SearchIndex: French', () => {
  it('ignores case and accents', () => {
    const index = indexOf({ a: 'Rendez-vous à l’Hôpital', b: 'hopital de jour' });
    expect(found(index, 'hopital')).toEqual(['a', 'b']);
    expect(found(index, 'HÔPITAL')).toEqual(['a', 'b']);
    expect(matches('Un événement difficile', 'evenement')).toBe(true);
    expect(matches('Un evenement difficile', 'ÉVÉNEMENT')).toBe(true);
  });

  it('finds cœur as coeur, and coeur as cœur', () => {
    expect(matches('Elle a parlé avec le cœur', 'coeur')).toBe(true);
    expect(matches('Elle a parlé avec le coeur', 'cœur')).toBe(true);
  });

  it('finds an elided word, and an elided query finds the word', () => {
    expect(matches('Il garde l’espoir', 'espoir')).toBe(true);
    expect(matches('Il garde l’espoir', "l'espoir")).toBe(true);
    expect(matches("Pas d'espoir", 'l’espoir')).toBe(true);
    expect(matches("D'abord, qu'il parle", 'abord il')).toBe(true);
  });
});

describe('SearchIndex: Arabic words that begin like a prefix', () => {
  it('finds a word by its whole form or its bare one, and nothing a wrong strip would find', () => {
    const index = indexOf({ mother: 'الوالدة', surprise: 'دهشة', plain: 'والدة', faith: 'دين' });
    expect([...index.search('والدة')].sort()).toEqual(['mother', 'plain']);
    // "the mother" finds "mother" too, as "mother" finds "the mother".
    expect([...index.search('الوالدة')].sort()).toEqual(['mother', 'plain']);
    expect([...index.search('والدي')]).toEqual([]);
  });

  it('finds a word written with the conjunction و in front', () => {
    const index = indexOf({ a: 'تحدث عن القلق ونوبات هلع متكررة', b: 'نوبة واحدة' });
    expect([...index.search('نوبات هلع')]).toEqual(['a']);
  });
});

describe('SearchIndex: Arabic', () => {
  it('takes every hamza form of alef for the others', () => {
    const spellings = ['إسراء', 'أسراء', 'اسراء'];
    for (const note of spellings)
      for (const query of spellings) expect(matches(`تحدثت ${note} اليوم`, query)).toBe(true);
  });

  it('takes ta marbuta for ha and alef maksura for ya, both ways', () => {
    expect(matches('ذهب إلى المدرسة', 'مدرسه')).toBe(true);
    expect(matches('ذهب إلى المدرسه', 'مدرسة')).toBe(true);
    expect(matches('جلس على الكرسي', 'علي')).toBe(true);
    expect(matches('جلس علي الكرسي', 'على')).toBe(true);
  });

  it('ignores tashkeel and tatweel', () => {
    expect(matches('زيارة إلى المُسْتَشْفَى', 'مستشفى')).toBe(true);
    expect(matches('زيارة إلى المستشفى', 'مُسْتَشْفَى')).toBe(true);
    expect(matches('قال مـــرحبا للجميع', 'مرحبا')).toBe(true);
    expect(matches('قال مرحبا للجميع', 'مـرحـبـا')).toBe(true);
  });

  it('finds a word with or without its article, whichever is typed', () => {
    const index = indexOf({ with: 'قرأ الكتاب', without: 'قرأ كتاب', joined: 'والكتاب مفيد' });
    expect(found(index, 'كتاب')).toEqual(['joined', 'with', 'without']);
    expect(found(index, 'الكتاب')).toEqual(['joined', 'with', 'without']);
    expect(found(index, 'بالكتاب')).toEqual(['joined', 'with', 'without']);
    // Typed so far, too short to strip: still the beginning of the whole word.
    expect(found(index, 'الك')).toEqual(['with']);
  });

  it('finds Arabic-Indic digits by ASCII ones, and the other way round', () => {
    expect(matches('الموعد يوم ٣ مارس', '3')).toBe(true);
    expect(matches('الموعد يوم ۳ مارس', '3')).toBe(true);
    expect(matches('rendez-vous le 3 mars', '٣')).toBe(true);
    expect(matches('الموعد يوم ٣ مارس', '4')).toBe(false);
  });
});

describe('SearchIndex: matching', () => {
  const index = indexOf({
    a: 'Family crisis: called the helpline.',
    b: 'Family dinner went well.',
    c: 'Crisis line number given.',
  });

  it('needs every query word, in any order', () => {
    expect(found(index, 'family crisis')).toEqual(['a']);
    expect(found(index, 'crisis family')).toEqual(['a']);
    expect(found(index, 'family')).toEqual(['a', 'b']);
    expect(found(index, 'family crisis dinner')).toEqual([]);
  });

  it('takes each query word as the beginning of a word', () => {
    expect(found(index, 'fam')).toEqual(['a', 'b']);
    expect(found(index, 'cri fam')).toEqual(['a']);
    expect(found(index, 'f')).toEqual(['a', 'b']);
    expect(matches('Il garde espoir', 'espo')).toBe(true);
    expect(matches('زيارة إلى مستشفى', 'مستشف')).toBe(true);
  });

  it('does not find a word inside another one', () => {
    expect(found(index, 'ily')).toEqual([]);
    expect(found(index, 'elpline')).toEqual([]);
    expect(matches('Il garde espoir', 'poir')).toBe(false);
    expect(matches('زيارة إلى مستشفى', 'تشفى')).toBe(false);
  });

  it('is the same when a word of the query begins another one', () => {
    expect(found(index, 'fam family')).toEqual(['a', 'b']);
    expect(found(index, 'c cr crisis f')).toEqual(['a']);
    expect(found(index, `${'family '.repeat(2_000)}dinner`)).toEqual(['b']);
  });

  it('finds notes that mix languages by words of each', () => {
    const mixed = indexOf({
      m: 'Rendez-vous à l’hôpital avec أحمد، زيارة المستشفى then family meeting ٣ pm',
      fr: 'Rendez-vous au café',
    });
    expect(found(mixed, 'rendez احمد')).toEqual(['m']);
    expect(found(mixed, 'hopital مستشفى family')).toEqual(['m']);
    expect(found(mixed, 'rendez-vous')).toEqual(['fr', 'm']);
    expect(found(mixed, '3 pm')).toEqual(['m']);
  });

  it('finds nothing for a query without words', () => {
    expect(found(index, '')).toEqual([]);
    expect(found(index, '   \n\t')).toEqual([]);
    expect(found(index, '?! …')).toEqual([]);
    expect(found(index, '🎉')).toEqual([]);
  });

  it('is not thrown by punctuation and emoji, in notes or queries', () => {
    const noisy = indexOf({
      n: 'Bravo!!! 🎉🎉 (groupe) — «merci»,ok? 👨‍👩‍👧 :-) <b>&amp;</b> \\ [x] {y} * . $ ^ |',
      e: '🙂🙂🙂',
      blank: '',
    });
    expect(found(noisy, 'merci')).toEqual(['n']);
    expect(found(noisy, '«merci» 🎉 (bravo)')).toEqual(['n']);
    expect(found(noisy, 'gro.* ok?')).toEqual(['n']);
    expect(found(noisy, '[x]')).toEqual(['n']);
    expect(noisy.size).toBe(3);
  });

  it('finds a cut long word by its beginning and by the whole word', () => {
    const long = `anticonstitutionnellement${'x'.repeat(30)}`;
    const cut = indexOf({ l: `un mot ${long} ici` });
    expect(found(cut, long)).toEqual(['l']);
    expect(found(cut, `${long}yyy`)).toEqual(['l']);
    expect(found(cut, 'anticonst')).toEqual(['l']);
  });
});

describe('SearchIndex: changes', () => {
  it('forgets the old words of a note set again', () => {
    const index = indexOf({ a: 'colère et tristesse', b: 'tristesse' });
    index.set('a', 'joie');
    expect(found(index, 'colere')).toEqual([]);
    expect(found(index, 'tristesse')).toEqual(['b']);
    expect(found(index, 'joie')).toEqual(['a']);
    expect(index.size).toBe(2);
  });

  it('removes a note without touching the others that share its words', () => {
    const index = indexOf({ a: 'groupe du lundi', b: 'groupe du mardi', c: 'groupe du jeudi' });
    index.remove('b');
    expect(index.has('b')).toBe(false);
    expect(index.size).toBe(2);
    expect(found(index, 'groupe')).toEqual(['a', 'c']);
    expect(found(index, 'mardi')).toEqual([]);
    index.remove('a');
    expect(found(index, 'groupe du')).toEqual(['c']);
    index.remove('nobody');
    expect(index.size).toBe(1);
  });

  it('finds words added after a search, and words removed then added again', () => {
    const index = indexOf({ a: 'lundi' });
    expect(found(index, 'lundi')).toEqual(['a']);
    index.set('b', 'mardi soir');
    index.set('c', 'aaa zzz');
    expect(found(index, 'mardi')).toEqual(['b']);
    expect(found(index, 'a')).toEqual(['c']);
    expect(found(index, 'z')).toEqual(['c']);
    index.remove('a');
    expect(found(index, 'lundi')).toEqual([]);
    index.set('d', 'lundi matin');
    expect(found(index, 'lundi')).toEqual(['d']);
    expect(found(index, 'l m')).toEqual(['d']);
  });

  it('is empty once cleared, and usable again', () => {
    const index = indexOf({ a: 'lundi', b: 'mardi' });
    expect(found(index, 'lundi')).toEqual(['a']);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.has('a')).toBe(false);
    expect(found(index, 'lundi')).toEqual([]);
    index.set('c', 'lundi');
    expect(found(index, 'lundi')).toEqual(['c']);
  });

  it('answers as a plain scan of the notes would, through many changes', () => {
    const random = seeded(7);
    const words = ['ab', 'abc', 'abd', 'b', 'ba', 'bac', 'cab', 'الكتاب', 'كتب', 'كتاب', 'été'];
    const pick = (): string => words[Math.floor(random() * words.length)] ?? '';
    const notes = new Map<string, string[]>();
    const index = new SearchIndex();
    for (let round = 0; round < 400; round++) {
      const id = `n${String(Math.floor(random() * 30))}`;
      if (random() < 0.25) {
        index.remove(id);
        notes.delete(id);
      } else {
        const text = Array.from({ length: 1 + Math.floor(random() * 4) }, pick).join(' ');
        index.set(id, text);
        notes.set(id, searchTokens(text));
      }
      const query = `${pick().slice(0, 1 + Math.floor(random() * 2))} ${random() < 0.5 ? pick() : ''}`;
      expect(found(index, query), `${query} after round ${String(round)}`).toEqual(
        scan(notes, query),
      );
    }
    expect(index.size).toBe(notes.size);
  });
});

describe('buildSearchIndex', () => {
  const notes = Array.from({ length: 40 }, (_, i) => ({
    id: `n${String(i)}`,
    text: `note ${String(i)} ${i % 2 === 0 ? 'pair' : 'impair'} ${i % 3 === 0 ? 'الكتاب' : 'hôpital'}`,
  }));

  /** The notes with a clock that moves on `ms` each time one is read, as if indexing it took that. */
  function timedNotes(ms: number) {
    const clock = { t: 0, reads: 0 };
    const docs = notes.map(({ id, text }) => ({
      id,
      get text() {
        clock.t += ms;
        clock.reads += 1;
        return text;
      },
    }));
    return { clock, docs };
  }

  it('yields to the page whenever a slice has run its time', async () => {
    const { clock, docs } = timedNotes(5);
    const readsAtYield: number[] = [];
    await buildSearchIndex(docs, {
      now: () => clock.t,
      yieldToPage: async () => {
        readsAtYield.push(clock.reads);
      },
    });
    // 5 ms a note, slices of 8 ms: two notes a slice, and a last yield before sorting the terms.
    expect(readsAtYield).toEqual(Array.from({ length: notes.length / 2 }, (_, i) => 2 * (i + 1)));
  });

  it('takes its slice length from sliceMs', async () => {
    const { clock, docs } = timedNotes(5);
    const readsAtYield: number[] = [];
    await buildSearchIndex(docs, {
      now: () => clock.t,
      sliceMs: 20,
      yieldToPage: async () => {
        readsAtYield.push(clock.reads);
      },
    });
    expect(readsAtYield).toEqual(Array.from({ length: notes.length / 4 }, (_, i) => 4 * (i + 1)));
  });

  it('does not yield while the clock says there is time', async () => {
    let yields = 0;
    await buildSearchIndex(notes, {
      now: () => 0,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBe(0);
  });

  it('waits for the page before going on', async () => {
    const { clock, docs } = timedNotes(10);
    let waiting = false;
    let readWhileWaiting = false;
    const guarded = docs.map((doc) => ({
      id: doc.id,
      get text() {
        if (waiting) readWhileWaiting = true;
        return doc.text;
      },
    }));
    let yields = 0;
    await buildSearchIndex(guarded, {
      now: () => clock.t,
      yieldToPage: () => {
        waiting = true;
        yields += 1;
        return new Promise((resolve) =>
          setTimeout(() => {
            waiting = false;
            resolve();
          }, 0),
        );
      },
    });
    expect(yields).toBeGreaterThan(10);
    expect(readWhileWaiting).toBe(false);
  });

  it('builds the same index as setting every note at once', async () => {
    const { clock, docs } = timedNotes(3);
    const sliced = await buildSearchIndex(docs, {
      now: () => clock.t,
      yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    const atOnce = new SearchIndex();
    for (const note of notes) atOnce.set(note.id, note.text);
    expect(sliced.size).toBe(atOnce.size);
    for (const query of ['note', 'pair', 'impair', 'كتاب', 'hopital pair', 'note 1', '3', 'x', ''])
      expect(found(sliced, query), query).toEqual(found(atOnce, query));
    expect(found(sliced, 'impair كتاب')).toEqual(['n15', 'n21', 'n27', 'n3', 'n33', 'n39', 'n9']);
  });
});

describe('SearchIndex over 5,000 notes', () => {
  it('answers as a plain scan would (and logs build and query times, for information)', async () => {
    const docs = syntheticNotes(5_000, 300);
    const slices: number[] = [];
    let sliceStart = performance.now();
    const buildStart = sliceStart;
    const index = await buildSearchIndex(docs, {
      yieldToPage: () => {
        slices.push(performance.now() - sliceStart);
        return new Promise((resolve) =>
          setTimeout(() => {
            sliceStart = performance.now();
            resolve();
          }, 0),
        );
      },
    });
    slices.push(performance.now() - sliceStart);
    const buildMs = performance.now() - buildStart;
    const tokensById = new Map(docs.map((doc) => [doc.id, searchTokens(doc.text)]));
    const distinct = new Set([...tokensById.values()].flat()).size;

    const queries = ['rendez', 'hôpital', 'مستشفى', 'family crisis', 'famil cri', 'e', 'م', 'zzzz'];
    const lines = [
      `search over ${String(docs.length)} notes, ${String(distinct)} distinct terms: built in ${ms(buildMs)} in ${String(slices.length)} slices, longest ${ms(Math.max(...slices))}`,
    ];
    for (const query of queries) {
      const times: number[] = [];
      let hits = 0;
      for (let run = 0; run < 100; run++) {
        const start = performance.now();
        hits = index.search(query).size;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      lines.push(
        `  ${JSON.stringify(query)}: ${String(hits)} notes, p50 ${ms(times[49])}, p95 ${ms(times[94])}, max ${ms(times[99])}`,
      );
    }
    console.log(lines.join('\n'));

    for (const query of queries)
      expect(found(index, query), query).toEqual(scan(tokensById, query));
    expect(index.search('rendez').size).toBeGreaterThan(0);
    expect(index.search('مستشفى').size).toBeGreaterThan(0);
    expect(index.search('family crisis').size).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * What a query should find, by brute force: the notes in which each word of the query (by its
 * last token: without its Arabic article) begins one of the note's tokens.
 */
function scan(tokensById: ReadonlyMap<string, readonly string[]>, query: string): string[] {
  const prefixes = query
    .split(/\s+/)
    .map((word) => searchTokens(word).at(-1))
    .filter((word) => word !== undefined);
  if (prefixes.length === 0) return [];
  const hits: string[] = [];
  for (const [id, tokens] of tokensById)
    if (prefixes.every((prefix) => tokens.some((token) => token.startsWith(prefix)))) hits.push(id);
  return hits.sort();
}

function ms(value: number | undefined): string {
  return `${(value ?? NaN).toFixed(2)} ms`;
}

/** A repeatable pseudo-random sequence in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Notes of about `words` words, half French, a fifth English, the rest Arabic, with a dash of
 * another language, words drawn with Zipf's law from a made-up vocabulary of about 20,000 words,
 * and the words the bench searches for sprinkled in.
 */
function syntheticNotes(count: number, words: number): { id: string; text: string }[] {
  const random = seeded(2024);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const vocabulary = (size: number, make: () => string): string[] => {
    const made = new Set<string>();
    while (made.size < size) made.add(make());
    return [...made];
  };
  const syllables = (parts: readonly string[], min: number, max: number) => (): string =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => choose(parts)).join(
      '',
    );
  const french = vocabulary(
    8_000,
    syllables(
      ['ma', 'ré', 'sou', 'tien', 'pa', 'ro', 'le', 'gé', 'con', 'fi', 'an', 'ce', 'è', 'vi', 'té'],
      2,
      4,
    ),
  );
  const english = vocabulary(
    6_000,
    syllables(
      ['fam', 'il', 'y', 'cri', 'sis', 'sup', 'port', 'gro', 'up', 'hel', 'ing', 'ner'],
      2,
      4,
    ),
  );
  const letters = Array.from('ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإى');
  const arabic = vocabulary(6_000, () => {
    const word = syllables(letters, 3, 6)();
    return random() < 0.3 ? `ال${word}` : word;
  });
  const languages = [
    { vocabulary: french, share: 0.5, sprinkle: ['rendez-vous', 'l’hôpital', 'hôpital'] },
    { vocabulary: english, share: 0.2, sprinkle: ['family', 'crisis', 'hospital'] },
    { vocabulary: arabic, share: 0.3, sprinkle: ['مستشفى', 'المستشفى', 'مُسْتَشْفَى'] },
  ] as const;
  const zipf = (items: readonly string[]): string =>
    items[Math.floor(Math.exp(random() * Math.log(items.length + 1))) - 1] ?? '';
  const punctuation = [' ', ' ', ' ', ' ', ', ', '. ', ' : ', ' — ', '\n'];
  return Array.from({ length: count }, (_, i) => {
    const roll = random();
    const language = roll < 0.5 ? languages[0] : roll < 0.7 ? languages[1] : languages[2];
    let text = '';
    for (let w = 0; w < words; w++) {
      const from = random() < 0.9 ? language : choose(languages);
      const word = random() < 0.003 ? choose(from.sprinkle) : zipf(from.vocabulary);
      text += word + choose(punctuation);
    }
    return { id: `note-${String(i)}`, text };
  });
}
