/**
 * The notes-search bench's page (bench/benches/notes-search.mjs): the app's notes, their
 * encrypted repository and their full-text search, imported straight from renderer/src, behind
 * `window.bench`.
 *
 * Everything timed is the app's code: the vault service and its key-derivation worker unlock the
 * vault (the app's vault database, schema v3), notesRepository lists and decrypts the notes,
 * buildSearchIndex indexes `searchableText(note)` of each (the notes store's own function) in
 * slices with the repository's yieldToPage between them, and SearchIndex.search answers the
 * queries. Per query the page also does what the notes screen does with the answer: the ids
 * looked up in the notes as the store holds them (a record by id), sorted with the app's
 * byRecentEdit (newest edit first), the first 50 kept.
 */
import { openDirectoryDb, openVaultDb } from '../../renderer/src/data/db';
import { notesRepository } from '../../renderer/src/data/repositories/notes.repository';
import {
  yieldToPage,
  type UnreadableRecord,
} from '../../renderer/src/data/repositories/repository';
import { createWorkerKdf } from '../../renderer/src/data/vault/kdf-client';
import { createVaultService } from '../../renderer/src/data/vault/vault.service';
import { KDF_FLOOR, KDF_MEMORY_KIB, makeKdfParams } from '../../renderer/src/domain/crypto/kdf';
import { byRecentEdit, type Note } from '../../renderer/src/domain/notes/note';
import {
  buildSearchIndex,
  normalizeForSearch,
  searchTokens,
  SearchIndex,
} from '../../renderer/src/domain/notes/search';
import { searchableText } from '../../renderer/src/stores/notes.store';
import { longest, longTasksBetween, round, settleLongTasks, sleep } from '../pages/long-tasks';
import {
  EQUIVALENT_QUERIES,
  makeNotes,
  makeQueries,
  makeRoster,
  prng,
  shuffled,
  type Query,
} from '../pages/notes-corpus';

const PASSPHRASE = 'correct horse battery staple, au café';
const CORPUS_SEED = 0x5ea7c4;
const QUERY_SEED = 0x9e77;
const EPOCH = Date.UTC(2026, 10, 1);
/** ~2 KB notes: 1,500–2,500 characters of body. */
const MIN_CHARS = 1_500;
const MAX_CHARS = 2_500;
/** What the notes screen shows of the matches. */
const SHOWN = 50;

const unreadable: UnreadableRecord[] = [];
const service = createVaultService({
  directory: openDirectoryDb(),
  openVaultDb,
  kdf: createWorkerKdf(),
  onUnreadable: (problem) => unreadable.push(problem),
});

const utf8 = new TextEncoder();

// ---- seeding (untimed) ----

/** Creates a vault and writes `count` notes through notesRepository.putMany. */
async function seed(count: number) {
  const random = prng(CORPUS_SEED);
  const notes = makeNotes(count, random, {
    minChars: MIN_CHARS,
    maxChars: MAX_CHARS,
    ...makeRoster(random),
    now: EPOCH,
  });
  // The app's memory cost with the fewest passes: unlocking is not what this bench measures.
  const kdf = makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations: KDF_FLOOR.iterations });
  const { session, recoveryKey } = await service.create({
    label: 'Bench',
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  try {
    const start = performance.now();
    await notesRepository(session).putMany(notes);
    const putManyMs = performance.now() - start;

    // What the index will hold: distinct terms, and words per note.
    const terms = new Set<string>();
    let tokens = 0;
    for (const note of notes) {
      const noteTokens = searchTokens(searchableText(note));
      tokens += noteTokens.length;
      for (const token of noteTokens) terms.add(token);
    }
    const bodyChars = notes.reduce((sum, n) => sum + n.body.length, 0);
    const jsonBytes = notes.reduce((sum, n) => sum + utf8.encode(JSON.stringify(n)).length, 0);
    const arabic = notes.filter((n) => /[\u0600-\u06ff]{3}/.test(n.body.slice(0, 200))).length;
    return {
      notes: notes.length,
      putManyMs: round(putManyMs),
      averageBodyChars: Math.round(bodyChars / notes.length),
      averageJsonBytes: Math.round(jsonBytes / notes.length),
      notesWithArabicTitle: arabic,
      distinctTerms: terms.size,
      averageTokensPerNote: Math.round(tokens / notes.length),
      example: notes[0]?.body.slice(0, 600) ?? '',
    };
  } finally {
    session.db.close();
  }
}

// ---- measuring, after a restart ----

/** What the page keeps in memory after a measure, as the store would: the heap is read then. */
let held: { notes: Readonly<Record<string, Note>> | null; index: SearchIndex | null } = {
  notes: null,
  index: null,
};

/** The app's yieldToPage, counted: how many slices, and how long the page had the floor. */
function countedYield(yielder: () => Promise<void>) {
  const stats = { yields: 0, yieldedMs: 0 };
  const wrapped = async () => {
    stats.yields += 1;
    const start = performance.now();
    await yielder();
    stats.yieldedMs += performance.now() - start;
  };
  return { stats, wrapped };
}

const timeoutYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface QuerySample {
  readonly text: string;
  readonly language: string;
  readonly kind: string;
  readonly pass: number;
  readonly searchMs: number;
  readonly listMs: number;
  readonly totalMs: number;
  readonly hits: number;
}

/** Keeps the shown lists reachable, so no engine can skip making them. */
let sink = 0;

function runQuery(
  index: SearchIndex,
  notesById: Readonly<Record<string, Note>>,
  query: Query,
  pass: number,
): QuerySample {
  const t0 = performance.now();
  const ids = index.search(query.text);
  const t1 = performance.now();
  // The notes screen: the ids looked up, newest edit first, the first 50.
  const found: Note[] = [];
  for (const id of ids) {
    const note = notesById[id];
    if (note !== undefined) found.push(note);
  }
  found.sort(byRecentEdit);
  const shown = found.slice(0, SHOWN);
  const t2 = performance.now();
  sink += shown.length;
  return {
    text: query.text,
    language: query.language,
    kind: query.kind,
    pass,
    searchMs: t1 - t0,
    listMs: t2 - t1,
    totalMs: t2 - t0,
    hits: ids.size,
  };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

interface MeasureOptions {
  readonly passes: number;
  readonly indexRepeats: number;
  readonly drawnQueries: number;
  /** Diagnosis, not for the figures: notes when IndexedDB answers and when decryptions start. */
  readonly instrument?: boolean;
}

/**
 * Wraps IDBObjectStore.getAll and crypto.subtle.decrypt to note when IndexedDB's answer is
 * dispatched (before Dexie's own handler sees it) and when each decryption is asked for, to
 * place a long task within notesRepository.list(). Returns the notes and the undo.
 */
function instrumentRead() {
  const marks = { getAllSuccess: [] as number[], decryptCalls: [] as number[] };
  const getAll = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'getAll');
  const original = getAll?.value as IDBObjectStore['getAll'] | undefined;
  if (getAll === undefined || original === undefined) throw new Error('No IDBObjectStore.getAll');
  const subtle = crypto.subtle;
  const decrypt = subtle.decrypt.bind(subtle);
  Object.defineProperty(IDBObjectStore.prototype, 'getAll', {
    ...getAll,
    value: function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      const request = original.apply(this, args);
      request.addEventListener('success', () => marks.getAllSuccess.push(performance.now()));
      return request;
    },
  });
  // An own property of this SubtleCrypto, shadowing the prototype's method until undone.
  Object.defineProperty(subtle, 'decrypt', {
    configurable: true,
    value: (...args: Parameters<SubtleCrypto['decrypt']>) => {
      marks.decryptCalls.push(performance.now());
      return decrypt(...args);
    },
  });
  const undo = () => {
    Object.defineProperty(IDBObjectStore.prototype, 'getAll', getAll);
    Reflect.deleteProperty(subtle, 'decrypt');
  };
  return { marks, undo };
}

/**
 * In a restarted browser: unlocks, then reads and indexes the notes as the notes store does
 * (timed, with long tasks), indexes them again alone, splits where the indexing time goes, and
 * runs the queries.
 */
async function measure({ passes, indexRepeats, drawnQueries, instrument }: MeasureOptions) {
  held = { notes: null, index: null };
  unreadable.length = 0;
  const vaults = await service.list();
  const vault = vaults[0];
  if (!vault || vaults.length !== 1) throw new Error(`Expected one vault, found ${vaults.length}`);
  const session = await service.unlock(vault.id, PASSPHRASE);
  try {
    // Unlocking's own tasks are done before the notes store's load begins.
    await sleep(300);

    // 1. The store's load(): list (IndexedDB, AES-GCM, JSON, zod) → notes by id → index.
    const probe = instrument === true ? instrumentRead() : null;
    const t0 = performance.now();
    const stored = await notesRepository(session).list();
    const t1 = performance.now();
    probe?.undo();
    const notesById: Readonly<Record<string, Note>> = Object.fromEntries(
      stored.map((n) => [n.id, n]),
    );
    const docs = Object.values(notesById).map((n) => ({ id: n.id, text: searchableText(n) }));
    const t2 = performance.now();
    const first = countedYield(yieldToPage);
    const index = await buildSearchIndex(docs, { yieldToPage: first.wrapped });
    const t3 = performance.now();
    if (unreadable.length > 0) throw new Error(`${unreadable.length} notes were unreadable`);
    if (index.size !== stored.length)
      throw new Error(`Indexed ${index.size} of ${stored.length} notes`);
    await settleLongTasks();
    const decryptTasks = longTasksBetween(t0, t1);
    const indexTasks = longTasksBetween(t1, t3);
    const loadTasks = longTasksBetween(t0, t3);
    const load = {
      notes: stored.length,
      decryptMs: round(t1 - t0),
      docsMs: round(t2 - t1),
      indexMs: round(t3 - t2),
      totalMs: round(t3 - t0),
      slices: first.stats.yields + 1,
      yieldedMs: round(first.stats.yieldedMs),
      longestLongTaskMs: longest(loadTasks),
      longestDecryptLongTaskMs: longest(decryptTasks),
      longestIndexLongTaskMs: longest(indexTasks),
      longTasks: loadTasks,
      ...(probe
        ? {
            getAllSuccessAt: probe.marks.getAllSuccess.map((t) => round(t - t0)),
            decryptCalls: probe.marks.decryptCalls.length,
            firstDecryptsAt: probe.marks.decryptCalls.slice(0, 3).map((t) => round(t - t0)),
            decryptCallsBefore: loadTasks.map(
              (task) =>
                probe.marks.decryptCalls.filter((t) => t - t0 < task.startTime + task.duration)
                  .length,
            ),
          }
        : {}),
    };

    // 2. The index alone, again, with the app's yieldToPage (warm: the notes are in memory).
    const repeats = [];
    for (let r = 0; r < indexRepeats; r++) {
      await sleep(200);
      const counted = countedYield(yieldToPage);
      const start = performance.now();
      await buildSearchIndex(docs, { yieldToPage: counted.wrapped });
      const end = performance.now();
      await settleLongTasks();
      const tasks = longTasksBetween(start, end);
      repeats.push({
        indexMs: round(end - start),
        slices: counted.stats.yields + 1,
        yieldedMs: round(counted.stats.yieldedMs),
        longestLongTaskMs: longest(tasks),
        longTasks: tasks,
      });
    }

    // 3. For information: yielding with setTimeout(0) instead of the app's yieldToPage (what
    //    the notes store used before it took the app's); nested timeouts are clamped to 4 ms.
    await sleep(200);
    const timeout = countedYield(timeoutYield);
    const timeoutStart = performance.now();
    await buildSearchIndex(docs, { yieldToPage: timeout.wrapped });
    const timeoutEnd = performance.now();
    await settleLongTasks();
    const withTimeout = {
      indexMs: round(timeoutEnd - timeoutStart),
      slices: timeout.stats.yields + 1,
      yieldedMs: round(timeout.stats.yieldedMs),
      longestLongTaskMs: longest(longTasksBetween(timeoutStart, timeoutEnd)),
    };

    // 4. Where the decrypting time goes: the notes table read from IndexedDB alone (one getAll,
    //    as notesRepository.list reads it), with its long tasks.
    await sleep(200);
    const r0 = performance.now();
    const rows = await session.db.table('notes').toArray();
    const r1 = performance.now();
    await settleLongTasks();
    const idbRead = {
      rows: rows.length,
      ms: round(r1 - r0),
      longestLongTaskMs: longest(longTasksBetween(r0, r1)),
      longTasks: longTasksBetween(r0, r1),
    };

    // 5. Where the indexing time goes, measured in one go each (these are long tasks on
    //    purpose, after the windows above): normalizing, tokenizing (normalize + words),
    //    SearchIndex.set for every note then one prepare(), and buildSearchIndex's own slicing
    //    (8 ms slices and a prepare() after each) without giving the page the floor.
    await sleep(200);
    const b0 = performance.now();
    let chars = 0;
    for (const doc of docs) chars += normalizeForSearch(doc.text).length;
    const b1 = performance.now();
    let tokenCount = 0;
    for (const doc of docs) tokenCount += searchTokens(doc.text).length;
    const b2 = performance.now();
    const direct = new SearchIndex();
    for (const doc of docs) direct.set(doc.id, doc.text);
    const b3 = performance.now();
    direct.prepare();
    const b4 = performance.now();
    await buildSearchIndex(docs, { yieldToPage: () => Promise.resolve() });
    const b5 = performance.now();
    const breakdown = {
      normalizeMs: round(b1 - b0),
      tokenizeMs: round(b2 - b1),
      setAllMs: round(b3 - b2),
      prepareOnceMs: round(b4 - b3),
      slicedBuildCpuMs: round(b5 - b4),
      normalizedChars: chars,
      tokens: tokenCount,
    };
    sink += direct.size;
    await sleep(300);

    // 6. Queries, each in a task of its own as keystrokes come, a few ms apart.
    const { queries, firstLetters } = makeQueries(prng(QUERY_SEED), stored, drawnQueries);
    for (const [a, b] of EQUIVALENT_QUERIES) {
      const [x, y] = [index.search(a), index.search(b)];
      if (x.size === 0 || !sameSet(x, y))
        throw new Error(`"${a}" found ${x.size} notes and "${b}" ${y.size}: not the same notes`);
    }
    const samples: QuerySample[] = [];
    const letters: QuerySample[] = [];
    const q0 = performance.now();
    for (let pass = 0; pass < passes; pass++) {
      const order = shuffled(prng(QUERY_SEED + pass + 1), [
        ...queries.map((q) => ({ q, budgeted: true })),
        ...firstLetters.map((q) => ({ q, budgeted: false })),
      ]);
      for (const { q, budgeted } of order) {
        await sleep(4);
        (budgeted ? samples : letters).push(runQuery(index, notesById, q, pass));
      }
    }
    const q1 = performance.now();
    await settleLongTasks();

    held = { notes: notesById, index };
    return {
      load,
      repeats,
      withTimeout,
      idbRead,
      breakdown,
      queries: samples,
      firstLetters: letters,
      distinctQueries: queries.length,
      queryLongTasks: longTasksBetween(q0, q1),
      sink,
    };
  } finally {
    session.db.close();
  }
}

/** Drops what measure kept (the index, then the notes), so the heap can be read without it. */
function release(what: 'index' | 'notes'): void {
  if (what === 'index') held.index = null;
  else held = { notes: null, index: null };
}

const bench = { seed, measure, release };
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// The readiness signal bench/lib/browser.mjs waits for, as the app and bench/hello set it.
document.documentElement.dataset['ready'] = 'true';
performance.mark('circlekeeper:interactive');
