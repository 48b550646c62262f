/**
 * The vault benches' page (bench/benches/vault-unlock.mjs, vault-bulk-write.mjs): the app's
 * encrypted data layer imported straight from renderer/src, behind `window.bench`.
 *
 * Everything timed runs the app's own code: the vault service (directory, header, envelope),
 * the key-derivation Web Worker (kdf-client.ts, bundled by Vite as the app's is), the vault
 * database as the app declares it (openVaultDb, schema v3), the encrypting repository, the
 * app's notes (notesRepository, the Note type) and their search index (buildSearchIndex over the
 * notes store's searchableText, with the repository's yieldToPage, as the notes store builds it
 * after unlock). Only the plans are the bench's own (older than the app's SessionPlan, and
 * smaller: the plans-open bench uses the app's); they are stored in the app's plans table, whose
 * clear fields (id, updatedAt, groupId) they share. The notes' text comes from
 * bench/pages/notes-corpus.ts, as the notes-search bench's does.
 */
import { z } from 'zod';
import {
  openDirectoryDb,
  openVaultDb,
  type EncryptedRow,
  type VaultTableName,
} from '../../renderer/src/data/db';
import { noteSchema, notesRepository } from '../../renderer/src/data/repositories/notes.repository';
import {
  createRepository,
  yieldToPage,
  type Repository,
  type UnreadableRecord,
  type VaultSession,
} from '../../renderer/src/data/repositories/repository';
import {
  DEFAULT_VAULT_SETTINGS,
  SETTINGS_ID,
  settingsRepository,
} from '../../renderer/src/data/repositories/settings.repository';
import type { KdfRunner } from '../../renderer/src/data/vault/kdf';
import { createWorkerKdf } from '../../renderer/src/data/vault/kdf-client';
import { createVaultService } from '../../renderer/src/data/vault/vault.service';
import { decryptRecord } from '../../renderer/src/domain/crypto/records';
import {
  KDF_FLOOR,
  KDF_MEMORY_KIB,
  makeKdfParams,
  type KdfParams,
} from '../../renderer/src/domain/crypto/kdf';
import type { Note } from '../../renderer/src/domain/notes/note';
import { buildSearchIndex } from '../../renderer/src/domain/notes/search';
import { searchableText } from '../../renderer/src/stores/notes.store';
import { longest, longTasksBetween, round, settleLongTasks, sleep } from '../pages/long-tasks';
import { between, makeNotes, pick, prng, type Random } from '../pages/notes-corpus';

// ---- the bench's own plans ----

const agendaItemSchema = z
  .object({
    id: z.string().min(1).max(64),
    title: z.string().min(1).max(120),
    durationMinutes: z.number().int().min(1).max(240),
    script: z.string().max(2_000),
  })
  .strict();

const planSchema = z
  .object({
    id: z.string().min(1).max(64),
    groupId: z.string().min(1).max(64),
    createdAt: z.number().int().nonnegative(),
    title: z.string().min(1).max(120),
    items: z.array(agendaItemSchema).max(40),
  })
  .strict();
type Plan = z.infer<typeof planSchema>;

const plansRepository = (session: VaultSession): Repository<Plan> =>
  createRepository(session, {
    table: 'plans',
    schemaVersion: 1,
    schema: planSchema,
    clearFields: (plan) => ({ groupId: plan.groupId, createdAt: plan.createdAt }),
  });

// ---- realistic payloads, deterministic per seed ----

/** ~2 KB notes, as in the notes-search bench: 1,500–2,500 characters of body. */
const UNLOCK_NOTE_CHARS = { minChars: 1_500, maxChars: 2_500 } as const;
/** The bulk write's notes stay as they were before the app had notes: 400–800 characters. */
const BULK_NOTE_CHARS = { minChars: 400, maxChars: 800 } as const;
const EPOCH = Date.UTC(2026, 10, 1);
const TWO_YEARS_MS = 2 * 365 * 24 * 3_600_000;

interface Roster {
  readonly groupIds: readonly string[];
  readonly membersByGroup: Readonly<Record<string, readonly string[]>>;
}

function notesFor(
  count: number,
  roster: Roster,
  random: Random,
  size: { readonly minChars: number; readonly maxChars: number },
): Note[] {
  return makeNotes(count, random, { ...size, ...roster, now: EPOCH });
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** An opaque id (base32 of random bytes), as the plans and the roster have always had here. */
const opaqueId = (random: Random): string =>
  Array.from({ length: 16 }, () => BASE32.charAt(Math.floor(random() * BASE32.length))).join('');

/** 12 groups of 15 members, as before the app had notes. */
function opaqueRoster(random: Random): Roster {
  const groupIds = Array.from({ length: 12 }, () => opaqueId(random));
  const membersByGroup = Object.fromEntries(
    groupIds.map((id) => [id, Array.from({ length: 15 }, () => opaqueId(random))]),
  );
  return { groupIds, membersByGroup };
}

/** The plans' read-aloud scripts are made of these (unchanged since the plans were added). */
const SENTENCES = {
  en: [
    'Talked about the first weeks after the move and how hard the evenings still are.',
    'Asked the group to keep the phone numbers list up to date before the holidays.',
    'Said sleep is better since starting the walking routine with a neighbour.',
    'Would like to bring up the housing appointment again next time, if there is room.',
    'Quiet today; listened mostly and thanked the others at the end.',
    'Mentioned the new job interview on Thursday and asked for a check-in afterwards.',
    'Shared a memory of her grandmother that moved several people in the circle.',
    'Feels the group helped with the conversation she had been dreading at home.',
  ],
  fr: [
    'A parlé des premières semaines après le déménagement et de la difficulté des soirées.',
    'Souhaite revenir sur le rendez-vous à la préfecture la prochaine fois.',
    "Se sent mieux depuis qu'elle marche le matin avec une voisine du quartier.",
    'A demandé si la séance de décembre pouvait commencer un peu plus tard.',
    "Très ému en évoquant son frère ; le groupe a pris le temps de l'écouter.",
    'Remercie le cercle pour les conseils sur la lettre à la caisse d’allocations.',
    'Peu de paroles aujourd’hui, mais présent et attentif jusqu’à la fin.',
    'Propose d’apporter du thé à la menthe pour la prochaine rencontre.',
  ],
  ar: [
    'تحدثت عن الأسابيع الأولى بعد الانتقال وعن صعوبة الأمسيات حتى الآن.',
    'طلب من المجموعة تحديث قائمة أرقام الهاتف قبل العطلة.',
    'قالت إن نومها تحسن منذ أن بدأت المشي صباحاً مع جارتها.',
    'يود أن يعود إلى موعد السكن في اللقاء القادم إن سمح الوقت.',
    'كانت هادئة اليوم واستمعت أكثر مما تكلمت وشكرت الجميع في النهاية.',
    'ذكر مقابلة العمل يوم الخميس وطلب أن نطمئن عليه بعدها.',
    'شاركت ذكرى عن جدتها أثرت في عدد من أفراد الحلقة.',
    'يشعر أن المجموعة ساعدته في الحديث الذي كان يخشاه في البيت.',
  ],
} as const;
type Language = keyof typeof SENTENCES;
const LANGUAGES: readonly Language[] = ['en', 'fr', 'ar'];

const AGENDA = [
  { en: 'Welcome and grounding', fr: 'Accueil et ancrage', ar: 'الترحيب والتهيئة' },
  { en: 'Check-in round', fr: 'Tour de météo intérieure', ar: 'جولة الاطمئنان' },
  { en: 'Group agreements', fr: 'Rappel des accords', ar: 'تذكير باتفاقات المجموعة' },
  { en: 'Theme of the day', fr: 'Thème du jour', ar: 'موضوع اليوم' },
  { en: 'Sharing in pairs', fr: 'Partage en binômes', ar: 'المشاركة في ثنائيات' },
  { en: 'Open circle', fr: 'Cercle ouvert', ar: 'الحلقة المفتوحة' },
  { en: 'Resources and dates', fr: 'Ressources et dates', ar: 'الموارد والمواعيد' },
  { en: 'Closing words', fr: 'Mot de la fin', ar: 'كلمة الختام' },
  { en: 'Breathing together', fr: 'Respirer ensemble', ar: 'نتنفس معاً' },
] as const;

/** A read-aloud script of about 250 characters, in the plan's language. */
function script(random: Random, language: Language): string {
  let text = '';
  while (text.length < 220) text += `${text ? ' ' : ''}${pick(random, SENTENCES[language])}`;
  return text.slice(0, 300);
}

function makePlans(count: number, roster: Roster, random: Random): Plan[] {
  return Array.from({ length: count }, (_, n) => {
    const language = pick(random, LANGUAGES);
    return {
      id: opaqueId(random),
      groupId: pick(random, roster.groupIds),
      createdAt: EPOCH - Math.floor(random() * TWO_YEARS_MS),
      title: `${pick(random, AGENDA)[language]} — ${n + 1}`,
      items: Array.from({ length: between(random, 7, 9) }, () => ({
        id: opaqueId(random),
        title: pick(random, AGENDA)[language],
        durationMinutes: between(random, 3, 25),
        script: script(random, language),
      })),
    };
  });
}

const averageJsonChars = (records: readonly unknown[]): number =>
  records.length === 0
    ? 0
    : Math.round(
        records.reduce<number>((sum, record) => sum + JSON.stringify(record).length, 0) /
          records.length,
      );

// ---- timing helpers ----

// ---- the app's vault service, with a key-derivation worker whose calls are timed ----

const workerKdf = createWorkerKdf();
const derivations: { start: number; end: number }[] = [];
const timedKdf: KdfRunner = {
  async derive(passphrase, salt, params) {
    const start = performance.now();
    try {
      return await workerKdf.derive(passphrase, salt, params);
    } finally {
      derivations.push({ start, end: performance.now() });
    }
  },
  measure: (params) => workerKdf.measure(params),
};

const unreadable: UnreadableRecord[] = [];
const service = createVaultService({
  directory: openDirectoryDb(),
  openVaultDb,
  kdf: timedKdf,
  onUnreadable: (problem) => unreadable.push(problem),
});

const PASSPHRASE = 'correct horse battery staple, au café';
const LABEL = 'Bench';
/** Stands for the facilitator typing the passphrase; the app's worker starts with the lock screen. */
const TYPING_PAUSE_MS = 500;
const PAYLOAD_SEED = 0xc1c1e;

const kdfSummary = ({ memoryKiB, iterations }: KdfParams) => ({ memoryKiB, iterations });

// ---- what the benches call ----

/** Creates a vault as the app does (calibrated KDF) and stores the notes and plans. Untimed. */
async function seed(noteCount: number, planCount: number) {
  const random = prng(PAYLOAD_SEED);
  const roster = opaqueRoster(random);
  const notes = notesFor(noteCount, roster, random, UNLOCK_NOTE_CHARS);
  const plans = makePlans(planCount, roster, random);
  const calibrationStart = performance.now();
  const kdf = await service.calibrate();
  const calibrationMs = performance.now() - calibrationStart;
  const { session, recoveryKey } = await service.create({
    label: LABEL,
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  try {
    await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Samira' });
    await plansRepository(session).putMany(plans);
    await notesRepository(session).putMany(notes);
  } finally {
    session.db.close();
  }
  return {
    vaultId: session.vaultId,
    kdf: kdfSummary(kdf),
    calibrationMs: round(calibrationMs),
    notes: notes.length,
    plans: plans.length,
    averageNoteJsonChars: averageJsonChars(notes),
    averagePlanJsonChars: averageJsonChars(plans),
  };
}

/**
 * Where the time of reading a table goes, phase by phase, on a second (warm) read: IndexedDB,
 * issuing the AES-GCM decryptions (the synchronous part: AAD, copies, the WebCrypto calls),
 * waiting for them, UTF-8 + JSON.parse, zod. The repository interleaves these per record; this
 * splits them. Also the longest long task of the whole read.
 */
async function profileRead(session: VaultSession, table: VaultTableName, schema: z.ZodType) {
  const t0 = performance.now();
  const rows = await session.db.table<EncryptedRow, string>(table).toArray();
  const t1 = performance.now();
  const pending = rows.map((row) =>
    decryptRecord(
      session.dek,
      session.keyId,
      { database: session.db.name, table, id: row.id },
      row.record,
    ),
  );
  const t2 = performance.now();
  const plaintexts = (await Promise.all(pending)).map((result) => result.plaintext);
  const t3 = performance.now();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const payloads = plaintexts.map((bytes) => JSON.parse(decoder.decode(bytes)) as unknown);
  const t4 = performance.now();
  const valid = payloads.filter((payload) => schema.safeParse(payload).success).length;
  const t5 = performance.now();
  if (valid !== rows.length) throw new Error(`${table}: ${rows.length - valid} records invalid`);
  await settleLongTasks();
  return {
    rows: rows.length,
    idbReadMs: round(t1 - t0),
    decryptIssueMs: round(t2 - t1),
    decryptWaitMs: round(t3 - t2),
    jsonParseMs: round(t4 - t3),
    zodMs: round(t5 - t4),
    longestLongTaskMs: longest(longTasksBetween(t0, t5)),
  };
}

/**
 * Unlocks the page's only vault as the app does, timing the KDF (in the worker) apart from the
 * rest: header, key opening, settings and the 200 plans the first screen shows; then, for
 * information, what the notes store's load() does next: every note read and decrypted
 * (notesRepository.list), the notes by id, and the search index built over searchableText(note)
 * with the repository's yieldToPage between slices.
 */
async function unlock() {
  const vaults = await service.list();
  const vault = vaults[0];
  if (!vault || vaults.length !== 1) throw new Error(`Expected one vault, found ${vaults.length}`);
  await sleep(TYPING_PAUSE_MS);
  derivations.length = 0;
  unreadable.length = 0;

  const start = performance.now();
  const session = await service.unlock(vault.id, PASSPHRASE);
  const sessionAt = performance.now();
  try {
    const settings = await settingsRepository(session).get(SETTINGS_ID);
    const settingsAt = performance.now();
    const plans = await plansRepository(session).list();
    const firstScreenAt = performance.now();
    const notes = await notesRepository(session).list();
    const notesAt = performance.now();
    const notesById: Readonly<Record<string, Note>> = Object.fromEntries(
      notes.map((n) => [n.id, n]),
    );
    const docs = Object.values(notesById).map((n) => ({ id: n.id, text: searchableText(n) }));
    const index = await buildSearchIndex(docs, { yieldToPage });
    const indexedAt = performance.now();
    if (index.size !== notes.length) throw new Error(`Indexed ${index.size} of ${notes.length}`);

    const derivation = derivations[0];
    if (!derivation || derivations.length !== 1)
      throw new Error(`Expected one key derivation, saw ${derivations.length}`);
    if (!settings) throw new Error('The vault settings record is missing');
    if (unreadable.length > 0) throw new Error(`${unreadable.length} records were unreadable`);
    const kdfMs = derivation.end - derivation.start;
    await settleLongTasks();
    const unlockTasks = longTasksBetween(start, firstScreenAt);
    const notesTasks = longTasksBetween(firstScreenAt, notesAt);
    const indexTasks = longTasksBetween(notesAt, indexedAt);

    return {
      kdfMs: round(kdfMs),
      beyondKdfMs: round(firstScreenAt - start - kdfMs),
      notesDecryptMs: round(notesAt - firstScreenAt),
      notesIndexMs: round(indexedAt - notesAt),
      notesDecryptIndexMs: round(indexedAt - firstScreenAt),
      phases: {
        beforeKdfMs: round(derivation.start - start),
        kdfMs: round(kdfMs),
        openKeyMs: round(sessionAt - derivation.end),
        settingsMs: round(settingsAt - sessionAt),
        plansMs: round(firstScreenAt - settingsAt),
        notesMs: round(notesAt - firstScreenAt),
        indexMs: round(indexedAt - notesAt),
      },
      counts: { plans: plans.length, notes: notes.length },
      longestLongTaskMs: longest(unlockTasks),
      longTasks: unlockTasks,
      longestNotesLongTaskMs: longest(notesTasks),
      notesLongTasks: notesTasks,
      longestIndexLongTaskMs: longest(indexTasks),
      indexLongTasks: indexTasks,
      breakdown: {
        plans: await profileRead(session, 'plans', planSchema),
        notes: await profileRead(session, 'notes', noteSchema),
      },
    };
  } finally {
    session.db.close();
  }
}

/** Writes `count` notes through the repository's putMany into a new vault; times the write. */
async function bulkWrite(count: number) {
  const random = prng(PAYLOAD_SEED);
  const notes = notesFor(count, opaqueRoster(random), random, BULK_NOTE_CHARS);
  // The app's memory cost with the fewest passes: creation is not what this bench measures.
  const kdf = makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations: KDF_FLOOR.iterations });
  const { session, recoveryKey } = await service.create({
    label: LABEL,
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  try {
    await settingsRepository(session).put(DEFAULT_VAULT_SETTINGS);
    await sleep(200); // Let creation's tasks settle before the clock starts.
    const start = performance.now();
    await notesRepository(session).putMany(notes);
    const end = performance.now();
    const stored = await session.db.table('notes').count();
    if (stored !== count) throw new Error(`Wrote ${count} notes, found ${stored}`);
    await settleLongTasks();
    const tasks = longTasksBetween(start, end);
    return {
      ms: round(end - start),
      notes: stored,
      averageNoteJsonChars: averageJsonChars(notes),
      longestLongTaskMs: longest(tasks),
      longTasks: tasks,
    };
  } finally {
    session.db.close();
  }
}

const bench = { seed, unlock, bulkWrite };
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// The readiness signal bench/lib/browser.mjs waits for, as the app and bench/hello set it.
document.documentElement.dataset['ready'] = 'true';
performance.mark('circlekeeper:interactive');
