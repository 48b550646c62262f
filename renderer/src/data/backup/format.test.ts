import { afterEach, describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../../domain/crypto/encoding';
import { decryptRecord } from '../../domain/crypto/records';
import { newNote } from '../../domain/notes/note';
import { notesRepository } from '../repositories/notes.repository';
import { createTestVaultService, type TestVaultService } from '../testing/vaultFixtures';
import { vaultDbName, type EncryptedRow } from '../db';
import { makeBackup } from './backup.service';
import {
  BackupError,
  backupCounts,
  encodeBackup,
  parseBackup,
  type Backup,
  type BackupErrorKind,
} from './format';

let fixture: TestVaultService | null = null;
afterEach(() => fixture?.close());

/** A real vault with two encrypted notes, and a backup of it. */
async function backedUp(): Promise<{ text: string; backup: Backup; rows: EncryptedRow[] }> {
  fixture = createTestVaultService();
  const { session } = await fixture.service.create({
    label: 'Tuesday group',
    passphrase: 'correct horse battery staple',
  });
  const notes = notesRepository(session);
  await notes.put(newNote({ body: 'CanaryBackupNote one', groupId: 'g1' }, 'n1', 1000));
  await notes.put(newNote({ body: 'CanaryBackupNote two' }, 'n2', 2000));
  const rows = await session.db.table<EncryptedRow, string>('notes').toArray();
  const backup = await makeBackup(session, fixture.directory, { now: () => 5000 });
  return { text: encodeBackup(backup), backup, rows };
}

function kindOf(text: string): BackupErrorKind | 'ok' {
  try {
    parseBackup(text);
    return 'ok';
  } catch (error) {
    if (error instanceof BackupError) return error.kind;
    throw error;
  }
}

interface FileRow {
  id: string;
  clear: Record<string, unknown>;
  record: { keyId: string; nonce: string };
}
interface FileJson {
  version: number;
  app: unknown;
  vault: { id: string; header: string };
  tables: Record<string, FileRow[]>;
}

/** The text with its JSON changed by `edit`. */
function edited(text: string, edit: (json: FileJson, notes: FileRow[]) => void): string {
  const json = JSON.parse(text) as FileJson;
  edit(json, json.tables['notes'] ?? []);
  return JSON.stringify(json);
}

describe('the backup file, format 1', () => {
  it('reads back what it wrote, records still decryptable in their vault', async () => {
    const { text, rows } = await backedUp();
    expect(text).not.toContain('CanaryBackupNote');
    const { backup, header } = parseBackup(text);
    expect(backupCounts(backup)).toMatchObject({ notes: 2, groups: 0, plans: 0 });
    expect(backup.label).toBe('Tuesday group');
    expect(header.vaultId).toBe(backup.vaultId);
    const n1 = backup.tables.notes?.find((row) => row.id === 'n1');
    expect(n1?.clear).toEqual({ createdAt: 1000, groupId: 'g1' });
    expect(n1?.record.ct).toEqual(rows.find((row) => row.id === 'n1')?.record.ct);
    // The record opens with the vault's key, bound to the vault's database, table and id.
    const session = await (fixture as TestVaultService).service.unlock(
      backup.vaultId,
      'correct horse battery staple',
    );
    if (!n1) throw new Error('n1 missing');
    const { plaintext } = await decryptRecord(
      session.dek,
      session.keyId,
      { database: vaultDbName(backup.vaultId), table: 'notes', id: 'n1' },
      n1.record,
    );
    expect(utf8Decode(plaintext)).toContain('CanaryBackupNote one');
  });

  it('tells apart another file, a newer version, a damaged or truncated one, and bad KDF settings', async () => {
    const { text } = await backedUp();
    expect(kindOf('hello')).toBe('not-a-backup');
    expect(kindOf('{"name":"a package.json"}')).toBe('not-a-backup');
    expect(kindOf('[]')).toBe('not-a-backup');
    expect(kindOf(text.slice(0, text.length / 2))).toBe('damaged');
    expect(kindOf(edited(text, (j) => (j.version = 2)))).toBe('newer-version');
    expect(kindOf(edited(text, (j) => (j.version = 0)))).toBe('damaged');
    // A table cut short (a row removed, the count left): caught by the count.
    expect(kindOf(edited(text, (_, notes) => notes.pop()))).toBe('damaged');
    // Clear text smuggled next to the ciphertext.
    expect(kindOf(edited(text, (_, [first]) => first && (first.clear['title'] = 'Secret')))).toBe(
      'damaged',
    );
    expect(kindOf(edited(text, (_, [first]) => first && (first.record.keyId = 'OTHER')))).toBe(
      'damaged',
    );
    expect(kindOf(edited(text, (_, [first]) => first && (first.record.nonce = 'AAAA')))).toBe(
      'damaged',
    );
    expect(
      kindOf(edited(text, (_, [first, second]) => first && second && (second.id = first.id))),
    ).toBe('damaged');
    expect(kindOf(edited(text, (j) => (j.tables['unknown'] = [])))).toBe('damaged');
    expect(kindOf(edited(text, (j) => (j.vault.id = 'another-vault')))).toBe('damaged');
    // Nested beyond anything the format has.
    expect(kindOf(edited(text, (j) => (j.app = [[[[[[[[[[1]]]]]]]]]])))).toBe('damaged');
    // A header asking for 2 GiB of memory per guess: refused before any derivation.
    const greedy = edited(text, (j) => {
      const header = utf8Decode(base64Decode(j.vault.header));
      j.vault.header = base64Encode(
        utf8Encode(header.replace(/"memoryKiB":\d+/, '"memoryKiB":2097152')),
      );
    });
    expect(kindOf(greedy)).toBe('kdf-out-of-range');
  });

  it('answers every cut and every flipped character with a typed error or a whole backup', async () => {
    const { text } = await backedUp();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const kinds = new Set<string>();
    for (let i = 0; i < 400; i += 1) {
      const at = Math.floor(random() * text.length);
      const mutated =
        i % 2 === 0
          ? text.slice(0, at)
          : text.slice(0, at) +
            String.fromCharCode(32 + Math.floor(random() * 95)) +
            text.slice(at + 1);
      const kind = kindOf(mutated);
      kinds.add(kind);
      if (kind === 'ok') expect(backupCounts(parseBackup(mutated).backup).notes).toBe(2);
    }
    expect(kinds.has('damaged')).toBe(true);
  });
});

describe('the limits the screens use', () => {
  it('offers files up to the size the format reads', async () => {
    const { BACKUP_MAX_BYTES } = await import('../../stores/backup');
    const { BACKUP_LIMITS } = await import('./format');
    expect(BACKUP_MAX_BYTES).toBe(BACKUP_LIMITS.bytes);
  });
});
