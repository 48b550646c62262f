/**
 * The backup bench's page (bench/benches/backup.mjs): the app's vault service, backup format and
 * data layer imported straight from renderer/src, behind `window.bench`.
 *
 * seed() creates a vault (the app's memory cost, the floor's passes) and writes, through the
 * app's repositories, the settings, 12 groups, 5,000 notes of about 2 KB from
 * bench/pages/notes-corpus.ts (English, French, Arabic) and 200 of the app's own plans
 * (instantiateTemplate over the built-in templates, as "New plan" makes them) with their
 * summaries. Untimed.
 *
 * measure(), in a restarted browser, unlocks (untimed) and times what the app does:
 * - export: the vault service's backup() (makeBackup: every table read a page at a time, sealed)
 *   then encodeBackup (the file's text);
 * - restore: parseBackup of that text, then the vault service's restoreAsNewVault with the
 *   passphrase after the vault was deleted (a new laptop, or after a deletion): the key derived
 *   in the app's worker (timed on its own and reported apart), the integrity tag, every record
 *   decrypted, one transaction, the directory row. The restored vault is then checked: every
 *   table holds what the backup counts, and a note and a plan read back through the repositories.
 */
import {
  BACKUP_TABLES,
  backupCounts,
  encodeBackup,
  integrityInput,
  parseBackup,
  type Backup,
} from '../../renderer/src/data/backup/format';
import { openDirectoryDb, openVaultDb } from '../../renderer/src/data/db';
import { groupsRepository } from '../../renderer/src/data/repositories/groups.repository';
import { notesRepository } from '../../renderer/src/data/repositories/notes.repository';
import {
  planSummariesRepository,
  plansRepository,
} from '../../renderer/src/data/repositories/plans.repository';
import type { UnreadableRecord } from '../../renderer/src/data/repositories/repository';
import {
  DEFAULT_VAULT_SETTINGS,
  settingsRepository,
} from '../../renderer/src/data/repositories/settings.repository';
import type { KdfRunner } from '../../renderer/src/data/vault/kdf';
import { createWorkerKdf } from '../../renderer/src/data/vault/kdf-client';
import { createVaultService } from '../../renderer/src/data/vault/vault.service';
import { base64Decode, base64Encode } from '../../renderer/src/domain/crypto/encoding';
import { KDF_FLOOR, KDF_MEMORY_KIB, makeKdfParams } from '../../renderer/src/domain/crypto/kdf';
import { newGroup } from '../../renderer/src/domain/groups/group';
import { addDays, instantiateTemplate, summarizePlan } from '../../renderer/src/domain/plans/plan';
import { BUILT_IN_TEMPLATES, TEMPLATE_LANGUAGES } from '../../renderer/src/domain/plans/templates';
import { longest, longTasksBetween, round, settleLongTasks, sleep } from '../pages/long-tasks';
import { makeNotes, makeRoster, pick, prng, seededUuid } from '../pages/notes-corpus';

const PASSPHRASE = 'correct horse battery staple, au café';
const LABEL = 'Bench';
const SEED = 0xbac0;
const EPOCH = Date.UTC(2026, 10, 1);

// ---- the app's vault service, with a key-derivation worker whose calls are timed ----

const workerKdf = createWorkerKdf();
const derivations: number[] = [];
const timedKdf: KdfRunner = {
  async derive(passphrase, salt, params) {
    const start = performance.now();
    try {
      return await workerKdf.derive(passphrase, salt, params);
    } finally {
      derivations.push(performance.now() - start);
    }
  },
  measure: (params) => workerKdf.measure(params),
};
const unreadable: UnreadableRecord[] = [];
const directory = openDirectoryDb();
const service = createVaultService({
  directory,
  openVaultDb,
  kdf: timedKdf,
  onUnreadable: (problem) => unreadable.push(problem),
});

// ---- seeding (untimed) ----

async function seed(noteCount: number, planCount: number) {
  const random = prng(SEED);
  const roster = makeRoster(random);
  const notes = makeNotes(noteCount, random, {
    minChars: 1_500,
    maxChars: 2_500,
    ...roster,
    now: EPOCH,
  });
  const groups = roster.groupIds.map((id, n) => ({
    ...newGroup(
      { name: `Circle ${String(n + 1)}`, kind: 'peer-led' },
      'en',
      () => id,
      EPOCH - n * 86_400_000,
    ),
    meetingTime: '18:30',
    venue: 'Community centre, room 2',
  }));
  const plans = Array.from({ length: planCount }, (_, n) => {
    const group = pick(random, groups);
    const template = BUILT_IN_TEMPLATES[n % BUILT_IN_TEMPLATES.length];
    if (!template) throw new Error('no built-in templates');
    const language = pick(random, TEMPLATE_LANGUAGES);
    const place = {
      groupId: group.id,
      date: addDays('2026-11-03', 7 * (n % 40) - 140),
      startTime: group.meetingTime,
      venue: group.venue,
    };
    return instantiateTemplate(template, language, place, () => seededUuid(random));
  });
  // The app's memory cost with the fewest passes: unlocking is not what this bench measures.
  const kdf = makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations: KDF_FLOOR.iterations });
  const { session, recoveryKey } = await service.create({
    label: LABEL,
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  try {
    await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Samira' });
    await groupsRepository(session).putMany(groups);
    await notesRepository(session).putMany(notes);
    await plansRepository(session).putMany(plans);
    await planSummariesRepository(session).putMany(plans.map(summarizePlan));
    const counts = {
      notes: await session.db.table('notes').count(),
      plans: await session.db.table('plans').count(),
    };
    if (counts.notes !== noteCount || counts.plans !== planCount)
      throw new Error(
        `Stored ${JSON.stringify(counts)}, not ${String(noteCount)} notes and ${String(planCount)} plans`,
      );
    const json = (records: readonly unknown[]) =>
      Math.round(
        records.reduce<number>((sum, r) => sum + JSON.stringify(r).length, 0) / records.length,
      );
    return { ...counts, averageNoteJsonChars: json(notes), averagePlanJsonChars: json(plans) };
  } finally {
    session.db.close();
  }
}

// ---- measuring, after a restart ----

/** A base64 through the platform's btoa/atob, for comparison with the app's own (information). */
function btoaEncode(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
function atobDecode(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Where the time goes (information, after the timed part): the integrity input alone (made when
 * sealing and again when checking), and base64 of every record's ciphertext with the app's
 * encoding.ts and with the platform's btoa/atob.
 */
function breakdown(backup: Backup) {
  const cts = BACKUP_TABLES.flatMap((t) => (backup.tables[t] ?? []).map((row) => row.record.ct));
  const time = (work: () => unknown) => {
    const start = performance.now();
    work();
    return round(performance.now() - start);
  };
  let texts: string[] = [];
  return {
    integrityInputMs: time(() => integrityInput(backup)),
    appBase64EncodeMs: time(() => (texts = cts.map(base64Encode))),
    appBase64DecodeMs: time(() => texts.map(base64Decode)),
    btoaEncodeMs: time(() => cts.map(btoaEncode)),
    atobDecodeMs: time(() => texts.map(atobDecode)),
    ciphertextBytes: cts.reduce((sum, ct) => sum + ct.length, 0),
  };
}

async function measure() {
  unreadable.length = 0;
  const vaults = await service.list();
  const vault = vaults[0];
  if (!vault || vaults.length !== 1)
    throw new Error(`Expected one vault, found ${String(vaults.length)}`);
  const session = await service.unlock(vault.id, PASSPHRASE);
  let text: string;
  let exported;
  try {
    await sleep(300); // Unlocking's own tasks are done before the export begins.

    // 1. Export: the backup made and sealed, then the file's text.
    const e0 = performance.now();
    const backup = await service.backup(session);
    const e1 = performance.now();
    text = encodeBackup(backup);
    const e2 = performance.now();
    await settleLongTasks();
    const tasks = longTasksBetween(e0, e2);
    exported = {
      ms: round(e2 - e0),
      makeBackupMs: round(e1 - e0),
      encodeMs: round(e2 - e1),
      bytes: new Blob([text]).size,
      counts: backupCounts(backup),
      longestLongTaskMs: longest(tasks),
      longTasks: tasks,
    };
  } finally {
    session.db.close();
  }

  // 2. The vault goes (untimed), as on a new laptop or after a deletion.
  await service.delete(vault.id, vault.label);
  if ((await service.list()).length !== 0) throw new Error('The vault was not deleted');
  await sleep(300);

  // 3. Restore: the file read and checked, then restored as a vault of its own.
  derivations.length = 0;
  const r0 = performance.now();
  const { backup: read } = parseBackup(text);
  const r1 = performance.now();
  const restored = await service.restoreAsNewVault(read, { passphrase: PASSPHRASE });
  const r2 = performance.now();
  await settleLongTasks();
  const tasks = longTasksBetween(r0, r2);
  const kdfMs = derivations.reduce((sum, ms) => sum + ms, 0);
  try {
    // The vault is back whole: every table as counted, records readable.
    for (const [table, rows] of Object.entries(read.tables)) {
      const stored = await restored.db.table(table).count();
      if (stored !== rows.length)
        throw new Error(
          `${table}: ${String(stored)} rows restored, ${String(rows.length)} backed up`,
        );
    }
    const note = await notesRepository(restored).get(read.tables.notes?.[0]?.id ?? '');
    const plan = await plansRepository(restored).get(read.tables.plans?.[0]?.id ?? '');
    if (!note || !plan || unreadable.length > 0)
      throw new Error('The restored vault does not read back');
  } finally {
    restored.db.close();
  }
  await sleep(300);
  return {
    breakdown: breakdown(read),
    export: exported,
    restore: {
      parseMs: round(r1 - r0),
      restoreAsNewVaultMs: round(r2 - r1),
      kdfMs: round(kdfMs),
      derivations: derivations.length,
      withoutKdfMs: round(r2 - r0 - kdfMs),
      totalMs: round(r2 - r0),
      longestLongTaskMs: longest(tasks),
      longTasks: tasks,
    },
  };
}

const bench = { seed, measure };
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// The readiness signal bench/lib/browser.mjs waits for, as the app and bench/hello set it.
document.documentElement.dataset['ready'] = 'true';
performance.mark('circlekeeper:interactive');
