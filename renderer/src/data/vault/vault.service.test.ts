import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  base32Encode,
  concatBytes,
  formatRecoveryKey,
  parseRecoveryKey,
  randomBytes,
  utf8Decode,
  utf8Encode,
} from '../../domain/crypto/encoding';
import { decodeHeader, encodeHeader, type VaultHeader } from '../../domain/crypto/envelope';
import { VaultError, type VaultErrorKind } from '../../domain/crypto/errors';
import { KDF_CEILING, KDF_FLOOR, type KdfParams } from '../../domain/crypto/kdf';
import { vaultDbName } from '../db';
import {
  DEFAULT_VAULT_SETTINGS,
  settingsRepository,
  type VaultSettings,
} from '../repositories/settings.repository';
import type { VaultSession } from '../repositories/repository';
import {
  createTestVaultService,
  exportVault,
  findPlaintext,
  rejectionOf,
  TEST_KDF,
  type TestVaultService,
} from '../testing/vaultFixtures';
import { VaultInputError, type VaultInputCode } from './errors';
import { inlineKdf } from './kdf';
import { LABEL_MAX_LENGTH, type VaultService } from './vault.service';

const PASSPHRASE = 'correct horse battery staple';
const OTHER_PASSPHRASE = 'a different tuesday evening';
const WRONG_PASSPHRASE = 'correct horse battery stapler';

let env: TestVaultService;
let service: VaultService;
let clock: number;
/** inlineKdf, watched: some failures must be found out before any key derivation. */
const derive = vi.fn((passphrase: string, salt: Uint8Array, params: KdfParams) =>
  inlineKdf.derive(passphrase, salt, params),
);

function createEnv(): TestVaultService {
  return createTestVaultService({
    now: () => clock,
    kdf: { derive, measure: (params) => inlineKdf.measure(params) },
  });
}

beforeEach(() => {
  clock = 1_000;
  derive.mockClear();
  env = createEnv();
  service = env.service;
});

afterEach(() => {
  env.close();
});

async function expectVaultError(promise: Promise<unknown>, kind: VaultErrorKind): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(VaultError);
  expect(error).toMatchObject({ kind });
}

async function expectInputError(promise: Promise<unknown>, code: VaultInputCode): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(VaultInputError);
  expect(error).toMatchObject({ code });
}

function settings(session: VaultSession) {
  return settingsRepository(session);
}

const NAMED: VaultSettings = { ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Amina Haddad' };

/** A vault with one record in its database, so its export has something to compare. */
async function createVault(label = 'Tuesday group', passphrase = PASSPHRASE) {
  const { session, recoveryKey } = await service.create({ label, passphrase });
  await settings(session).put(NAMED);
  return { id: session.vaultId, session, recoveryKey };
}

const databaseNames = async () => (await env.indexedDB.databases()).map((info) => info.name).sort();

async function directoryRow(id: string) {
  const row = await env.directory.vaults.get(id);
  if (!row) throw new Error(`no directory row ${id}`);
  return row;
}

describe('creating a vault', () => {
  it('lists it with its label normalized and its creation time', async () => {
    const { session, recoveryKey } = await service.create({
      label: '  Tuesday \t evening\n  group ',
      passphrase: PASSPHRASE,
    });
    expect(recoveryKey).toHaveLength(32);
    expect(session.db.name).toBe(vaultDbName(session.vaultId));
    expect(await service.list()).toEqual([
      {
        id: session.vaultId,
        label: 'Tuesday evening group',
        createdAt: 1_000,
        lastOpenedAt: 1_000,
      },
    ]);
  });

  it('lists the most recently opened vault first', async () => {
    const a = await createVault('Alpha group');
    clock = 2_000;
    const b = await createVault('Beta group', OTHER_PASSPHRASE);
    expect((await service.list()).map((v) => v.id)).toEqual([b.id, a.id]);
    clock = 3_000;
    await service.unlock(a.id, PASSPHRASE);
    expect((await service.list()).map((v) => [v.id, v.lastOpenedAt])).toEqual([
      [a.id, 3_000],
      [b.id, 2_000],
    ]);
  });

  it.each([
    ['an empty label', ' \t\n ', PASSPHRASE, 'label-empty'],
    ['a label of 61 characters', 'x'.repeat(LABEL_MAX_LENGTH + 1), PASSPHRASE, 'label-too-long'],
    ['a passphrase of 11 characters', 'Tuesday group', 'eleven char', 'passphrase-too-short'],
  ] as const)('refuses %s before any work', async (_what, label, passphrase, code) => {
    await expectInputError(service.create({ label, passphrase }), code);
    expect(await service.list()).toEqual([]);
    expect(derive).not.toHaveBeenCalled();
    expect(env.calibrations()).toBe(0);
  });

  it('accepts a label of exactly 60 characters and a passphrase of exactly 12', async () => {
    const label = 'é'.repeat(LABEL_MAX_LENGTH);
    const { session } = await service.create({ label, passphrase: 'twelve chars' });
    expect((await service.list())[0]?.label).toBe(label);
    expect(session.vaultId).toMatch(/^[a-z2-7]{16}$/);
  });

  it('stores only the id, times, label and an encoded header in the directory', async () => {
    const { id, recoveryKey } = await createVault();
    const rows = await env.directory.vaults.toArray();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'createdAt',
      'header',
      'id',
      'label',
      'lastOpenedAt',
    ]);
    expect(row).toMatchObject({
      id,
      label: 'Tuesday group',
      createdAt: 1_000,
      lastOpenedAt: 1_000,
    });

    const header = decodeHeader(row?.header ?? new Uint8Array());
    expect(header.vaultId).toBe(id);
    expect(header.kdf).toEqual(TEST_KDF);

    // Neither the passphrase nor the recovery key, in any spelling, anywhere on disk.
    const everything = await exportVault(env.indexedDB, id);
    const secrets = [
      PASSPHRASE,
      base32Encode(recoveryKey),
      formatRecoveryKey(recoveryKey),
      NAMED.facilitatorName,
    ];
    expect(findPlaintext(rows, secrets)).toEqual([]);
    expect(findPlaintext(everything, secrets)).toEqual([]);
    expect(everything.vault?.tables.settings?.rows).toHaveLength(1);
  });
});

describe('unlocking', () => {
  it('with the passphrase opens a session that reads what the first session wrote', async () => {
    const { id, session } = await createVault();
    const unlocked = await service.unlock(id, PASSPHRASE);
    expect(unlocked.vaultId).toBe(id);
    expect(unlocked.keyId).toBe(session.keyId);
    expect(await settings(unlocked).get('settings')).toEqual(NAMED);
    // And the other way round: the new session's writes are readable by the first.
    await settings(unlocked).put({ ...NAMED, idleLockMinutes: 12 });
    expect((await settings(session).get('settings'))?.idleLockMinutes).toBe(12);
  });

  it('accepts the passphrase however it is composed (NFKC)', async () => {
    const composed = 'café au lait, ﬁve times';
    const { id } = await createVault('Cafe', composed);
    const decomposed = 'cafe\u0301 au lait, five times';
    expect(await service.verifyPassphrase(id, decomposed)).toBe(true);
  });

  it('updates lastOpenedAt only when it succeeds', async () => {
    const { id } = await createVault();
    clock = 5_000;
    await expectVaultError(service.unlock(id, WRONG_PASSPHRASE), 'wrong-key');
    expect(await directoryRow(id)).toMatchObject({ createdAt: 1_000, lastOpenedAt: 1_000 });
    clock = 6_000;
    await service.unlock(id, PASSPHRASE);
    expect(await directoryRow(id)).toMatchObject({ createdAt: 1_000, lastOpenedAt: 6_000 });
    clock = 7_000;
    const { recoveryKey } = await createVault('Other', OTHER_PASSPHRASE);
    await expectVaultError(
      service.unlockWithRecoveryKey(id, formatRecoveryKey(recoveryKey)),
      'wrong-key',
    );
    expect((await directoryRow(id)).lastOpenedAt).toBe(6_000);
  });

  it('of a vault that is not there is an input error', async () => {
    await expectInputError(service.unlock('nope', PASSPHRASE), 'no-such-vault');
    await expectInputError(service.verifyPassphrase('nope', PASSPHRASE), 'no-such-vault');
  });
});

describe('a failed attempt leaves both databases byte for byte unchanged', () => {
  it('wrong passphrase, wrong recovery key, wrong current passphrase, verify', async () => {
    const { id } = await createVault();
    const before = await exportVault(env.indexedDB, id);
    const names = await databaseNames();
    expect(before.directory?.tables.vaults?.rows).toHaveLength(1);
    expect(before.vault?.tables.settings?.rows).toHaveLength(1);
    const unchanged = async () => {
      expect(await exportVault(env.indexedDB, id)).toEqual(before);
      expect(await databaseNames()).toEqual(names);
    };

    clock = 10_000;
    await expectVaultError(service.unlock(id, WRONG_PASSPHRASE), 'wrong-key');
    await unchanged();

    await expectVaultError(
      service.unlockWithRecoveryKey(id, formatRecoveryKey(randomBytes(32))),
      'wrong-key',
    );
    await unchanged();

    await expectVaultError(
      service.changePassphrase(id, { passphrase: WRONG_PASSPHRASE }, OTHER_PASSPHRASE),
      'wrong-key',
    );
    await unchanged();

    await expectVaultError(
      service.changePassphrase(
        id,
        { recoveryKey: base32Encode(randomBytes(32)) },
        OTHER_PASSPHRASE,
      ),
      'wrong-key',
    );
    await unchanged();

    await expectVaultError(
      service.changePassphrase(id, { recoveryKey: 'not a recovery key' }, OTHER_PASSPHRASE),
      'corrupted',
    );
    await expectInputError(
      service.changePassphrase(id, { passphrase: PASSPHRASE }, 'too short'),
      'passphrase-too-short',
    );
    await unchanged();

    expect(await service.verifyPassphrase(id, WRONG_PASSPHRASE)).toBe(false);
    expect(await service.verifyPassphrase(id, PASSPHRASE)).toBe(true);
    await unchanged();
  });

  it('the export itself notices a changed byte (so the check above can fail)', async () => {
    const { id } = await createVault();
    const before = await exportVault(env.indexedDB, id);
    const row = await directoryRow(id);
    const header = Uint8Array.from(row.header);
    header[header.length - 3] = (header[header.length - 3] ?? 0) ^ 1;
    await env.directory.vaults.update(id, { header });
    expect(await exportVault(env.indexedDB, id)).not.toEqual(before);
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the key: old fails, new and the recovery key open, records still read', async () => {
    const { id, session, recoveryKey } = await createVault();
    const before = await exportVault(env.indexedDB, id);
    const headerBefore = decodeHeader((await directoryRow(id)).header);

    clock = 8_000;
    await service.changePassphrase(id, { passphrase: PASSPHRASE }, OTHER_PASSPHRASE);

    const after = await exportVault(env.indexedDB, id);
    // Nothing in the vault's own database is re-encrypted.
    expect(after.vault).toEqual(before.vault);
    const row = await directoryRow(id);
    expect(row).toMatchObject({
      id,
      label: 'Tuesday group',
      createdAt: 1_000,
      lastOpenedAt: 1_000,
    });
    const headerAfter = decodeHeader(row.header);
    expect(headerAfter.keyId).toBe(headerBefore.keyId);
    expect(headerAfter.recoverySlot).toEqual(headerBefore.recoverySlot);
    expect(Array.from(headerAfter.salt)).not.toEqual(Array.from(headerBefore.salt));

    await expectVaultError(service.unlock(id, PASSPHRASE), 'wrong-key');
    const reopened = await service.unlock(id, OTHER_PASSPHRASE);
    expect(reopened.keyId).toBe(session.keyId);
    expect(await settings(reopened).get('settings')).toEqual(NAMED);
    const recovered = await service.unlockWithRecoveryKey(id, formatRecoveryKey(recoveryKey));
    expect(await settings(recovered).get('settings')).toEqual(NAMED);
  });

  it('with the recovery key sets a new passphrase', async () => {
    const { id, recoveryKey } = await createVault();
    await service.changePassphrase(
      id,
      { recoveryKey: formatRecoveryKey(recoveryKey).toLowerCase() },
      OTHER_PASSPHRASE,
    );
    expect(await service.verifyPassphrase(id, PASSPHRASE)).toBe(false);
    expect(await settings(await service.unlock(id, OTHER_PASSPHRASE)).get('settings')).toEqual(
      NAMED,
    );
  });

  it('twice at once: one wins whole, the other is refused', async () => {
    const { id } = await createVault();
    const results = await Promise.allSettled([
      service.changePassphrase(id, { passphrase: PASSPHRASE }, 'first new passphrase'),
      service.changePassphrase(id, { passphrase: PASSPHRASE }, 'second new passphrase'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results[0].status === 'fulfilled' ? 'first' : 'second';
    const loser = winner === 'first' ? 'second' : 'first';
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(VaultInputError);
    expect(await service.verifyPassphrase(id, `${winner} new passphrase`)).toBe(true);
    expect(await service.verifyPassphrase(id, `${loser} new passphrase`)).toBe(false);
  });
});

describe('the recovery key', () => {
  it('opens the vault however it is written', async () => {
    const { id, recoveryKey, session } = await createVault();
    const formatted = formatRecoveryKey(recoveryKey);
    expect(formatted.split(' ')).toHaveLength(13);
    expect(Array.from(parseRecoveryKey(formatted))).toEqual(Array.from(recoveryKey));
    for (const spelling of [
      base32Encode(recoveryKey),
      formatted,
      formatted.toLowerCase(),
      ` ${formatted.replaceAll(' ', '-')}\n`,
    ]) {
      const opened = await service.unlockWithRecoveryKey(id, spelling);
      expect(opened.keyId).toBe(session.keyId);
      expect(await settings(opened).get('settings')).toEqual(NAMED);
    }
    // The KDF is for passphrases; the recovery key needs none.
    expect(derive).toHaveBeenCalledTimes(1);
  });

  it('refuses a wrong key as wrong-key and a malformed one as corrupted', async () => {
    const { id } = await createVault();
    const { recoveryKey: othersKey } = await createVault('Other', OTHER_PASSPHRASE);
    await expectVaultError(
      service.unlockWithRecoveryKey(id, formatRecoveryKey(othersKey)),
      'wrong-key',
    );
    await expectVaultError(
      service.unlockWithRecoveryKey(id, formatRecoveryKey(randomBytes(32))),
      'wrong-key',
    );
    for (const malformed of [
      '',
      'ABCD EFGH',
      'not a recovery key!',
      base32Encode(randomBytes(31)),
    ]) {
      await expectVaultError(service.unlockWithRecoveryKey(id, malformed), 'corrupted');
    }
  });
});

describe('two vaults on one laptop', () => {
  it('each opens only with its own passphrase and keeps its own database', async () => {
    const a = await createVault('Alpha group', PASSPHRASE);
    const b = await service.create({ label: 'Beta group', passphrase: OTHER_PASSPHRASE });
    const bId = b.session.vaultId;

    await expectVaultError(service.unlock(bId, PASSPHRASE), 'wrong-key');
    await expectVaultError(service.unlock(a.id, OTHER_PASSPHRASE), 'wrong-key');
    await expectVaultError(
      service.unlockWithRecoveryKey(bId, formatRecoveryKey(a.recoveryKey)),
      'wrong-key',
    );
    const openA = await service.unlock(a.id, PASSPHRASE);
    const openB = await service.unlock(bId, OTHER_PASSPHRASE);

    expect(openA.db.name).not.toBe(openB.db.name);
    expect(openA.keyId).not.toBe(openB.keyId);
    expect(await settings(openA).get('settings')).toEqual(NAMED);
    expect(await settings(openB).get('settings')).toBeUndefined();
    await settings(openB).put(DEFAULT_VAULT_SETTINGS);
    expect(await databaseNames()).toEqual(
      ['circlekeeper', vaultDbName(a.id), vaultDbName(bId)].sort(),
    );

    // A's record copied into B's database does not open with B's key.
    const stolen = await openA.db.settings.get('settings');
    if (!stolen) throw new Error('A has no settings row');
    await openB.db.settings.put(stolen);
    await expectVaultError(settings(openB).get('settings'), 'wrong-key');
  });

  it('with the same passphrase still have different salts and keys', async () => {
    const a = await createVault('Alpha group');
    const b = await createVault('Beta group');
    const ha = decodeHeader((await directoryRow(a.id)).header);
    const hb = decodeHeader((await directoryRow(b.id)).header);
    expect(Array.from(ha.salt)).not.toEqual(Array.from(hb.salt));
    expect(ha.keyId).not.toBe(hb.keyId);
  });
});

describe('deleting a vault', () => {
  it('with a wrong label deletes nothing', async () => {
    const { id } = await createVault();
    const before = await exportVault(env.indexedDB, id);
    const names = await databaseNames();
    for (const typed of ['Tuesday', 'tuesday group', '', 'Tuesday group!']) {
      await expectInputError(service.delete(id, typed), 'label-mismatch');
    }
    expect(await exportVault(env.indexedDB, id)).toEqual(before);
    expect(await databaseNames()).toEqual(names);
  });

  it('with the right label removes its directory row and its database, and only those', async () => {
    const { id, session } = await createVault();
    const other = await createVault('Other group', OTHER_PASSPHRASE);
    session.db.close();
    expect(await databaseNames()).toContain(vaultDbName(id));

    await service.delete(id, '  Tuesday group ');

    expect((await service.list()).map((v) => v.id)).toEqual([other.id]);
    expect(await env.directory.vaults.get(id)).toBeUndefined();
    expect(await databaseNames()).toEqual(['circlekeeper', vaultDbName(other.id)]);
    await expectInputError(service.unlock(id, PASSPHRASE), 'no-such-vault');
    const reopened = await service.unlock(other.id, OTHER_PASSPHRASE);
    expect(await settings(reopened).get('settings')).toEqual(NAMED);
  });

  it('is not blocked by an open session on the vault', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { id, session } = await createVault();
    expect(await settings(session).get('settings')).toEqual(NAMED);
    await service.delete(id, 'Tuesday group');
    expect(await databaseNames()).toEqual(['circlekeeper']);
    warn.mockRestore();
  });

  it('of a vault that is not there is an input error', async () => {
    await expectInputError(service.delete('nope', 'Tuesday group'), 'no-such-vault');
  });
});

describe('a header modified in the directory', () => {
  const PREFIX = 5;

  /** Edits the JSON body of encoded header bytes, keeping key order (the canonical form). */
  function editBody(bytes: Uint8Array, edit: (body: Record<string, unknown>) => void): Uint8Array {
    const body = JSON.parse(utf8Decode(bytes.subarray(PREFIX))) as Record<string, unknown>;
    edit(body);
    return concatBytes(bytes.subarray(0, PREFIX), utf8Encode(JSON.stringify(body)));
  }

  function editHeader(bytes: Uint8Array, edit: (header: VaultHeader) => VaultHeader): Uint8Array {
    return encodeHeader(edit(decodeHeader(bytes)));
  }

  function flip(bytes: Uint8Array, index: number): Uint8Array {
    const copy = Uint8Array.from(bytes);
    copy[index] = (copy[index] ?? 0) ^ 0x80;
    return copy;
  }

  const kdfOf = (body: Record<string, unknown>) => body.kdf as Record<string, unknown>;

  const cases: readonly {
    readonly name: string;
    readonly kind: VaultErrorKind;
    readonly change: (header: Uint8Array) => Uint8Array;
  }[] = [
    {
      name: 'a flipped salt byte',
      kind: 'wrong-key',
      change: (bytes) => editHeader(bytes, (h) => ({ ...h, salt: flip(h.salt, 0) })),
    },
    {
      name: 'more KDF passes than it was made with',
      kind: 'wrong-key',
      change: (bytes) =>
        editHeader(bytes, (h) => ({ ...h, kdf: { ...h.kdf, iterations: h.kdf.iterations + 1 } })),
    },
    {
      name: 'a flipped byte of the wrapped key',
      kind: 'wrong-key',
      change: (bytes) =>
        editHeader(bytes, (h) => ({
          ...h,
          passphraseSlot: { ...h.passphraseSlot, ciphertext: flip(h.passphraseSlot.ciphertext, 7) },
        })),
    },
    {
      name: 'another key id',
      kind: 'wrong-key',
      change: (bytes) => editHeader(bytes, (h) => ({ ...h, keyId: base32Encode(randomBytes(16)) })),
    },
    {
      name: 'KDF passes below the floor',
      kind: 'kdf-out-of-range',
      change: (bytes) =>
        editBody(bytes, (body) => {
          kdfOf(body).iterations = KDF_FLOOR.iterations - 1;
        }),
    },
    {
      name: 'KDF memory below the floor',
      kind: 'kdf-out-of-range',
      change: (bytes) =>
        editBody(bytes, (body) => {
          kdfOf(body).memoryKiB = 8_192;
        }),
    },
    {
      name: 'KDF memory above the ceiling',
      kind: 'kdf-out-of-range',
      change: (bytes) =>
        editBody(bytes, (body) => {
          kdfOf(body).memoryKiB = KDF_CEILING.memoryKiB * 2;
        }),
    },
    {
      name: 'an unknown format version',
      kind: 'unsupported-version',
      change: (bytes) => Uint8Array.from(bytes, (byte, i) => (i === 4 ? 2 : byte)),
    },
    {
      name: 'truncated bytes',
      kind: 'corrupted',
      change: (bytes) => bytes.slice(0, bytes.length - 20),
    },
    { name: 'no bytes at all', kind: 'corrupted', change: () => new Uint8Array() },
    {
      name: 'whitespace in the JSON (not the canonical form)',
      kind: 'corrupted',
      change: (bytes) => concatBytes(bytes, utf8Encode(' ')),
    },
  ];

  describe('of one vault', () => {
    // One vault for every case (creating it is most of the cost): each case edits its header,
    // checks that nothing else changed, and puts the original back.
    let shared: TestVaultService;
    let id: string;
    let original: Uint8Array;

    beforeAll(async () => {
      clock = 1_000;
      shared = createEnv();
      const created = await shared.service.create({
        label: 'Tuesday group',
        passphrase: PASSPHRASE,
      });
      id = created.session.vaultId;
      original = (await shared.directory.vaults.get(id))?.header ?? new Uint8Array();
    });

    beforeEach(() => {
      env.close();
      env = shared;
      service = shared.service;
    });

    afterEach(async () => {
      await shared.directory.vaults.update(id, { header: original });
      env = createEnv();
    });

    afterAll(() => {
      shared.close();
    });

    it('the body editor leaves an unedited header byte for byte as it was', () => {
      expect(Array.from(editBody(original, () => undefined))).toEqual(Array.from(original));
    });

    it.each(cases)('$name → $kind, with nothing written', async ({ kind, change }) => {
      await env.directory.vaults.update(id, { header: change(original) });
      const before = await exportVault(env.indexedDB, id);
      clock = 9_000;

      await expectVaultError(service.unlock(id, PASSPHRASE), kind);
      if (kind === 'wrong-key') {
        expect(await service.verifyPassphrase(id, PASSPHRASE)).toBe(false);
      } else {
        await expectVaultError(
          service.changePassphrase(id, { passphrase: PASSPHRASE }, OTHER_PASSPHRASE),
          kind,
        );
        await expectVaultError(service.verifyPassphrase(id, PASSPHRASE), kind);
        // Parameters from a bad header never reach Argon2id.
        expect(derive).not.toHaveBeenCalled();
      }
      expect(await exportVault(env.indexedDB, id)).toEqual(before);
    });

    it('opens again once the original header is back', async () => {
      expect(await service.verifyPassphrase(id, PASSPHRASE)).toBe(true);
    });
  });

  it('belonging to another vault does not open this one, even with that passphrase', async () => {
    const a = await createVault('Alpha group', PASSPHRASE);
    const b = await createVault('Beta group', OTHER_PASSPHRASE);
    await env.directory.vaults.update(a.id, { header: (await directoryRow(b.id)).header });
    const before = await exportVault(env.indexedDB, a.id);
    clock = 9_000;

    // Found out from the header alone, before any key derivation.
    derive.mockClear();
    await expectVaultError(service.unlock(a.id, PASSPHRASE), 'corrupted');
    await expectVaultError(service.unlock(a.id, OTHER_PASSPHRASE), 'corrupted');
    await expectVaultError(
      service.unlockWithRecoveryKey(a.id, formatRecoveryKey(b.recoveryKey)),
      'corrupted',
    );
    await expectVaultError(
      service.changePassphrase(a.id, { passphrase: OTHER_PASSPHRASE }, 'a third passphrase'),
      'corrupted',
    );
    await expectVaultError(service.verifyPassphrase(a.id, OTHER_PASSPHRASE), 'corrupted');
    expect(derive).not.toHaveBeenCalled();
    expect(await exportVault(env.indexedDB, a.id)).toEqual(before);
    // B itself is untouched.
    expect(await service.verifyPassphrase(b.id, OTHER_PASSPHRASE)).toBe(true);
  });
});
