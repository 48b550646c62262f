import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from '../schema/zod';
import { base32Encode, isBytes, randomBytes, utf8Encode } from '../../domain/crypto/encoding';
import { VaultError, type VaultErrorKind } from '../../domain/crypto/errors';
import { encryptRecord, type EncryptedRecord } from '../../domain/crypto/records';
import { vaultDbName, type EncryptedRow, type VaultDb } from '../db';
import {
  createTestDatabases,
  createTestSession,
  enableLiveQueries,
  findPlaintext,
  rejectionOf,
  type TestDatabases,
} from '../testing/vaultFixtures';
import {
  createRepository,
  READ_PAGE,
  WRITE_CHUNK,
  type Repository,
  type RepositoryOptions,
  type UnreadableRecord,
  type VaultSession,
} from './repository';

// The repository is generic over its table; the vault schema has one table so far, so these
// tests keep notes-like records in it.
const noteSchema = z
  .object({
    id: z.string().min(1),
    groupId: z.string(),
    createdAt: z.number().int(),
    member: z.string().min(1),
    text: z.string(),
  })
  .strict();
type Note = z.infer<typeof noteSchema>;

const noteOptions: RepositoryOptions<Note> = {
  table: 'settings',
  schemaVersion: 1,
  schema: noteSchema,
  clearFields: (note) => ({ groupId: note.groupId, createdAt: note.createdAt }),
};

const MEMBERS = ['Margaux', 'Yusuf', 'Hélène', 'Oluwaseun'];
const TEXTS = [
  'relapsed after the funeral',
  'first month sober, told her sister',
  'لم أنم منذ أسبوع',
  'wants to speak about the custody hearing',
];

function note(id: string, i = 0, overrides: Partial<Note> = {}): Note {
  return {
    id,
    groupId: `group-${i % 2}`,
    createdAt: 1_700_000_000_000 + i,
    member: MEMBERS[i % MEMBERS.length] ?? 'Margaux',
    text: TEXTS[i % TEXTS.length] ?? '',
    ...overrides,
  };
}

let databases: TestDatabases;
let session: VaultSession;
let unreadable: UnreadableRecord[];
let clock: number;

function notes(options: Partial<RepositoryOptions<Note>> = {}): Repository<Note> {
  return createRepository<Note>(session, { ...noteOptions, now: () => clock, ...options });
}

const rawRows = () => session.db.settings.toArray();

async function rawRow(id: string): Promise<EncryptedRow> {
  const row = await session.db.settings.get(id);
  if (!row) throw new Error(`no stored row ${id}`);
  return row;
}

/** Overwrites a stored row's record behind the repository's back. */
async function tamper(id: string, record: unknown): Promise<void> {
  const row = await rawRow(id);
  await session.db.settings.put({ ...row, record: record as EncryptedRecord });
}

function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

async function expectVaultError(promise: Promise<unknown>, kind: VaultErrorKind): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(VaultError);
  expect(error).toMatchObject({ kind });
}

beforeEach(async () => {
  databases = createTestDatabases();
  unreadable = [];
  clock = 1_000;
  session = await createTestSession(databases, { onUnreadable: (p) => unreadable.push(p) });
});

afterEach(() => {
  databases.close();
});

describe('a repository round trip', () => {
  it('puts, gets and lists records; a missing id reads as undefined', async () => {
    const repo = notes();
    await repo.put(note('a', 0));
    await repo.put(note('b', 1));
    expect(await repo.get('a')).toEqual(note('a', 0));
    expect(await repo.get('b')).toEqual(note('b', 1));
    expect(await repo.get('zzz')).toBeUndefined();
    expect(await repo.list()).toEqual([note('a', 0), note('b', 1)]);
  });

  it('replaces a record on a second put and stamps updatedAt from its clock', async () => {
    const repo = notes();
    await repo.put(note('a', 0));
    clock = 2_000;
    await repo.put(note('a', 0, { text: 'changed her mind' }));
    expect(await repo.list()).toEqual([note('a', 0, { text: 'changed her mind' })]);
    expect((await rawRow('a')).updatedAt).toBe(2_000);
  });

  it('encrypts every write with a fresh nonce', async () => {
    const repo = notes();
    await repo.put(note('a', 0));
    const first = (await rawRow('a')).record;
    await repo.put(note('a', 0));
    const second = (await rawRow('a')).record;
    expect(Array.from(second.nonce)).not.toEqual(Array.from(first.nonce));
    expect(Array.from(second.ct)).not.toEqual(Array.from(first.ct));
  });

  it('lists by a timestamp index', async () => {
    const repo = notes();
    clock = 10;
    await repo.put(note('a', 0));
    await repo.put(note('b', 1));
    clock = 20;
    await repo.put(note('c', 2));
    expect((await repo.listBy('updatedAt', 10)).map((n) => n.id)).toEqual(['a', 'b']);
    expect((await repo.listBy('updatedAt', 20)).map((n) => n.id)).toEqual(['c']);
    expect(await repo.listBy('updatedAt', 30)).toEqual([]);
  });

  it('lists by a foreign id stored in the clear', async () => {
    // A vault table that indexes a foreign id, as feature tables will.
    const db = databases.track(new Dexie(vaultDbName('indexed'), databases.options));
    db.version(1).stores({ settings: 'id, updatedAt, groupId' });
    session = await createTestSession(databases, { db: db as VaultDb });
    const repo = notes();
    await repo.putMany([note('a', 0), note('b', 1), note('c', 2), note('d', 3)]);
    expect(await repo.listBy('groupId', 'group-0')).toEqual([note('a', 0), note('c', 2)]);
    expect(await repo.listBy('groupId', 'group-1')).toEqual([note('b', 1), note('d', 3)]);
  });

  it('refuses to list by anything but an id or a timestamp', async () => {
    const repo = notes();
    await repo.put(note('a', 0));
    await expect(repo.listBy('member', 'Margaux')).rejects.toThrow(/not an index/);
  });

  it('deletes one record or many', async () => {
    const repo = notes();
    await repo.putMany(['a', 'b', 'c', 'd', 'e'].map((id, i) => note(id, i)));
    await repo.delete('b');
    expect(await repo.get('b')).toBeUndefined();
    await repo.deleteMany(['a', 'd', 'not-there']);
    expect((await repo.list()).map((n) => n.id)).toEqual(['c', 'e']);
    expect((await rawRows()).map((row) => row.id)).toEqual(['c', 'e']);
  });

  it('writes 1,200 records in chunks of 500 and reads every one back', async () => {
    // Count what reaches storage, per request: a DBCore middleware sees every write.
    const writes: number[] = [];
    session.db.use({
      stack: 'dbcore',
      name: 'count-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'put') writes.push(request.values.length);
              return table.mutate(request);
            },
          };
        },
      }),
    });
    const transactions = vi.spyOn(session.db, 'transaction');
    const repo = notes();
    const many = Array.from({ length: 1_200 }, (_, i) => note(`n${String(i).padStart(4, '0')}`, i));
    await repo.putMany(many);

    expect(WRITE_CHUNK).toBe(500);
    expect(writes).toEqual([500, 500, 200]);
    expect(transactions).toHaveBeenCalledTimes(3);
    expect(await session.db.settings.count()).toBe(1_200);
    // Read back in pages of READ_PAGE rows, all of them, in order.
    expect(READ_PAGE).toBeLessThan(many.length);
    expect(await repo.list()).toEqual(many);
    for (const i of [0, 499, 500, 1_199]) {
      expect(await repo.get(`n${String(i).padStart(4, '0')}`)).toEqual(many[i]);
    }
    expect(unreadable).toEqual([]);
  });
});

describe('what a repository stores', () => {
  it('keeps only the id, updatedAt, the declared clear fields and an encrypted record', async () => {
    const repo = notes();
    const written = MEMBERS.map((_, i) => note(`note-${i}`, i));
    await repo.putMany(written);
    const rows = await rawRows();

    expect(rows).toHaveLength(written.length);
    for (const [i, row] of rows.entries()) {
      expect(Object.keys(row).sort()).toEqual([
        'createdAt',
        'groupId',
        'id',
        'record',
        'updatedAt',
      ]);
      expect(row).toMatchObject({
        id: `note-${i}`,
        groupId: written[i]?.groupId,
        createdAt: written[i]?.createdAt,
        updatedAt: clock,
      });
      expect(Object.keys(row.record).sort()).toEqual(['ct', 'keyId', 'nonce', 'sv', 'v']);
      expect(row.record).toMatchObject({ v: 1, sv: 1, keyId: session.keyId });
      expect(row.record.ct).toBeInstanceOf(Uint8Array);
      expect(isBytes(row.record.nonce) && row.record.nonce.length).toBe(12);
    }
    // No name and no free text anywhere: not in a string, not in any bytes.
    expect(findPlaintext(rows, [...MEMBERS, ...TEXTS])).toEqual([]);
  });

  it('has a plaintext scan that would see a leak (the check above can fail)', () => {
    expect(findPlaintext({ record: { ct: utf8Encode('{"member":"Yusuf"}') } }, MEMBERS)).toEqual([
      '$.record.ct (UTF-8): Yusuf',
    ]);
    expect(findPlaintext([{ deep: { text: TEXTS[2] } }], TEXTS)).toHaveLength(1);
  });

  it('refuses a clear field that is not an id or a timestamp, before writing anything', async () => {
    const repo = notes({
      clearFields: (n) => ({ groupId: n.groupId, title: n.member }),
    });
    await expect(repo.put(note('a', 0))).rejects.toThrow(/settings\.title may not be stored/);
    await expect(repo.putMany([note('b', 1), note('c', 2)])).rejects.toThrow(/title/);
    expect(await session.db.settings.count()).toBe(0);
  });

  it('validates with the schema on put and writes nothing invalid', async () => {
    const repo = notes();
    const invalid = { ...note('a', 0), member: '' };
    const error = await rejectionOf(repo.put(invalid));
    expect(error).toBeInstanceOf(z.ZodError);
    const extra = { ...note('b', 1), secret: 'x' } as Note;
    await expect(repo.put(extra)).rejects.toBeInstanceOf(z.ZodError);
    await expect(repo.putMany([note('c', 2), invalid])).rejects.toBeInstanceOf(z.ZodError);
    expect(await session.db.settings.count()).toBe(0);
  });
});

describe('a record modified in storage', () => {
  const otherKeyId = () => base32Encode(randomBytes(16));

  const cases: readonly {
    readonly name: string;
    readonly kind: VaultErrorKind;
    readonly change: (record: EncryptedRecord, neighbour: EncryptedRecord) => unknown;
  }[] = [
    {
      name: 'a flipped nonce byte',
      kind: 'tampered',
      change: (r) => ({ ...r, nonce: flipByte(r.nonce, 5) }),
    },
    {
      name: 'a flipped ciphertext byte',
      kind: 'tampered',
      change: (r) => ({ ...r, ct: flipByte(r.ct, Math.floor((r.ct.length - 16) / 2)) }),
    },
    {
      name: 'a flipped tag byte',
      kind: 'tampered',
      change: (r) => ({ ...r, ct: flipByte(r.ct, r.ct.length - 1) }),
    },
    { name: 'another schema version', kind: 'tampered', change: (r) => ({ ...r, sv: r.sv + 1 }) },
    { name: 'an older schema version', kind: 'tampered', change: (r) => ({ ...r, sv: 0 }) },
    { name: 'another key id', kind: 'wrong-key', change: (r) => ({ ...r, keyId: otherKeyId() }) },
    { name: 'the record of another row', kind: 'tampered', change: (_r, neighbour) => neighbour },
    {
      name: 'a ciphertext one byte short',
      kind: 'tampered',
      change: (r) => ({ ...r, ct: r.ct.slice(0, -1) }),
    },
    {
      name: 'a ciphertext truncated inside its tag',
      kind: 'corrupted',
      change: (r) => ({ ...r, ct: r.ct.slice(0, 10) }),
    },
    {
      name: 'a truncated nonce',
      kind: 'corrupted',
      change: (r) => ({ ...r, nonce: r.nonce.slice(0, 11) }),
    },
    {
      name: 'a record format version 2',
      kind: 'unsupported-version',
      change: (r) => ({ ...r, v: 2 }),
    },
    { name: 'a string instead of a record', kind: 'corrupted', change: () => 'garbage' },
    { name: 'an empty object', kind: 'corrupted', change: () => ({}) },
    {
      name: 'a ciphertext stored as text',
      kind: 'corrupted',
      change: (r) => ({ ...r, ct: 'AAAA' }),
    },
    { name: 'null', kind: 'corrupted', change: () => null },
  ];

  it.each(cases)('$name → $kind, and only that record is lost', async ({ kind, change }) => {
    const repo = notes();
    await repo.putMany([note('a', 0), note('b', 1), note('c', 2)]);
    const a = await rawRow('a');
    const b = await rawRow('b');
    await tamper('b', change(b.record, a.record));

    await expectVaultError(repo.get('b'), kind);
    expect(await repo.get('a')).toEqual(note('a', 0));
    expect(await repo.get('c')).toEqual(note('c', 2));
    expect(unreadable).toEqual([]);

    expect(await repo.list()).toEqual([note('a', 0), note('c', 2)]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ table: 'settings', id: 'b' });
    expect(unreadable[0]?.error).toBeInstanceOf(VaultError);
    expect(unreadable[0]?.error.kind).toBe(kind);
  });

  it('reports each unreadable record once per list, with its own kind', async () => {
    const repo = notes();
    await repo.putMany(['a', 'b', 'c', 'd'].map((id, i) => note(id, i)));
    const b = await rawRow('b');
    const d = await rawRow('d');
    await tamper('b', { ...b.record, ct: flipByte(b.record.ct, 0) });
    await tamper('d', { ...d.record, keyId: otherKeyId() });

    expect((await repo.list()).map((n) => n.id)).toEqual(['a', 'c']);
    expect(unreadable.map((p) => [p.id, p.error.kind])).toEqual([
      ['b', 'tampered'],
      ['d', 'wrong-key'],
    ]);
    expect((await repo.listBy('updatedAt', clock)).map((n) => n.id)).toEqual(['a', 'c']);
    expect(unreadable).toHaveLength(4);
  });

  it('cannot be read by another vault, even at the same id', async () => {
    const repo = notes();
    await repo.put(note('a', 0));
    const stolen = await rawRow('a');

    const other = await createTestSession(databases, { vaultId: 'other' });
    await other.db.settings.put(stolen);
    // Another vault's key id: refused before decryption.
    await expectVaultError(createRepository(other, noteOptions).get('a'), 'wrong-key');
    // Even relabelled with this vault's key id, the AAD names another database.
    await other.db.settings.put({ ...stolen, record: { ...stolen.record, keyId: other.keyId } });
    await expectVaultError(createRepository(other, noteOptions).get('a'), 'tampered');
  });
});

describe('payloads that decrypt', () => {
  /** Encrypts any bytes as the stored record of id, as the repository would. */
  async function storeRaw(id: string, plaintext: Uint8Array, sv = 1): Promise<void> {
    const ctx = { database: session.db.name, table: 'settings', id };
    const record = await encryptRecord(session.dek, session.keyId, ctx, sv, plaintext);
    await session.db.settings.put({ id, updatedAt: clock, record });
  }

  it('that fail the schema are corrupted', async () => {
    const loose = createRepository(session, {
      table: 'settings',
      schemaVersion: 1,
      schema: z.object({ id: z.string(), member: z.number() }),
    });
    await loose.put({ id: 'odd', member: 42 });
    await notes().put(note('ok', 0));

    await expectVaultError(notes().get('odd'), 'corrupted');
    expect(await notes().list()).toEqual([note('ok', 0)]);
    expect(unreadable.map((p) => [p.id, p.error.kind])).toEqual([['odd', 'corrupted']]);
  });

  it('that are not JSON are corrupted', async () => {
    await storeRaw('a', utf8Encode('{"id":"a",'));
    await expectVaultError(notes().get('a'), 'corrupted');
    await storeRaw('b', Uint8Array.of(0xff, 0xfe, 0x00));
    await expectVaultError(notes().get('b'), 'corrupted');
  });

  it('whose id is not their row id are corrupted', async () => {
    await storeRaw('b', utf8Encode(JSON.stringify(note('a', 0))));
    await expectVaultError(notes().get('b'), 'corrupted');
  });

  describe('written at another schema version', () => {
    const v1Schema = z.object({ id: z.string(), who: z.string(), body: z.string() }).strict();
    type V1 = z.infer<typeof v1Schema>;
    const v1Note: V1 = { id: 'old', who: 'Yusuf', body: 'first month sober' };

    beforeEach(async () => {
      await createRepository<V1>(session, {
        table: 'settings',
        schemaVersion: 1,
        schema: v1Schema,
      }).put(v1Note);
    });

    it('older: goes through migrate and reads in the current shape', async () => {
      const migrate = vi.fn((_from: number, payload: unknown): Note => {
        const old = v1Schema.parse(payload);
        return { ...note(old.id, 0), member: old.who, text: old.body };
      });
      const repo = notes({ schemaVersion: 2, migrate });

      expect(await repo.get('old')).toEqual({
        ...note('old', 0),
        member: 'Yusuf',
        text: 'first month sober',
      });
      expect(migrate).toHaveBeenCalledWith(1, v1Note);
      expect(await repo.list()).toHaveLength(1);
      expect(unreadable).toEqual([]);
    });

    it('older without a migration: unsupported-version', async () => {
      await expectVaultError(notes({ schemaVersion: 2 }).get('old'), 'unsupported-version');
    });

    it('older, migrated to something the schema refuses: corrupted', async () => {
      const repo = notes({ schemaVersion: 2, migrate: (_from, payload) => payload });
      await expectVaultError(repo.get('old'), 'corrupted');
    });

    it('newer: unsupported-version, and migrate is never asked', async () => {
      await createRepository<V1>(session, {
        table: 'settings',
        schemaVersion: 3,
        schema: v1Schema,
      }).put({ ...v1Note, id: 'future' });
      const migrate = vi.fn((_from: number, payload: unknown) => payload);
      const repo = notes({ schemaVersion: 2, migrate });

      await expectVaultError(repo.get('future'), 'unsupported-version');
      await repo.list();
      expect(unreadable.map((p) => [p.id, p.error.kind])).toEqual([
        ['future', 'unsupported-version'],
        ['old', 'corrupted'],
      ]);
      expect(migrate.mock.calls.map(([from]) => from)).toEqual([1]);
    });
  });
});

describe('watch', () => {
  let restoreLiveQueries: () => void;
  beforeEach(() => {
    restoreLiveQueries = enableLiveQueries(databases);
  });
  afterEach(() => {
    restoreLiveQueries();
  });

  it('emits now and after each change, decrypting each unchanged record only once', async () => {
    const repo = notes();
    await repo.putMany([note('a', 0), note('b', 1), note('c', 2)]);
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const emissions: Note[][] = [];
    const errors: unknown[] = [];
    const stop = repo.watch(
      (records) => emissions.push(records),
      (error) => errors.push(error),
    );
    const ids = (i: number) => emissions[i]?.map((n) => n.id);

    await vi.waitFor(() => expect(emissions).toHaveLength(1));
    expect(emissions[0]).toEqual([note('a', 0), note('b', 1), note('c', 2)]);
    expect(decrypt).toHaveBeenCalledTimes(3);

    await repo.put(note('d', 3));
    await vi.waitFor(() => expect(emissions).toHaveLength(2));
    expect(ids(1)).toEqual(['a', 'b', 'c', 'd']);
    expect(decrypt).toHaveBeenCalledTimes(4);

    await repo.put(note('a', 0, { text: 'asked for a sponsor' }));
    await vi.waitFor(() => expect(emissions).toHaveLength(3));
    expect(emissions[2]?.[0]).toEqual(note('a', 0, { text: 'asked for a sponsor' }));
    expect(decrypt).toHaveBeenCalledTimes(5);

    await repo.delete('b');
    await vi.waitFor(() => expect(emissions).toHaveLength(4));
    expect(ids(3)).toEqual(['a', 'c', 'd']);
    expect(decrypt).toHaveBeenCalledTimes(5);

    stop();
    await repo.put(note('e', 4));
    // A second watcher sees the write; by then the first would have been told too.
    const later: Note[][] = [];
    const stopLater = repo.watch((records) => later.push(records));
    await vi.waitFor(() => expect(later.at(-1)?.map((n) => n.id)).toEqual(['a', 'c', 'd', 'e']));
    stopLater();
    expect(emissions).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('leaves out an unreadable record and reports it', async () => {
    const repo = notes();
    await repo.putMany([note('a', 0), note('b', 1)]);
    const b = await rawRow('b');
    await tamper('b', { ...b.record, ct: flipByte(b.record.ct, 3) });
    const emissions: Note[][] = [];
    const stop = repo.watch((records) => emissions.push(records));
    await vi.waitFor(() => expect(emissions).toHaveLength(1));
    stop();
    expect(emissions[0]).toEqual([note('a', 0)]);
    expect(unreadable.map((p) => [p.id, p.error.kind])).toEqual([['b', 'tampered']]);
  });
});
