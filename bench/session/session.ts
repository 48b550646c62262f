/**
 * The session every bench runs, set up the app's way and untimed: a vault created by the app's
 * vault service (the app's 64 MiB, the floor's passes: the KDF is not measured here) holding a
 * group of 34 members and a plan made from a built-in template, unlocked through the vault store;
 * then, through the session store's own actions (what StartSession, Attendance, ChimeSettings and
 * LiveView call), the plan set up as a session with 40 people in the room (34 checked in from the
 * roster, 6 walk-ins) and started.
 */
import { KDF_FLOOR, KDF_MEMORY_KIB, makeKdfParams } from '../../renderer/src/domain/crypto/kdf';
import { newGroup, newMember, type Group } from '../../renderer/src/domain/groups/group';
import {
  instantiateTemplate,
  summarizePlan,
  type AgendaItem,
  type SessionPlan,
} from '../../renderer/src/domain/plans/plan';
import { BUILT_IN_TEMPLATES } from '../../renderer/src/domain/plans/templates';
import { currentEntry, upcoming } from '../../renderer/src/domain/session/agenda';
import { checkIn, walkIn, type Attendee } from '../../renderer/src/domain/session/attendance';
import { localIsoDate } from '../../renderer/src/domain/time/calendar';
import { useGroupsStore } from '../../renderer/src/stores/groups.store';
import { useSessionStore } from '../../renderer/src/stores/session.store';
import { useVaultStore } from '../../renderer/src/stores/vault.store';

export const MIN = 60_000;
const PASSPHRASE = 'correct horse battery staple, au café';
const LABEL = 'Bench';
const newId = (): string => crypto.randomUUID();

const ROSTER = [
  'Samira',
  'Tom',
  'Aïcha',
  'Luc',
  'Noor',
  'Beth',
  'Karim',
  'Odile',
  'Yusuf',
  'Mei',
  'Jonas',
  'Fatima',
  'Rosa',
  'Idris',
  'Claire',
  'Dev',
  'Hana',
  'Marcus',
  'Ines',
  'Pavel',
  'Zainab',
  'Oliver',
  'Amara',
  'Kenji',
  'Lucía',
  'Bilal',
  'Greta',
  'Tariq',
  'Nadia',
  'Ruth',
  'Emeka',
  'Sofia',
  'Hugo',
  'Leila',
];
const WALK_INS = ['Jo', 'Sam', 'Rafi', 'Ana', 'Kit', 'Mo'];
export const PEOPLE = ROSTER.length + WALK_INS.length;

export type AgendaShape = 'template' | 'short';

/**
 * The plan: the peer-support template, lengthened with the other templates' middle items to
 * `items` items (a 2-hour evening). 'short' gives the same items 2, 1, 2, 1, 3 … minutes and
 * numbered titles, so that a warning or an end comes every minute or so (session-timer).
 */
function makePlan(group: Group, shape: AgendaShape, count: number): SessionPlan {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'peer-support') ?? BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error('no built-in templates');
  const plan = instantiateTemplate(
    template,
    'en',
    { groupId: group.id, date: localIsoDate(Date.now()), startTime: '18:30', venue: group.venue },
    newId,
  );
  const [first, ...rest] = plan.items;
  const last = rest.pop();
  if (!first || !last) throw new Error(`template ${template.id} has fewer than two items`);
  const extras = BUILT_IN_TEMPLATES.filter((t) => t.id !== template.id)
    .flatMap((t) => t.items)
    .filter((item) => item.kind !== 'welcome' && item.kind !== 'closing');
  const middle: AgendaItem[] = [...rest];
  for (let i = 0; middle.length < count - 2; i += 1) {
    const extra = extras[i % extras.length];
    if (!extra) throw new Error('no template items to lengthen the plan with');
    middle.push({
      id: newId(),
      kind: extra.kind,
      title: extra.title.en,
      minutes: extra.minutes,
      script: extra.script.en,
      prepNotes: '',
      materials: extra.materials.en,
      prompt: null,
    });
  }
  const items = [first, ...middle.slice(0, count - 2), last];
  const pattern = [2, 1, 2, 1, 3];
  return {
    ...plan,
    title: `${template.name.en} — Looking after yourself`,
    items:
      shape === 'template'
        ? items
        : items.map((item, i) => ({
            ...item,
            title: `${String(i + 1)}. ${item.title}`,
            minutes: pattern[i % pattern.length] ?? 2,
          })),
  };
}

function makeGroup(): Group {
  const group = newGroup({ name: 'Tuesday evening circle', kind: 'peer-led' }, 'en', newId, 0);
  const today = localIsoDate(Date.now());
  return {
    ...group,
    createdAt: Date.now(),
    meetingDay: 2,
    meetingTime: '18:30',
    venue: 'Community centre, room 2',
    purpose: 'A weekly peer support circle for people who have moved here in the last few years.',
    // Regulars, and a few newcomers (round order can put them first or last).
    members: ROSTER.map((name, i) => ({ ...newMember(name, newId, today), newcomer: i % 7 === 3 })),
  };
}

interface Seeded {
  readonly groupId: string;
  readonly planId: string;
  readonly attendees: readonly Attendee[];
}
let seeded: Seeded | null = null;

/** Who is in the room, as Attendance makes it: the roster checked in, then walk-ins. */
function roomOf(group: Group): Attendee[] {
  let attendees: Attendee[] = [];
  for (const member of group.members) attendees = checkIn(attendees, member);
  WALK_INS.forEach((alias, i) => {
    attendees = walkIn(attendees, alias, i % 2 === 0, newId);
  });
  return attendees;
}

/** Creates and unlocks the vault, with the group and its plan. Untimed. */
export async function seed(shape: AgendaShape, items: number): Promise<Seeded> {
  if (seeded) throw new Error('The page is already set up');
  const [{ vaultService }, { settingsRepository, DEFAULT_VAULT_SETTINGS }, groups, plans] =
    await Promise.all([
      import('../../renderer/src/stores/vault.runtime'),
      import('../../renderer/src/data/repositories/settings.repository'),
      import('../../renderer/src/data/repositories/groups.repository'),
      import('../../renderer/src/data/repositories/plans.repository'),
    ]);
  const kdf = makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations: KDF_FLOOR.iterations });
  const { session, recoveryKey } = await vaultService().create({
    label: LABEL,
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  const group = makeGroup();
  const plan = makePlan(group, shape, items);
  try {
    await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Samira' });
    await groups.groupsRepository(session).put(group);
    await plans.plansRepository(session).put(plan);
    await plans.planSummariesRepository(session).put(summarizePlan(plan));
  } finally {
    session.db.close();
  }

  // As the app starts: list the vaults, then unlock with the passphrase.
  await useVaultStore.getState().init();
  const outcome = await useVaultStore.getState().unlock(session.vaultId, PASSPHRASE);
  if (!outcome.ok) throw new Error(`Unlock failed: ${outcome.error}`);
  await useGroupsStore.getState().load();
  seeded = { groupId: group.id, planId: plan.id, attendees: roomOf(group) };
  return seeded;
}

export interface SessionOptions {
  readonly autoAdvance: boolean;
  /** The session's warning point (ChimeSettings' choice), in ms. */
  readonly warningMs?: number;
  /** Items' own warning points (LiveAgenda's WarningChoice), by position in the plan. */
  readonly itemWarnings?: Readonly<Record<number, number>>;
  /** Items moved on from right after the start ("next"), e.g. to reach the check-in round. */
  readonly skipTo?: number;
}

const store = () => useSessionStore.getState();

/** Sets up the plan as a session (as StartSession, Attendance and ChimeSettings do) and starts it. */
export async function beginSession(options: SessionOptions): Promise<void> {
  if (!seeded) throw new Error('Not seeded');
  const plan = await useGroupsStore.getState().loadPlan(seeded.planId);
  if (!plan) throw new Error('The plan could not be loaded');
  store().beginFromPlan(plan);
  store().setAttendees(seeded.attendees);
  if (options.warningMs !== undefined) store().updateSettings({ warningMs: options.warningMs });
  const entries = store().live?.agenda.entries ?? [];
  for (const [index, warningMs] of Object.entries(options.itemWarnings ?? {})) {
    const entry = entries[Number(index)];
    if (entry) store().agenda({ type: 'warning', id: entry.id, warningMs });
  }
  store().agenda({ type: 'auto-advance', on: options.autoAdvance });
  store().agenda({ type: 'start' });
  for (let i = 0; i < (options.skipTo ?? 0); i += 1) store().agenda({ type: 'next' });
}

/** Ends the session and closes its summary, as the facilitator does before the next one. */
export function endSession(): void {
  store().end();
  store().close();
}

/**
 * The queue as a facilitator leaves it: a few hands raised (raise-hand mode), someone speaking,
 * and, for 'round', a go-around started (the pacing line shows) with the raised hands kept.
 */
export function seedQueue(mode: 'raise-hand' | 'round', hands: number): void {
  const act = store().queue;
  act({ type: 'set-mode', mode: 'raise-hand' });
  const live = store().live;
  if (!live) throw new Error('No session');
  const busy = new Set([...live.queue.hands, live.queue.current?.memberId]);
  const free = live.attendees.map((a) => a.id).filter((id) => !busy.has(id));
  // Different people each time, so that records (turns, time, passes) spread over the room.
  const offset = live.queue.hands.length + Object.keys(live.queue.records).length;
  for (let i = 0; i < hands && free.length > 0; i += 1) {
    const id = free[(offset + i * 7) % free.length];
    if (id !== undefined) act({ type: 'raise', memberId: id });
  }
  if (!store().live?.queue.current) act({ type: 'next' });
  if (mode === 'round') {
    act({ type: 'set-mode', mode: 'round' });
    act({ type: 'start-round' });
  }
}

/** What the latency bench checks after each interaction. */
export function sessionState() {
  const live = store().live;
  if (!live) throw new Error('No session');
  const entry = currentEntry(live.agenda);
  const queue = live.queue;
  return {
    itemId: entry?.id ?? null,
    itemIndex: entry ? live.agenda.entries.indexOf(entry) : -1,
    upcoming: upcoming(live.agenda).length,
    paused: entry ? entry.countdown.pausedAt !== null : false,
    speaker: queue.current?.memberId ?? null,
    waiting: queue.mode === 'round' ? (queue.round?.length ?? 0) : queue.hands.length,
    passes: Object.values(queue.records).reduce((sum, r) => sum + r.passes, 0),
    turns: Object.values(queue.records).reduce((sum, r) => sum + r.turns, 0),
    mode: queue.mode,
    attendees: live.attendees.length,
    hands: queue.hands.length,
  };
}
