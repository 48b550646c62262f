/**
 * Property tests of importing a backup (issue 7): more than 10,000 mutated, truncated and foreign
 * files, each either refused with a typed error (BackupError from parseBackup, RestoreError from
 * the restore) and the vault left exactly as it was, or imported whole: every record of the
 * backup, decrypting to exactly what was backed up. Never a partial import, never another kind of
 * exception.
 *
 * Mutations: truncation anywhere; characters replaced, inserted or deleted; JSON edits (a row
 * dropped, duplicated or moved to another table, two values swapped, ciphertexts and nonces
 * included, counts and other numbers changed, ids and strings edited, values replaced by other
 * types or nested deeper, keys added, `__proto__` among them, or removed), with or without the
 * counts made to match; the vault header's own JSON edited and re-encoded; garbage and empty
 * files; and harmless rewrites (indentation, key order, \u escapes), which must import.
 * A file that imports must be the original file's content (encodeBackup of what was read gives
 * the original text back). Some JSON edits are also sealed again with the vault's data key, as
 * only someone with the key could: those pass the integrity tag and test the second line, every
 * record's own authentication, where a failure in the middle must still write nothing; a sealed
 * file that imports may differ from the original only in what its rows say in the clear (ids,
 * timestamps), never in a record.
 *
 * Cost: most runs restore into the vault the backup came from (its key is open: no Argon2id),
 * both modes, whole-vault and group backups, the vault reset after each import; restores as a
 * new vault on a fresh laptop and into another vault need the passphrase, and run fewer times,
 * with a deriver that computes each (passphrase, salt, parameters) once.
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { base64Decode, base64Encode, formatRecoveryKey } from '../../domain/crypto/encoding';
import type { KdfParams, KekDeriver } from '../../domain/crypto/kdf';
import { decryptRecord } from '../../domain/crypto/records';
import { newGroup } from '../../domain/groups/group';
import { newNote } from '../../domain/notes/note';
import { blankPlan, summarizePlan } from '../../domain/plans/plan';
import { vaultDbName, type EncryptedRow, type VaultDb } from '../db';
import { groupsRepository } from '../repositories/groups.repository';
import { notesRepository } from '../repositories/notes.repository';
import { planSummariesRepository, plansRepository } from '../repositories/plans.repository';
import type { VaultSession } from '../repositories/repository';
import { DEFAULT_VAULT_SETTINGS, settingsRepository } from '../repositories/settings.repository';
import {
  createTestVaultService,
  exportDatabase,
  exportValue,
  type DatabaseExport,
  type TestVaultService,
} from '../testing/vaultFixtures';
import { inlineKdf } from '../vault/kdf';
import {
  makeBackup,
  restoreAsNewVault,
  restoreIntoVault,
  RestoreError,
  sealBackup,
  type BackupSecret,
  type RestoreErrorKind,
  type RestoreMode,
} from './backup.service';
import {
  BACKUP_TABLES,
  BackupError,
  encodeBackup,
  parseBackup,
  type Backup,
  type BackupErrorKind,
  type BackupRow,
  type BackupTable,
} from './format';

const SAME_VAULT_RUNS = 10_000;
const NEW_VAULT_RUNS = 1_000;
const OTHER_VAULT_RUNS = 500;
const PASSPHRASE = 'correct horse battery staple';
const GROUP = 'g1';

const BACKUP_KINDS: readonly BackupErrorKind[] = [
  'not-a-backup',
  'newer-version',
  'damaged',
  'too-large',
  'kdf-out-of-range',
];
const RESTORE_KINDS: readonly RestoreErrorKind[] = [
  'wrong-secret',
  'tampered',
  'vault-exists',
  'storage',
];

// ---- the key-derivation: each (passphrase, salt, parameters) computed once ----

const derived = new Map<string, Uint8Array>();
let derivations = 0;
const derive: KekDeriver = async (passphrase: string, salt: Uint8Array, params: KdfParams) => {
  const key = JSON.stringify([passphrase, base64Encode(salt), params]);
  let kek = derived.get(key);
  if (!kek) {
    derivations += 1;
    kek = Uint8Array.from(await inlineKdf.derive(passphrase, salt, params));
    derived.set(key, kek);
  }
  // The envelope zeroes what it is given: a copy each time.
  return Uint8Array.from(kek);
};

// ---- the world: a vault with a backup, changed since ----

type Rows = ReadonlyMap<BackupTable, readonly EncryptedRow[]>;

interface World {
  readonly laptop: TestVaultService;
  readonly session: VaultSession;
  readonly recoveryKey: string;
  /** The backups' text, as written. */
  readonly texts: Readonly<Record<'vault' | 'group', string>>;
  /** The vault now (changed since the backups), row by row, and as a snapshot string. */
  readonly rows: Rows;
  readonly snapshot: string;
  /** Every backed-up record's plaintext, by "table/id". */
  readonly plaintexts: ReadonlyMap<string, string>;
  /** Another vault on another laptop, with its own data, and its export. */
  readonly other: {
    readonly laptop: TestVaultService;
    readonly session: VaultSession;
    readonly rows: Rows;
    readonly exported: DatabaseExport | null;
  };
}

let world: World;
const laptops: TestVaultService[] = [];
afterAll(() => {
  for (const laptop of laptops.splice(0)) laptop.close();
});

function laptop(): TestVaultService {
  const made = createTestVaultService({ kdf: { ...inlineKdf, derive } });
  laptops.push(made);
  return made;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function readRows(db: VaultDb): Promise<Map<BackupTable, EncryptedRow[]>> {
  return db.transaction('r', [...BACKUP_TABLES], async () => {
    const rows = new Map<BackupTable, EncryptedRow[]>();
    for (const table of BACKUP_TABLES)
      rows.set(table, await db.table<EncryptedRow, string>(table).toArray());
    return rows;
  });
}

/** A vault's rows as one string, byte arrays spelled out: equal strings, equal contents. */
function snapshotOf(rows: Rows): string {
  return JSON.stringify(
    BACKUP_TABLES.map((table) => [table, [...(rows.get(table) ?? [])].sort(byId).map(exportValue)]),
  );
}

async function snapshot(db: VaultDb): Promise<string> {
  return snapshotOf(await readRows(db));
}

/** Puts a vault back as it was, after an import. */
async function reset(db: VaultDb, rows: Rows): Promise<void> {
  await db.transaction('rw', [...BACKUP_TABLES], async () => {
    for (const table of BACKUP_TABLES) {
      await db.table(table).clear();
      await db.table(table).bulkPut([...(rows.get(table) ?? [])]);
    }
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function plaintextOf(session: VaultSession, table: string, row: EncryptedRow) {
  const context = { database: vaultDbName(session.vaultId), table, id: row.id };
  const { sv, plaintext } = await decryptRecord(session.dek, session.keyId, context, row.record);
  return `${String(sv)}:${utf8.decode(plaintext)}`;
}

async function seed(session: VaultSession, tag: string): Promise<void> {
  let n = 0;
  const newId = () => `${tag}-${String((n += 1))}`;
  const groups = [
    { ...newGroup({ name: 'حلقة الثلاثاء', kind: 'peer-led' }, 'ar', newId, 1000), id: GROUP },
    newGroup({ name: 'Jeudi', kind: 'peer-led' }, 'fr', newId, 1000),
  ];
  const titles = { plan: 'Séance', welcome: 'Accueil', closing: 'Clôture' };
  const place = { date: '2026-11-03', startTime: '18:30', venue: 'Salle 2' };
  const plans = groups.map((g) => blankPlan(titles, 'fr', { ...place, groupId: g.id }, newId));
  await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Samira' });
  await groupsRepository(session).putMany(groups);
  await plansRepository(session).putMany(plans);
  await planSummariesRepository(session).putMany(plans.map(summarizePlan));
  await notesRepository(session).putMany([
    newNote({ body: 'تحدثت عن الأسابيع الأولى بعد الانتقال.', groupId: GROUP }, `${tag}-n1`, 1),
    newNote({ body: 'Asked for a check-in.', groupId: GROUP, memberId: 'm1' }, `${tag}-n2`, 2),
    newNote({ body: 'Souhaite revenir « là-dessus ».', groupId: 'g2' }, `${tag}-n3`, 3),
    newNote({ body: 'No group.', sessionId: 's1', memberId: 'm2' }, `${tag}-n4`, 4),
  ]);
}

beforeAll(async () => {
  let clock = 10_000;
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
  const mine = laptop();
  const created = await mine.service.create({ label: 'Mardi', passphrase: PASSPHRASE });
  const { session } = created;
  await seed(session, 'a');
  const vaultText = encodeBackup(await makeBackup(session, mine.directory));
  const groupText = encodeBackup(
    await makeBackup(session, mine.directory, { scope: { kind: 'group', groupId: GROUP } }),
  );
  const plaintexts = new Map<string, string>();
  const { backup } = parseBackup(vaultText);
  for (const table of BACKUP_TABLES)
    for (const row of backup.tables[table] ?? [])
      plaintexts.set(`${table}/${row.id}`, await plaintextOf(session, table, rowOf(row)));

  // Since the backups: a note edited, one deleted, one added, a group renamed, a plan deleted.
  const notes = notesRepository(session);
  const edited = await notes.get('a-n1');
  if (!edited) throw new Error('a-n1 was not stored');
  await notes.put({ ...edited, body: 'Edited after the backup.' });
  await notes.delete('a-n2');
  await notes.put(newNote({ body: 'Written after the backup.', groupId: GROUP }, 'a-n9', 9));
  const group = await groupsRepository(session).get(GROUP);
  if (!group) throw new Error('the group was not stored');
  await groupsRepository(session).put({ ...group, name: 'Renamed' });
  const plan = (await plansRepository(session).list()).find((p) => p.groupId === GROUP);
  if (!plan) throw new Error('the plan was not stored');
  await plansRepository(session).delete(plan.id);
  const rows = await readRows(session.db);

  const theirs = laptop();
  const other = await theirs.service.create({
    label: 'Jeudi',
    passphrase: 'another passphrase, longer',
  });
  await seed(other.session, 'b');
  vi.restoreAllMocks();

  world = {
    laptop: mine,
    session,
    recoveryKey: formatRecoveryKey(created.recoveryKey),
    texts: { vault: vaultText, group: groupText },
    rows,
    snapshot: snapshotOf(rows),
    plaintexts,
    other: {
      laptop: theirs,
      session: other.session,
      rows: await readRows(other.session.db),
      exported: await exportDatabase(theirs.indexedDB, vaultDbName(other.session.vaultId)),
    },
  };
}, 60_000);

// ---- what an import must have written ----

function rowOf(row: BackupRow): EncryptedRow {
  return { ...row.clear, id: row.id, updatedAt: row.updatedAt, record: row.record };
}

function inGroup(table: BackupTable, row: EncryptedRow, groupId: string): boolean {
  if (table === 'groups') return row.id === groupId;
  return (
    (table === 'plans' || table === 'planSummaries' || table === 'sessions' || table === 'notes') &&
    row['groupId'] === groupId
  );
}

/**
 * The rows a vault holds after importing the backup whole (docs/backup-format.md, "Restoring"),
 * each with whether it came from the backup; records from the backup as `record` says.
 */
function expectedRows(
  before: Rows,
  backup: Backup,
  mode: RestoreMode,
  /** False into another vault, which keeps its own settings. */
  withSettings: boolean,
): Map<BackupTable, { row: EncryptedRow; imported: boolean }[]> {
  const result = new Map<BackupTable, { row: EncryptedRow; imported: boolean }[]>();
  for (const table of BACKUP_TABLES) {
    const rows = new Map(
      (before.get(table) ?? []).map((row) => [row.id, { row, imported: false }]),
    );
    const incoming =
      table === 'settings' && !withSettings ? [] : (backup.tables[table] ?? []).map(rowOf);
    if (mode === 'replace' && (table !== 'settings' || withSettings)) {
      const { scope } = backup;
      for (const [id, { row }] of rows)
        if (scope.kind === 'vault' || inGroup(table, row, scope.groupId)) rows.delete(id);
    }
    for (const row of incoming) {
      const here = rows.get(row.id);
      if (mode === 'replace' || !here || row.updatedAt > here.row.updatedAt)
        rows.set(row.id, { row, imported: true });
    }
    result.set(
      table,
      [...rows.values()].sort((a, b) => byId(a.row, b.row)),
    );
  }
  return result;
}

/** Every record the import wrote decrypts, in its new place, to what was backed up. */
async function expectOriginalPlaintexts(
  session: VaultSession,
  expected: Map<BackupTable, { row: EncryptedRow; imported: boolean }[]>,
): Promise<void> {
  const stored = await readRows(session.db);
  for (const table of BACKUP_TABLES) {
    const rows = stored.get(table) ?? [];
    for (const { row, imported } of expected.get(table) ?? []) {
      if (!imported) continue;
      const here = rows.find((r) => r.id === row.id);
      if (!here) throw new Error(`${table}/${row.id} was not imported`);
      expect(await plaintextOf(session, table, here)).toBe(
        world.plaintexts.get(`${table}/${row.id}`),
      );
    }
  }
}

// ---- mutations ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

type JsonEdit =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'set'; readonly at: number; readonly value: Json }
  | { readonly op: 'number'; readonly at: number; readonly change: (typeof NUMBER_CHANGES)[number] }
  | { readonly op: 'string'; readonly at: number; readonly change: (typeof STRING_CHANGES)[number] }
  | { readonly op: 'wrap'; readonly at: number; readonly as: 'array' | 'object' }
  | { readonly op: 'addKey'; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly op: 'swap'; readonly at: number; readonly other: number }
  | { readonly op: 'dropRow'; readonly at: number }
  | { readonly op: 'duplicateRow'; readonly at: number }
  | { readonly op: 'moveRow'; readonly at: number; readonly to: BackupTable }
  | { readonly op: 'flipBase64'; readonly at: number; readonly index: number };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const NUMBER_CHANGES = ['+1', '-1', '*2', 'negate', '+0.5', '2^53', '1e21', 'zero', '2'] as const;
const STRING_CHANGES = ['append', 'chop', 'empty', 'upper', 'space', 'long', 'flip'] as const;

type Mutation =
  | { readonly kind: 'original' }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly with: string }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | {
      readonly kind: 'json';
      readonly edits: readonly JsonEdit[];
      readonly fixCounts: boolean;
      readonly reseal: boolean;
    }
  | { readonly kind: 'header'; readonly edits: readonly JsonEdit[]; readonly reseal: boolean }
  | { readonly kind: 'garbage'; readonly text: string }
  | { readonly kind: 'harmless'; readonly style: 'indent' | 'reversed-keys' | 'escaped' };

const position = fc.nat({ max: 1_000_000 });
const INTERESTING = [
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '\n',
  '0',
  '9',
  '-',
  '.',
  'e',
  'A',
  '=',
  '/',
  '+',
  'é',
  'ع',
  '\u0000',
  '\ud800',
  '🌿',
  'null',
  'true',
  '1e999',
];
const KEYS = [
  '__proto__',
  'constructor',
  'extra',
  'id',
  'groupId',
  'updatedAt',
  'createdAt',
  'v',
  'sv',
  'record',
  'clear',
  'tables',
  'counts',
  'notes',
  'plans',
  'bogus',
  'memberAt',
  'format',
  'version',
];

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1, 1.5, 2, 2 ** 53, '', 'x', 'AAAA', [], {}, [
    [[[[[[[[1]]]]]]]],
  ]),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position }),
  fc.record({ op: fc.constant('set' as const), at: position, value: jsonValue }),
  fc.record({
    op: fc.constant('number' as const),
    at: position,
    change: fc.constantFrom(...NUMBER_CHANGES),
  }),
  fc.record({
    op: fc.constant('string' as const),
    at: position,
    change: fc.constantFrom(...STRING_CHANGES),
  }),
  fc.record({
    op: fc.constant('wrap' as const),
    at: position,
    as: fc.constantFrom('array' as const, 'object' as const),
  }),
  fc.record({
    op: fc.constant('addKey' as const),
    at: position,
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
    value: jsonValue,
  }),
  fc.record({ op: fc.constant('swap' as const), at: position, other: position }),
  fc.record({ op: fc.constant('dropRow' as const), at: position }),
  fc.record({ op: fc.constant('duplicateRow' as const), at: position }),
  fc.record({ op: fc.constant('flipBase64' as const), at: position, index: position }),
  fc.record({
    op: fc.constant('moveRow' as const),
    at: position,
    to: fc.constantFrom(...BACKUP_TABLES),
  }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'original' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: position,
      with: fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ minLength: 1, maxLength: 1 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      text: fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ minLength: 1, maxLength: 6 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: position,
      length: fc.integer({ min: 1, max: 12 }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      edits: fc.array(jsonEdit, { minLength: 1, maxLength: 3 }),
      fixCounts: fc.boolean(),
      reseal: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('header' as const),
      edits: fc.array(jsonEdit, { minLength: 1, maxLength: 2 }),
      reseal: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      text: fc.oneof(
        fc.constantFrom(
          '',
          ' ',
          'null',
          '[]',
          '{}',
          '"circlekeeper-backup"',
          '{"format":"circlekeeper-backup"}',
          '{"format":"circlekeeper-backup","version":2}',
          '{"format":"circlekeeper-backup","version":1.5}',
          '{"format":"circlekeeper-backup",',
        ),
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.jsonValue({ maxDepth: 12 }).map((value) => JSON.stringify(value)),
        fc.string({ maxLength: 100 }).map((tail) => `{"format":"circlekeeper-backup",${tail}`),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('harmless' as const),
      style: fc.constantFrom('indent' as const, 'reversed-keys' as const, 'escaped' as const),
    }),
  },
);

/** Every path in a JSON document, parents before children, the root first. */
function pathsOf(value: Json): Path[] {
  const paths: Path[] = [];
  const visit = (node: Json, path: Path) => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, [...path, i]));
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  visit(value, []);
  return paths;
}

function get(root: Json, path: Path): Json {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[step] ?? null;
  }
  return node;
}

/** Sets an own property, `__proto__` included (plain assignment would set the prototype). */
function put(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent !== null && typeof parent === 'object' && key !== undefined)
    Object.defineProperty(parent, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

function remove(root: Json, path: Path): void {
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (parent !== null && typeof parent === 'object' && key !== undefined)
    Reflect.deleteProperty(parent, key);
}

function changeNumber(value: Json, change: (typeof NUMBER_CHANGES)[number]): Json {
  const n = typeof value === 'number' ? value : 0;
  const changes = {
    '+1': n + 1,
    '-1': n - 1,
    '*2': n * 2,
    negate: -n,
    '+0.5': n + 0.5,
    '2^53': 2 ** 53,
    '1e21': 1e21,
    zero: 0,
    '2': 2,
  };
  return changes[change];
}

function changeString(value: Json, change: (typeof STRING_CHANGES)[number]): Json {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const changes = {
    append: `${s}A`,
    chop: s.slice(0, -1),
    empty: '',
    upper: s.toUpperCase(),
    space: ` ${s}`,
    long: s.padEnd(300, 'x'),
    flip: s.length === 0 ? 'A' : `${s.slice(0, -2)}${s.at(-1) === 'A' ? 'B' : 'A'}${s.slice(-1)}`,
  };
  return changes[change];
}

/** The rows of the document, as paths: tables.<table>.<i>. */
function rowPaths(root: Json): Path[] {
  const tables = get(root, ['tables']);
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) return [];
  return Object.entries(tables).flatMap(([table, rows]) =>
    Array.isArray(rows) ? rows.map((_, i) => ['tables', table, i] as Path) : [],
  );
}

function applyEdit(root: Json, edit: JsonEdit): Json {
  const paths = pathsOf(root);
  const path = paths[edit.at % paths.length] ?? [];
  const here = get(root, path);
  switch (edit.op) {
    case 'delete':
      if (path.length > 0) remove(root, path);
      return root;
    case 'set':
      return put(root, path, edit.value);
    case 'number':
      return put(root, path, changeNumber(here, edit.change));
    case 'string':
      return put(root, path, changeString(here, edit.change));
    case 'wrap':
      return put(root, path, edit.as === 'array' ? [here] : { value: here });
    case 'addKey':
      if (here !== null && typeof here === 'object' && !Array.isArray(here))
        put(root, [...path, edit.key], edit.value);
      else if (Array.isArray(here)) here.push(edit.value);
      return root;
    case 'swap': {
      // Two values under the same name (two rows' ct, nonce, record, id…), or any two.
      const last = path[path.length - 1];
      const alike = paths.filter((p) => p !== path && p[p.length - 1] === last && p.length > 0);
      const pool = alike.length > 0 ? alike : paths.filter((p) => p.length > 0);
      const other = pool[edit.other % Math.max(1, pool.length)];
      if (!other || path.length === 0) return root;
      const there = get(root, other);
      const [a, b] = [JSON.stringify(here), JSON.stringify(there)];
      put(root, path, JSON.parse(b) as Json);
      return put(root, other, JSON.parse(a) as Json);
    }
    case 'flipBase64': {
      // One character of a ciphertext, nonce, tag or header for another: still valid base64.
      const encoded = paths.filter((p) => {
        const value = get(root, p);
        return typeof value === 'string' && value.length >= 8 && /^[A-Za-z0-9+/]+=*$/u.test(value);
      });
      const target = encoded[edit.at % Math.max(1, encoded.length)];
      const value = target ? get(root, target) : null;
      if (!target || typeof value !== 'string') return root;
      const i = edit.index % (value.length - 4);
      const next = BASE64.charAt((BASE64.indexOf(value.charAt(i)) + 1) % 64);
      return put(root, target, value.slice(0, i) + next + value.slice(i + 1));
    }
    case 'dropRow':
    case 'duplicateRow':
    case 'moveRow': {
      const rows = rowPaths(root);
      const row = rows[edit.at % Math.max(1, rows.length)];
      if (!row) return root;
      const list = get(root, row.slice(0, -1)) as Json[];
      const index = row[2] as number;
      const [taken] = edit.op === 'duplicateRow' ? [list[index]] : list.splice(index, 1);
      if (taken === undefined) return root;
      if (edit.op === 'duplicateRow')
        list.splice(index, 0, JSON.parse(JSON.stringify(taken)) as Json);
      if (edit.op === 'moveRow') {
        const target = get(root, ['tables', edit.to]);
        if (Array.isArray(target)) target.push(taken);
        else put(root, ['tables', edit.to], [taken]);
      }
      return root;
    }
  }
}

function fixCounts(root: Json): void {
  const tables = get(root, ['tables']);
  const counts = get(root, ['counts']);
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) return;
  if (counts === null || typeof counts !== 'object' || Array.isArray(counts)) return;
  for (const [table, rows] of Object.entries(tables))
    if (Array.isArray(rows)) put(counts, [table], rows.length);
}

function reversedKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reversedKeys(child)]),
  );
}

/** The file's text after the mutation, and whether it should be sealed again. */
function mutate(text: string, m: Mutation): { text: string; reseal: boolean } {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'original':
      return { text, reseal: false };
    case 'truncate':
      return { text: text.slice(0, Math.min(at(m.at), text.length - 1)), reseal: false };
    case 'replace':
      return { text: text.slice(0, at(m.at)) + m.with + text.slice(at(m.at) + 1), reseal: false };
    case 'insert':
      return { text: text.slice(0, at(m.at)) + m.text + text.slice(at(m.at)), reseal: false };
    case 'delete':
      return { text: text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length), reseal: false };
    case 'garbage':
      return { text: m.text, reseal: false };
    case 'harmless': {
      const json = JSON.parse(text) as Json;
      if (m.style === 'indent') return { text: JSON.stringify(json, null, 2), reseal: false };
      if (m.style === 'reversed-keys')
        return { text: JSON.stringify(reversedKeys(json)), reseal: false };
      // Every non-ASCII character and every "n" as a \u escape.
      const escaped = text.replace(
        /[^\x20-\x7e]|n/gu,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      return { text: escaped, reseal: false };
    }
    case 'json': {
      let json = JSON.parse(text) as Json;
      for (const edit of m.edits) json = applyEdit(json, edit);
      if (m.fixCounts) fixCounts(json);
      return { text: JSON.stringify(json), reseal: m.reseal };
    }
    case 'header': {
      const json = JSON.parse(text) as { vault: { header: string } };
      const bytes = base64Decode(json.vault.header);
      let header = JSON.parse(new TextDecoder().decode(bytes.subarray(5))) as Json;
      for (const edit of m.edits) header = applyEdit(header, edit);
      const body = new TextEncoder().encode(JSON.stringify(header));
      const encoded = new Uint8Array(5 + body.length);
      encoded.set(bytes.subarray(0, 5));
      encoded.set(body, 5);
      json.vault.header = base64Encode(encoded);
      return { text: JSON.stringify(json), reseal: m.reseal };
    }
  }
}

// ---- outcomes ----

/** Two snapshots are the same; if not, a readable diff. */
function expectSame(actual: string, expected: string): void {
  if (actual !== expected) expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
}

/** The same JSON document, object keys in any order: what a harmless rewrite may change. */
function expectSameContent(actual: string, expected: string): void {
  const sorted = (value: Json): Json =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted(value[key] ?? null)]),
          )
        : value;
  expectSame(
    JSON.stringify(sorted(JSON.parse(actual) as Json)),
    JSON.stringify(sorted(JSON.parse(expected) as Json)),
  );
}

type Outcome = `parse:${BackupErrorKind}` | `restore:${RestoreErrorKind}` | 'imported';

function tally(outcomes: Map<string, number>, outcome: string): void {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}

/** parseBackup's answer: the backup (sealed again if asked), or its typed refusal. */
async function read(
  text: string,
  reseal: boolean,
  dek: CryptoKey,
): Promise<{ backup: Backup; resealed: boolean } | Outcome> {
  try {
    const { backup } = parseBackup(text);
    return reseal
      ? { backup: await sealBackup(backup, dek), resealed: true }
      : { backup, resealed: false };
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    expect(BACKUP_KINDS).toContain(error.kind);
    return `parse:${error.kind}`;
  }
}

/** RestoreError's answer (anything else fails the property), told apart for sealed-again files. */
function refusal(error: unknown, resealed: boolean): string {
  if (!(error instanceof RestoreError)) throw error;
  expect(RESTORE_KINDS).toContain(error.kind);
  return `restore:${error.kind}${resealed ? ' (sealed again)' : ''}`;
}

function summary(outcomes: Map<string, number>): string {
  return [...outcomes]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([o, n]) => `${o} ${String(n)}`)
    .join(', ');
}

// ---- the properties ----

const base = fc.constantFrom('vault' as const, 'group' as const);
const modes = fc.constantFrom<RestoreMode>('merge', 'replace');
/** Mostly none; sometimes the disk fails writing one table (or the directory row). */
const faults = fc.oneof(
  { weight: 9, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...BACKUP_TABLES) },
);

const diskFull = () => Dexie.Promise.reject(new DOMException('disk full', 'QuotaExceededError'));

/** Makes every write to one table of `db` fail, as a full disk would; returns the undo. */
function failWrites(db: VaultDb, table: BackupTable | null): () => void {
  if (table === null) return () => undefined;
  const tableOf = db.table.bind(db);
  // An own property over Dexie's method (on its prototype), deleted again by the undo.
  Object.defineProperty(db, 'table', {
    configurable: true,
    value: (name: string) => {
      const real = tableOf(name);
      if (name !== table) return real;
      return Object.assign(Object.create(real) as typeof real, {
        bulkPut: diskFull,
        bulkAdd: diskFull,
        bulkDelete: diskFull,
      });
    },
  });
  return () => Reflect.deleteProperty(db, 'table');
}

describe('importing mutated, truncated and foreign backup files', () => {
  it(`${SAME_VAULT_RUNS.toLocaleString('en')} files into the vault they came from: refused with a typed error and nothing changed, or imported whole`, async () => {
    const outcomes = new Map<string, number>();
    const { session } = world;
    const exported = await exportDatabase(world.laptop.indexedDB, vaultDbName(session.vaultId));
    await fc.assert(
      fc.asyncProperty(base, mutation, modes, faults, async (which, m, mode, fault) => {
        const original = world.texts[which];
        const { text, reseal } = mutate(original, m);
        const parsed = await read(text, reseal, session.dek);
        if (typeof parsed === 'string') {
          tally(outcomes, parsed);
          return;
        }
        const { backup, resealed } = parsed;
        let report;
        const undo = failWrites(session.db, fault);
        try {
          report = await restoreIntoVault(session, backup, { mode, derive });
        } catch (error) {
          tally(outcomes, refusal(error, resealed));
          expectSame(await snapshot(session.db), world.snapshot);
          return;
        } finally {
          undo();
        }
        // Every import writes every table: one that can't be written can't import.
        expect(fault).toBeNull();
        tally(outcomes, resealed ? 'imported (sealed again)' : 'imported');
        try {
          if (!resealed) expectSameContent(encodeBackup(backup), original);
          const expected = expectedRows(world.rows, backup, mode, true);
          const rows = new Map([...expected].map(([t, list]) => [t, list.map((e) => e.row)]));
          expectSame(await snapshot(session.db), snapshotOf(rows));
          await expectOriginalPlaintexts(session, expected);
          const incoming = BACKUP_TABLES.reduce((n, t) => n + (backup.tables[t]?.length ?? 0), 0);
          expect(report.added + report.updated + report.kept).toBe(incoming);
        } finally {
          await reset(session.db, world.rows);
        }
      }),
      { numRuns: SAME_VAULT_RUNS },
    );
    console.info(`same vault: ${summary(outcomes)}`);
    // Not vacuous: files got past parsing, some were caught by the tag or a record, some imported.
    expect(outcomes.get('restore:tampered') ?? 0).toBeGreaterThan(SAME_VAULT_RUNS / 20);
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(SAME_VAULT_RUNS / 100);
    expect(outcomes.get('imported (sealed again)') ?? 0).toBeGreaterThan(SAME_VAULT_RUNS / 100);
    // Sealed again, so past the tag, and refused by a record's own authentication.
    expect(outcomes.get('restore:tampered (sealed again)') ?? 0).toBeGreaterThan(
      SAME_VAULT_RUNS / 400,
    );
    // A write failing after others in the same transaction: all of them rolled back.
    expect(outcomes.get('restore:storage') ?? 0).toBeGreaterThan(SAME_VAULT_RUNS / 400);
    // And the vault, after all that, is byte for byte as it was.
    expect(await exportDatabase(world.laptop.indexedDB, vaultDbName(session.vaultId))).toEqual(
      exported,
    );
  }, 120_000);

  it(`${NEW_VAULT_RUNS.toLocaleString('en')} files restored as a new vault on a fresh laptop: nothing written unless everything is`, async () => {
    const outcomes = new Map<string, number>();
    const secrets = fc.constantFrom<BackupSecret>(
      { passphrase: PASSPHRASE },
      { passphrase: PASSPHRASE },
      { recoveryKey: world.recoveryKey },
      { passphrase: 'not the passphrase' },
    );
    const newVaultFaults = fc.oneof(
      { weight: 9, arbitrary: faults },
      { weight: 1, arbitrary: fc.constant('directory' as const) },
    );
    await fc.assert(
      fc.asyncProperty(base, mutation, secrets, newVaultFaults, async (which, m, secret, fault) => {
        const original = world.texts[which];
        const { text, reseal } = mutate(original, m);
        const parsed = await read(text, reseal, world.session.dek);
        if (typeof parsed === 'string') {
          tally(outcomes, parsed);
          return;
        }
        const { backup, resealed } = parsed;
        const fresh = createTestVaultService({ kdf: { ...inlineKdf, derive } });
        try {
          // The disk fails writing a table, or the directory row after the tables.
          const openVaultDb = (vaultId: string) => {
            const db = fresh.openVaultDb(vaultId);
            if (fault !== 'directory') failWrites(db, fault);
            return db;
          };
          if (fault === 'directory')
            vi.spyOn(fresh.directory.vaults, 'add').mockImplementation(diskFull);
          const deps = { directory: fresh.directory, openVaultDb, derive };
          let restored;
          try {
            restored = await restoreAsNewVault(deps, backup, secret);
          } catch (error) {
            tally(outcomes, refusal(error, resealed));
            expect(await fresh.directory.vaults.count()).toBe(0);
            const names = (await fresh.indexedDB.databases()).map((db) => db.name);
            expect(names.filter((name) => name !== 'circlekeeper')).toEqual([]);
            return;
          }
          expect(fault).toBeNull();
          tally(outcomes, resealed ? 'imported (sealed again)' : 'imported');
          if (!resealed) expectSameContent(encodeBackup(backup), original);
          expect(await fresh.directory.vaults.toArray()).toMatchObject([
            { id: backup.vaultId, label: backup.label },
          ]);
          const session = { ...restored, db: fresh.openVaultDb(restored.vaultId) };
          const expected = expectedRows(new Map(), backup, 'replace', true);
          const rows = new Map([...expected].map(([t, list]) => [t, list.map((e) => e.row)]));
          expectSame(await snapshot(session.db), snapshotOf(rows));
          await expectOriginalPlaintexts(session, expected);
        } finally {
          fresh.close();
        }
      }),
      { numRuns: NEW_VAULT_RUNS },
    );
    console.info(`new vault: ${summary(outcomes)}; ${String(derivations)} Argon2id derivations`);
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('restore:wrong-secret') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('restore:storage') ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it(`${OTHER_VAULT_RUNS.toLocaleString('en')} files imported into another vault with their passphrase: its data unchanged on refusal`, async () => {
    const outcomes = new Map<string, number>();
    const { other } = world;
    await fc.assert(
      fc.asyncProperty(base, mutation, modes, async (which, m, mode) => {
        const original = world.texts[which];
        const { text, reseal } = mutate(original, m);
        const parsed = await read(text, reseal, world.session.dek);
        if (typeof parsed === 'string') {
          tally(outcomes, parsed);
          return;
        }
        const { backup, resealed } = parsed;
        const secret = { passphrase: PASSPHRASE };
        let report;
        try {
          report = await restoreIntoVault(other.session, backup, { mode, derive, secret });
        } catch (error) {
          tally(outcomes, refusal(error, resealed));
          expect(
            await exportDatabase(other.laptop.indexedDB, vaultDbName(other.session.vaultId)),
          ).toEqual(other.exported);
          return;
        }
        tally(outcomes, resealed ? 'imported (sealed again)' : 'imported');
        try {
          if (!resealed) expectSameContent(encodeBackup(backup), original);
          const expected = expectedRows(other.rows, backup, mode, false);
          const stored = await readRows(other.session.db);
          for (const table of BACKUP_TABLES) {
            const list = expected.get(table) ?? [];
            const here = stored.get(table) ?? [];
            expect(here.map((r) => r.id)).toEqual(list.map((e) => e.row.id));
            list.forEach(({ row, imported }, i) => {
              const stored = here[i];
              if (imported) {
                // Encrypted again under this vault's key; the same clear fields.
                expect(stored?.record.keyId).toBe(other.session.keyId);
                expect({ ...stored, record: null }).toEqual({ ...row, record: null });
              } else expect(exportValue(stored)).toEqual(exportValue(row));
            });
          }
          await expectOriginalPlaintexts(other.session, expected);
          expect(report.added + report.updated + report.kept).toBeGreaterThan(0);
        } finally {
          await reset(other.session.db, other.rows);
        }
      }),
      { numRuns: OTHER_VAULT_RUNS },
    );
    console.info(
      `another vault: ${summary(outcomes)}; ${String(derivations)} Argon2id derivations`,
    );
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(0);
  }, 60_000);
});
