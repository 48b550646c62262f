import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newGroup, newMember, type Group } from '../../domain/groups/group';
import { newNote } from '../../domain/notes/note';
import { instantiateTemplate, type SessionPlan } from '../../domain/plans/plan';
import { BUILT_IN_TEMPLATES } from '../../domain/plans/templates';
import { startSession } from '../../domain/session/agenda';
import { sessionFromPlan, type LiveSession } from '../../domain/session/session';
import { openVaultDb, vaultDbName } from '../db';
import { VAULT_VERSIONS } from '../schema';
import { z } from '../schema/zod';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../testing/vaultFixtures';
import { groupsRepository } from './groups.repository';
import { notesRepository } from './notes.repository';
import { plansRepository } from './plans.repository';
import { createRepository, type VaultSession } from './repository';
import { sessionsRepository } from './sessions.repository';
import { DEFAULT_VAULT_SETTINGS, settingsRepository } from './settings.repository';

// Issue 6 added fields to the payloads of plans, sessions, groups and the vault settings. Each
// repository brings a record written before up to date as it reads it; here, records are
// written exactly as version 1 of each payload was (through a repository at schemaVersion 1,
// with a schema that lets the old shape through) and read back through today's repositories.

/** Any record with an id: what the version 1 writers below let through unchanged. */
const anyRecord = z.object({ id: z.string().min(1) }).loose();
type AnyRecord = z.infer<typeof anyRecord>;

type V1Table = 'plans' | 'sessions' | 'groups' | 'settings';

async function writeV1(session: VaultSession, table: V1Table, payload: AnyRecord): Promise<void> {
  await createRepository<AnyRecord>(session, { table, schemaVersion: 1, schema: anyRecord }).put(
    payload,
  );
}

/** The record without one field: what version 1 wrote before the field existed. */
function without<T extends object, K extends keyof T & string>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String((n += 1))}`;
}

const T0 = new Date(2026, 10, 17, 18, 30).getTime();

function aPlan(): SessionPlan {
  const template = BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error('no templates');
  return instantiateTemplate(
    template,
    'fr',
    { groupId: 'group-1', date: '2026-11-17', startTime: '18:30', venue: 'Salle 4' },
    counter('plan'),
  );
}

function aGroup(): Group {
  const ids = counter('group');
  const group = newGroup({ name: 'Cercle du mardi', kind: 'grief' }, 'fr', ids, T0);
  return { ...group, venue: 'Salle 4', members: [newMember('Émilie', ids, '2026-11-17')] };
}

let databases: TestDatabases;
let session: VaultSession;

describe('payloads written before issue 6', () => {
  beforeEach(async () => {
    databases = createTestDatabases();
    session = await createTestSession(databases);
  });

  afterEach(() => {
    databases.close();
  });

  it('a plan at version 1 reads back with no prompt on any item', async () => {
    const plan = aPlan();
    expect(plan.items.length).toBeGreaterThan(2);
    const { items, ...rest } = plan;
    await writeV1(session, 'plans', {
      ...rest,
      items: items.map((item) => without(item, 'prompt')),
    });

    const read = await plansRepository(session).get(plan.id);
    expect(read?.items.map((item) => item.prompt)).toEqual(items.map(() => null));
    expect(read).toEqual(plan);
    expect(await plansRepository(session).list()).toEqual([plan]);
  });

  it('a plan at version 2 keeps its prompts', async () => {
    const plan = aPlan();
    const withPrompt: SessionPlan = {
      ...plan,
      items: plan.items.map((item, i) =>
        i === 1 ? { ...item, prompt: { id: 'light-002', text: 'Quelle petite chose ?' } } : item,
      ),
    };
    await plansRepository(session).put(withPrompt);
    expect(await plansRepository(session).get(plan.id)).toEqual(withPrompt);
  });

  it('a live session at version 1 reads back with no prompt on any agenda entry', async () => {
    const plan = aPlan();
    let live: LiveSession = sessionFromPlan(plan, counter('session'), T0);
    live = { ...live, agenda: startSession(live.agenda, T0 + 60_000) };
    const { agenda, ...rest } = live;
    await writeV1(session, 'sessions', {
      ...rest,
      agenda: { ...agenda, entries: agenda.entries.map((entry) => without(entry, 'prompt')) },
    });

    const read = await sessionsRepository(session).get(live.id);
    expect(read?.agenda.entries.map((entry) => entry.prompt)).toEqual(
      agenda.entries.map(() => null),
    );
    expect(read).toEqual(live);
  });

  it('a group at version 1 reads back with the default confidentiality statement', async () => {
    const group = aGroup();
    await writeV1(session, 'groups', without(group, 'confidentiality'));

    const read = await groupsRepository(session).get(group.id);
    expect(read?.confidentiality).toBe('');
    expect(read).toEqual(group);
    expect(read?.members.map((m) => m.name)).toEqual(['Émilie']);
  });

  it('the vault settings at version 1 read back with note retention off', async () => {
    const settings = { ...DEFAULT_VAULT_SETTINGS, idleLockMinutes: 12, facilitatorName: 'Amina' };
    await writeV1(session, 'settings', without(settings, 'noteRetentionMonths'));

    const read = await settingsRepository(session).get(settings.id);
    expect(read?.noteRetentionMonths).toBeNull();
    expect(read).toEqual(settings);
  });

  it('a version 1 record without the old shape is still refused, not patched into validity', async () => {
    const unreadable: string[] = [];
    const watched = { ...session, onUnreadable: (p: { id: string }) => unreadable.push(p.id) };
    await writeV1(session, 'groups', { id: 'broken', name: 42 });
    await expect(groupsRepository(watched).get('broken')).rejects.toMatchObject({
      kind: 'corrupted',
    });
    expect(await groupsRepository(watched).list()).toEqual([]);
    expect(unreadable).toEqual(['broken']);
  });
});

describe('the vault database, version 2 to 3', () => {
  it('adds the notes, prompts, library and safety tables and keeps every group readable', async () => {
    databases = createTestDatabases();
    const name = vaultDbName('old');
    const v2 = databases.track(openVaultDb('old', { ...databases.options, upTo: 2 }));
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name)).not.toContain('notes');
    const oldSession = await createTestSession(databases, { vaultId: 'old', db: v2 });
    const group = aGroup();
    await groupsRepository(oldSession).put(group);
    const before = await exportDatabase(databases.indexedDB, name);
    v2.close();

    const v3 = databases.track(openVaultDb('old', databases.options));
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(VAULT_VERSIONS).toHaveLength(3);
    const tables = v3.tables.map((t) => t.name);
    for (const table of ['notes', 'prompts', 'library', 'safety']) expect(tables).toContain(table);

    const after = await exportDatabase(databases.indexedDB, name);
    expect(after?.version).toBe(3);
    // The groups rows are byte for byte what version 2 wrote.
    expect(after?.tables.groups).toEqual(before?.tables.groups);
    expect(after?.tables.groups?.rows).toHaveLength(1);
    expect(after?.tables.notes).toEqual({
      schema: 'id, createdAt, groupId, memberId, sessionId, updatedAt',
      rows: [],
    });
    for (const table of ['prompts', 'library', 'safety'])
      expect(after?.tables[table]).toEqual({ schema: 'id, updatedAt', rows: [] });

    const newSession = { ...oldSession, db: v3 };
    expect(await groupsRepository(newSession).get(group.id)).toEqual(group);
    // The new tables take encrypted records at once.
    const note = newNote({ groupId: group.id, body: 'CanaryUpgradeNote' }, 'note-1', T0);
    await notesRepository(newSession).put(note);
    expect(await notesRepository(newSession).listBy('groupId', group.id)).toEqual([note]);
    const stored = await exportDatabase(databases.indexedDB, name);
    expect(stored?.tables.notes?.rows).toHaveLength(1);
    expect(findPlaintext(stored, ['CanaryUpgradeNote', 'Cercle du mardi', 'Émilie'])).toEqual([]);
    databases.close();
  });
});
