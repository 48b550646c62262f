/**
 * scripts/decrypt-backup.mjs, the reference decryptor of docs/backup-format.md, run as a child
 * process on backups the app makes: it must read back exactly what the app's repositories read,
 * with the passphrase and with the recovery key, and refuse a wrong secret or an altered file
 * with a clear message and its own exit code. (Here rather than in scripts/: this is where the
 * typed lint and the test tsconfig reach the app's code it needs.)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecoveryKey } from '../../domain/crypto/encoding';
import { newGroup } from '../../domain/groups/group';
import { blankPlan } from '../../domain/plans/plan';
import { newNote } from '../../domain/notes/note';
import { groupsRepository } from '../repositories/groups.repository';
import { notesRepository } from '../repositories/notes.repository';
import { plansRepository } from '../repositories/plans.repository';
import type { VaultSession } from '../repositories/repository';
import { createTestVaultService, type TestVaultService } from '../testing/vaultFixtures';
import { makeBackup } from './backup.service';
import { BACKUP_TABLES, encodeBackup } from './format';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/decrypt-backup.mjs', import.meta.url));
// Decomposed "é" and a ligature: the script must normalize (NFKC) as the app does.
const PASSPHRASE = 'ﬁve tables au café';
const TYPED_PASSPHRASE = 'five tables au cafe\u0301';
const ARABIC = 'تحدثت عن الأسابيع الأولى بعد الانتقال، وعن صعوبة الأمسيات.';

interface Decrypted {
  vault: { id: string; label: string };
  createdAt: number;
  scope: { kind: string; groupId?: string };
  tables: Record<string, { id: string; updatedAt: number; sv: number; value: unknown }[]>;
}

interface StoredRow {
  id: string;
  updatedAt: number;
  record: { sv: number };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runScript(args: readonly string[], secret: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, ...args],
      { env: { ...process.env, CIRCLEKEEPER_SECRET: secret }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let fixture: TestVaultService;
let session: VaultSession;
let recoveryKey: string;
let dir: string;
let groupId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'circlekeeper-decrypt-'));
  fixture = createTestVaultService();
  const created = await fixture.service.create({ label: 'Mardi, salle 2', passphrase: PASSPHRASE });
  session = created.session;
  recoveryKey = formatRecoveryKey(created.recoveryKey);
  let n = 0;
  const newId = () => `id-${String((n += 1))}`;
  const group = newGroup({ name: 'حلقة الثلاثاء', kind: 'peer-led' }, 'ar', newId, 1000);
  const other = newGroup({ name: 'Thursday circle', kind: 'peer-led' }, 'en', newId, 1000);
  groupId = group.id;
  await groupsRepository(session).putMany([group, other]);
  const place = { date: '2026-11-03', startTime: '18:30', venue: 'Salle 2' };
  const titles = { plan: 'Première séance', welcome: 'Accueil', closing: 'Clôture' };
  await plansRepository(session).putMany([
    blankPlan(titles, 'fr', { ...place, groupId: group.id }, newId),
    blankPlan(titles, 'fr', { ...place, groupId: other.id }, newId),
  ]);
  await notesRepository(session).putMany([
    newNote({ body: ARABIC, groupId: group.id }, 'n1', 2000),
    newNote({ body: 'Asked for a check-in after Thursday.', groupId: group.id }, 'n2', 3000),
    newNote({ body: 'Thursday: "quotes", \\ and \u2028', groupId: other.id }, 'n3', 4000),
    newNote({ body: 'No group 🌿' }, 'n4', 5000),
    // Clear fields stored as createdAt, groupId, sessionId, memberId: not in the sorted order
    // the integrity input takes them in.
    newNote(
      { body: 'A word with Noor.', groupId: group.id, sessionId: 's1', memberId: 'm1' },
      'n5',
      6000,
    ),
  ]);
});

afterAll(async () => {
  fixture.close();
  await rm(dir, { recursive: true, force: true });
});

async function backupFile(name: string, scope?: { kind: 'group'; groupId: string }) {
  const backup = await makeBackup(session, fixture.directory, scope ? { scope } : {});
  const path = join(dir, name);
  const text = encodeBackup(backup);
  await writeFile(path, text);
  return { path, text };
}

/** The groups, plans and notes as the app's repositories read them (one group's, or all). */
async function appView(only?: string) {
  const sorted = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  const inScope = (id: string | null) => only === undefined || id === only;
  return {
    groups: sorted((await groupsRepository(session).list()).filter((g) => inScope(g.id))),
    plans: sorted((await plansRepository(session).list()).filter((p) => inScope(p.groupId))),
    notes: sorted((await notesRepository(session).list()).filter((n) => inScope(n.groupId))),
  };
}

function valuesOf(decrypted: Decrypted, table: string): unknown[] {
  return (decrypted.tables[table] ?? [])
    .map((row) => {
      expect((row.value as { id: string }).id).toBe(row.id);
      return row.value as { id: string };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

// Each case starts Node processes that run Argon2id: seconds on a busy 2-core machine.
describe('scripts/decrypt-backup.mjs, the reference decryptor', { timeout: 60_000 }, () => {
  it('opens a whole-vault backup made by the app, with the passphrase as typed elsewhere', async () => {
    const { path, text } = await backupFile('vault.ckbackup');
    expect(text).not.toContain('الأسابيع');
    const run = await runScript([path], TYPED_PASSPHRASE);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Decrypted;
    expect(out.vault).toEqual({ id: session.vaultId, label: 'Mardi, salle 2' });
    expect(out.scope).toEqual({ kind: 'vault' });
    expect(Object.keys(out.tables)).toEqual([...BACKUP_TABLES]);
    const app = await appView();
    expect(valuesOf(out, 'groups')).toEqual(app.groups);
    expect(valuesOf(out, 'plans')).toEqual(app.plans);
    expect(valuesOf(out, 'notes')).toEqual(app.notes);
    expect(JSON.stringify(out)).toContain(ARABIC);
    // Every stored row, with its id, timestamp and schema version as the vault holds them.
    for (const table of BACKUP_TABLES) {
      const stored = await session.db.table<StoredRow>(table).toArray();
      expect(
        (out.tables[table] ?? []).map(({ id, updatedAt, sv }) => ({ id, updatedAt, sv })),
      ).toEqual(stored.map((row) => ({ id: row.id, updatedAt: row.updatedAt, sv: row.record.sv })));
    }
  });

  it("opens a group's backup with the recovery key, typed in lower case with hyphens", async () => {
    const { path } = await backupFile('group.ckbackup', { kind: 'group', groupId });
    const typed = recoveryKey.toLowerCase().replaceAll(' ', '-');
    const out = join(dir, 'group.json');
    const run = await runScript([path, '--recovery-key', '--out', out], typed);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const decrypted = JSON.parse(await readFile(out, 'utf8')) as Decrypted;
    expect(decrypted.scope).toEqual({ kind: 'group', groupId });
    const app = await appView(groupId);
    expect(valuesOf(decrypted, 'groups')).toEqual(app.groups);
    expect(valuesOf(decrypted, 'plans')).toEqual(app.plans);
    expect(valuesOf(decrypted, 'notes')).toEqual(app.notes);
    expect(app.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n5']);
    expect(decrypted.tables['settings']).toEqual([]);
  });

  it('refuses a wrong passphrase or recovery key (exit 4)', async () => {
    const { path } = await backupFile('wrong.ckbackup');
    const wrong = await runScript([path], 'five tables au cafe');
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('the passphrase does not open this backup');
    expect(wrong.stdout).toBe('');
    const flipped = recoveryKey.startsWith('A')
      ? `B${recoveryKey.slice(1)}`
      : `A${recoveryKey.slice(1)}`;
    const badKey = await runScript([path, '--recovery-key'], flipped);
    expect(badKey.code).toBe(4);
    expect(badKey.stderr).toMatch(/recovery key/);
    expect(await runScript([path, '--recovery-key'], 'ABCD-EFGH')).toMatchObject({ code: 4 });
  });

  it('refuses a tampered, truncated, foreign or newer file (exits 5, 2, 3)', async () => {
    const { text } = await backupFile('original.ckbackup');
    const json = JSON.parse(text) as {
      createdAt: number;
      version: number;
      vault: { label: string };
      counts: Record<string, number>;
      tables: Record<string, { record: { ct: string } }[]>;
    };
    const notes = json.tables['notes'] ?? [];
    const cases: [string, string, number, RegExp][] = [
      ['date', JSON.stringify({ ...json, createdAt: json.createdAt + 1 }), 5, /integrity tag/],
      ['label', JSON.stringify({ ...json, vault: { ...json.vault, label: 'X' } }), 5, /integrity/],
      [
        'swap',
        JSON.stringify({
          ...json,
          tables: {
            ...json.tables,
            notes: notes.map((row, i) => ({
              ...row,
              record: notes[(i + 1) % notes.length]?.record,
            })),
          },
        }),
        5,
        /integrity tag/,
      ],
      [
        'row removed with its count',
        JSON.stringify({
          ...json,
          counts: { ...json.counts, notes: notes.length - 1 },
          tables: { ...json.tables, notes: notes.slice(1) },
        }),
        5,
        /integrity tag/,
      ],
      [
        'row removed',
        JSON.stringify({ ...json, tables: { ...json.tables, notes: notes.slice(1) } }),
        5,
        /counts/,
      ],
      ['truncated', text.slice(0, Math.floor(text.length / 2)), 5, /cut short/],
      ['not a backup', '{"hello":"world"}', 2, /not a Circlekeeper backup/],
      ['not JSON', 'PK\u0003\u0004 a zip file', 2, /not a Circlekeeper backup/],
      ['newer', JSON.stringify({ ...json, version: 2 }), 3, /newer Circlekeeper/],
    ];
    for (const [name, body, code, message] of cases) {
      const path = join(dir, `${name.replaceAll(' ', '-')}.ckbackup`);
      await writeFile(path, body);
      const run = await runScript([path], PASSPHRASE);
      expect({ name, code: run.code, stdout: run.stdout }).toEqual({ name, code, stdout: '' });
      expect(run.stderr).toMatch(message);
    }
  });
});
