/**
 * The plans-open bench's page (bench/benches/plans-open.mjs): the app's group page and plan
 * editor, its stores and its encrypted data layer, imported straight from renderer/src, behind
 * `window.bench`.
 *
 * Nothing here stands in for the app: the vault is created and unlocked by the app's vault
 * service (the store's `unlock` action, the key-derivation worker, the vault database at schema
 * v2), the group and its plans are written by the app's repositories, and each measure mounts
 * the app's GroupPage (with its PlanList) or PlanEditor inside the app's providers (HostProvider,
 * I18nProvider with the English catalog) and stylesheets, in a frame shaped like the Shell's.
 * The plans come into memory the app's way: the group page calls useGroupsStore's loadPlans,
 * which lists the group's plan summaries through planSummariesRepository.listBy('groupId')
 * (IndexedDB, AES-GCM, JSON, zod), and the plan editor calls loadPlan, which reads the one plan.
 * The page only decides what is on screen, as the router does for GroupsScreen.
 */
import '@fontsource-variable/atkinson-hyperlegible-next/wght.css';
import '@fontsource-variable/noto-sans-arabic/wght.css';
import '../../renderer/src/styles/tokens.css';
import '../../renderer/src/styles/base.css';
import '../../renderer/src/styles/shell.css';
import '../../renderer/src/styles/components.css';
import '../../renderer/src/styles/vault.css';
import '../../renderer/src/styles/plans.css';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useDocumentPrefs } from '../../renderer/src/app/useDocumentPrefs';
import type { EncryptedRow } from '../../renderer/src/data/db';
import { KDF_FLOOR, KDF_MEMORY_KIB, makeKdfParams } from '../../renderer/src/domain/crypto/kdf';
import { decryptRecord } from '../../renderer/src/domain/crypto/records';
import { newGroup, newMember, type Group } from '../../renderer/src/domain/groups/group';
import {
  addDays,
  instantiateTemplate,
  summarizePlan,
  type AgendaItem,
  type SessionPlan,
} from '../../renderer/src/domain/plans/plan';
import {
  BUILT_IN_TEMPLATES,
  type TemplateItem,
  type TemplateLanguage,
} from '../../renderer/src/domain/plans/templates';
import { localIsoDate } from '../../renderer/src/domain/time/calendar';
import { GroupPage } from '../../renderer/src/features/groups/GroupPage';
import { PlanEditor } from '../../renderer/src/features/groups/PlanEditor';
import { RECENT_PAST } from '../../renderer/src/features/groups/PlanList';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { ENGLISH } from '../../renderer/src/i18n/i18n';
import { createBrowserHost } from '../../renderer/src/platform/browser-host';
import { HostProvider } from '../../renderer/src/platform/HostProvider';
import { useGroupsStore } from '../../renderer/src/stores/groups.store';
import { prefsSelectors } from '../../renderer/src/stores/prefs.selectors';
import { usePrefsStore } from '../../renderer/src/stores/prefs.store';
import { useVaultStore } from '../../renderer/src/stores/vault.store';
import { longest, longTasksBetween, round, settleLongTasks, sleep } from '../pages/long-tasks';

// The data layer is imported on first use, as the app's stores do, so it keeps its own chunk.
const loadRuntime = () => import('../../renderer/src/stores/vault.runtime');
const loadGroups = () => import('../../renderer/src/data/repositories/groups.repository');
const loadPlans = () => import('../../renderer/src/data/repositories/plans.repository');
const loadSettings = () => import('../../renderer/src/data/repositories/settings.repository');

// ---- realistic plans, deterministic per seed (ids are random UUIDs, as the app's) ----

/** mulberry32: a small seeded PRNG, so every run stores the same kind of text. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T,>(random: Random, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
const newId = (): string => crypto.randomUUID();

const THEMES: Readonly<Record<TemplateLanguage, readonly string[]>> = {
  en: [
    'Sleep and long evenings',
    'Anniversaries and hard dates',
    'Asking for help',
    'Family gatherings',
    'Looking after yourself',
    'Work and money worries',
    'Friendships that changed',
    'Small steps forward',
    'Learning to say no',
    'The memories we carry',
  ],
  fr: [
    'Le sommeil et les longues soirées',
    'Anniversaires et dates difficiles',
    "Demander de l'aide",
    'Les réunions de famille',
    'Prendre soin de soi',
    "Travail et soucis d'argent",
    'Les amitiés qui ont changé',
    'Petits pas en avant',
    'Apprendre à dire non',
    'Les souvenirs que nous portons',
  ],
  ar: [
    'النوم والأمسيات الطويلة',
    'الذكريات السنوية والتواريخ الصعبة',
    'طلب المساعدة',
    'اللقاءات العائلية',
    'الاعتناء بالنفس',
    'هموم العمل والمال',
    'صداقات تغيرت',
    'خطوات صغيرة إلى الأمام',
    'تعلم قول لا',
    'الذكريات التي نحملها',
  ],
};

const PREP_NOTES: Readonly<Record<TemplateLanguage, readonly string[]>> = {
  en: [
    'Check the room is booked for the next two weeks and bring the spare key for the cupboard.',
    'Last time two members talked over each other here: remind everyone gently about one voice at a time.',
    'Keep this short if the check-in runs long; the closing round matters more tonight.',
    'Have the leaflet about the evening helpline ready, in case someone asks for it after the session.',
  ],
  fr: [
    'Vérifier que la salle est réservée pour les deux prochaines semaines et apporter la clé du placard.',
    'La dernière fois, deux personnes ont parlé en même temps ici : rappeler doucement la règle d’une voix à la fois.',
    'Raccourcir si le tour de météo déborde ; le tour de clôture compte davantage ce soir.',
  ],
  ar: [
    'التأكد من حجز القاعة للأسبوعين القادمين وإحضار مفتاح الخزانة الاحتياطي.',
    'في المرة الماضية تحدث عضوان في الوقت نفسه هنا: التذكير بلطف بقاعدة صوت واحد في كل مرة.',
    'الاختصار إذا طالت جولة الاطمئنان، فجولة الختام أهم هذا المساء.',
  ],
};

const MEMBER_NAMES = [
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
];

const ITEMS_PER_PLAN = 12;
const SCRIPT_MIN = 300;
const SCRIPT_MAX = 600;

/** The sentences of every built-in script in a language: the stock the scripts are cut from. */
function sentencesOf(language: TemplateLanguage): string[] {
  return BUILT_IN_TEMPLATES.flatMap((template) => template.items)
    .flatMap((item) => item.script[language].split(/(?<=[.!?؟])\s+/u))
    .filter((sentence) => sentence.length > 20);
}

/** A read-aloud script of 300–600 characters, starting from the template's own text. */
function fitScript(base: string, sentences: readonly string[], random: Random): string {
  const target = between(random, SCRIPT_MIN, SCRIPT_MAX);
  let text = base.trim();
  while (text.length < target) text = `${text} ${pick(random, sentences)}`.trim();
  if (text.length <= SCRIPT_MAX) return text;
  const head = text.slice(0, SCRIPT_MAX);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('؟ '));
  if (end + 1 >= SCRIPT_MIN) return head.slice(0, end + 1);
  return `${head.slice(0, head.lastIndexOf(' '))}…`;
}

interface Stock {
  readonly sentences: readonly string[];
  /** Items of every template but welcomes and closings, to lengthen agendas to 12 items. */
  readonly middles: readonly TemplateItem[];
  readonly materials: readonly string[];
}

function stockOf(language: TemplateLanguage): Stock {
  const items = BUILT_IN_TEMPLATES.flatMap((template) => template.items);
  return {
    sentences: sentencesOf(language),
    middles: items.filter((item) => item.kind !== 'welcome' && item.kind !== 'closing'),
    materials: items.map((item) => item.materials[language]).filter((text) => text !== ''),
  };
}

/**
 * The n-th plan of a group that meets weekly: a built-in template in the plan's language
 * (instantiateTemplate, as "New plan" does), its agenda lengthened to exactly 12 items with items
 * of the other templates, every script 300–600 characters, materials on most items and private
 * preparation notes on some.
 */
function makePlan(
  n: number,
  group: Group,
  date: string,
  language: TemplateLanguage,
  stock: Stock,
  random: Random,
): SessionPlan {
  const template = BUILT_IN_TEMPLATES[n % BUILT_IN_TEMPLATES.length];
  if (!template) throw new Error('no built-in templates');
  const plan = instantiateTemplate(
    template,
    language,
    { groupId: group.id, date, startTime: group.meetingTime, venue: group.venue },
    newId,
  );
  const [first, ...rest] = plan.items;
  const last = rest.pop();
  if (!first || !last) throw new Error(`template ${template.id} has fewer than two items`);
  const middle: AgendaItem[] = rest.slice(0, ITEMS_PER_PLAN - 2);
  while (middle.length < ITEMS_PER_PLAN - 2) {
    const extra = pick(random, stock.middles);
    middle.push({
      id: newId(),
      kind: extra.kind,
      title: extra.title[language],
      minutes: extra.minutes,
      script: extra.script[language],
      prepNotes: '',
      materials: extra.materials[language],
      prompt: null,
    });
  }
  const items = [first, ...middle, last].map((item) => ({
    ...item,
    script: fitScript(item.script, stock.sentences, random),
    materials:
      item.materials === '' && random() < 0.5 ? pick(random, stock.materials) : item.materials,
    prepNotes: random() < 0.3 ? pick(random, PREP_NOTES[language]) : '',
  }));
  return {
    ...plan,
    title: `${template.name[language]} — ${pick(random, THEMES[language])}`,
    intendedMinutes: 120,
    items,
  };
}

function makeGroup(today: string): Group {
  const group = newGroup({ name: 'Tuesday evening circle', kind: 'peer-led' }, 'en', newId, 0);
  return {
    ...group,
    createdAt: Date.now(),
    meetingDay: 2,
    meetingTime: '18:30',
    venue: 'Community centre, room 2',
    purpose:
      'A weekly peer support circle for people who have moved here in the last few years: a ' +
      'quiet hour to talk about settling in, loneliness, work and family, in English, French ' +
      'or Arabic, with tea afterwards.',
    members: MEMBER_NAMES.map((name, i) => ({
      ...newMember(name, newId, addDays(today, -7 * (i * 9))),
      pronouns: i % 3 === 0 ? 'she/her' : i % 3 === 1 ? 'he/him' : '',
      newcomer: i >= 12,
      active: i !== 5,
    })),
  };
}

/** Mostly English, with French and Arabic sessions: the group runs in three languages. */
const languageOf = (n: number): TemplateLanguage =>
  n % 10 === 3 ? 'fr' : n % 10 === 7 ? 'ar' : 'en';

// ---- timing helpers ----

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

/** Resolves with the time the container first holds exactly `count` elements matching selector. */
function whenCount(selector: string, count: number, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const matches = () => container?.querySelectorAll(selector).length ?? 0;
    if (matches() === count) {
      resolve(performance.now());
      return;
    }
    const observer = new MutationObserver(() => {
      if (matches() !== count) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(
          `${String(matches())} × ${selector} after ${String(timeoutMs)} ms, not ${String(count)}`,
        ),
      );
    }, timeoutMs);
    observer.observe(container ?? document.body, { childList: true, subtree: true });
  });
}

/**
 * After the DOM change: `producedAt` once the next frame's style, layout and paint are done (a
 * task posted from its requestAnimationFrame runs after them), `paintedAt` at the start of the
 * frame after (double requestAnimationFrame: the frame with the change has been painted). The
 * budget is measured to `paintedAt`.
 */
function afterPaint(): Promise<{ producedAt: number; paintedAt: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      let producedAt = Number.NaN;
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        producedAt = performance.now();
        port1.close();
      };
      port2.postMessage(null);
      requestAnimationFrame(() => {
        const paintedAt = performance.now();
        resolve({ producedAt: Number.isNaN(producedAt) ? paintedAt : producedAt, paintedAt });
      });
    });
  });
}

// ---- what is on screen: what the router would show in the Groups area ----

type Screen =
  | { readonly kind: 'none' }
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'plan'; readonly groupId: string; readonly planId: string };

let screen: Screen = { kind: 'none' };
const screenListeners = new Set<() => void>();
/** Like a hash change: the screen re-renders synchronously (useSyncExternalStore). */
function show(next: Screen): void {
  screen = next;
  for (const listener of screenListeners) listener();
}
function subscribeScreen(listener: () => void): () => void {
  screenListeners.add(listener);
  return () => screenListeners.delete(listener);
}

/** As GroupsScreen renders a group or a plan (keyed the same way), with the app's document prefs. */
function BenchScreen() {
  const current = useSyncExternalStore(subscribeScreen, () => screen);
  const theme = usePrefsStore(prefsSelectors.theme);
  const textSize = usePrefsStore(prefsSelectors.textSize);
  const motion = usePrefsStore(prefsSelectors.motion);
  useDocumentPrefs('en', theme, textSize, motion);
  switch (current.kind) {
    case 'group':
      return <GroupPage key={current.groupId} groupId={current.groupId} />;
    case 'plan':
      return <PlanEditor key={current.planId} groupId={current.groupId} planId={current.planId} />;
    case 'none':
      return null;
  }
}

let mounted = false;
function mountApp(): void {
  if (mounted || !container) return;
  mounted = true;
  createRoot(container).render(
    <StrictMode>
      <HostProvider host={createBrowserHost(window, 'bench')}>
        <I18nProvider language="en" catalog={ENGLISH} fallback={ENGLISH}>
          {/* The Shell's frame, so the screens get the app's width and layout. */}
          <div className="shell">
            <aside className="sidebar" aria-hidden="true" />
            <main id="main" tabIndex={-1} className="main">
              <BenchScreen />
            </main>
          </div>
        </I18nProvider>
      </HostProvider>
    </StrictMode>,
  );
}

// ---- what the bench calls ----

const PASSPHRASE = 'correct horse battery staple, au café';
const LABEL = 'Bench';
const PAYLOAD_SEED = 0x9a1a5;
const PLAN_ROW = '[data-testid="plan-row"]';
const AGENDA_ROW = '[data-testid="agenda-item"]';

const averageJsonChars = (records: readonly unknown[]): number =>
  Math.round(
    records.reduce<number>((sum, record) => sum + JSON.stringify(record).length, 0) /
      Math.max(1, records.length),
  );

/**
 * Creates a vault through the app's vault service (the app's memory cost, the floor's passes:
 * the KDF is not what this bench measures) and stores one group with `planCount` plans of 12
 * items through the app's repositories. Untimed.
 */
async function seed(planCount: number) {
  const { vaultService } = await loadRuntime();
  const kdf = makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations: KDF_FLOOR.iterations });
  const { session, recoveryKey } = await vaultService().create({
    label: LABEL,
    passphrase: PASSPHRASE,
    kdf,
  });
  recoveryKey.fill(0);
  const random = prng(PAYLOAD_SEED);
  const today = localIsoDate(Date.now());
  const group = makeGroup(today);
  const stocks = { en: stockOf('en'), fr: stockOf('fr'), ar: stockOf('ar') };
  // Weekly sessions: most in the past, the last few still to come.
  const upcoming = Math.min(10, planCount);
  const plans = Array.from({ length: planCount }, (_, n) => {
    const language = languageOf(n);
    const date = addDays(today, 7 * (n - (planCount - upcoming)));
    return makePlan(n, group, date, language, stocks[language], random);
  });
  try {
    const [{ settingsRepository, DEFAULT_VAULT_SETTINGS }, { groupsRepository }, plansModule] =
      await Promise.all([loadSettings(), loadGroups(), loadPlans()]);
    await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Samira' });
    await groupsRepository(session).put(group);
    // As the app writes them: each plan, and the summary its group's list reads.
    await plansModule.plansRepository(session).putMany(plans);
    await plansModule.planSummariesRepository(session).putMany(plans.map(summarizePlan));
    const stored = await session.db.table('plans').count();
    if (stored !== planCount)
      throw new Error(`Stored ${String(stored)} plans, not ${String(planCount)}`);
  } finally {
    session.db.close();
  }
  const items = plans.flatMap((plan) => plan.items);
  return {
    vaultId: session.vaultId,
    kdf: { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations },
    groupId: group.id,
    plans: plans.length,
    itemsPerPlan: [...new Set(plans.map((plan) => plan.items.length))],
    upcoming,
    languages: Object.fromEntries(
      (['en', 'fr', 'ar'] as const).map((l) => [l, plans.filter((p) => p.language === l).length]),
    ),
    averagePlanJsonChars: averageJsonChars(plans),
    scriptChars: {
      min: Math.min(...items.map((item) => item.script.length)),
      max: Math.max(...items.map((item) => item.script.length)),
    },
    itemsWithMaterials: items.filter((item) => item.materials !== '').length,
    itemsWithPrepNotes: items.filter((item) => item.prepNotes !== '').length,
  };
}

interface Sample {
  /** Budgeted: from the screen change to the frame after the one that shows it (double rAF). */
  readonly ms: number;
  /** From the screen change until the rows are in the DOM. */
  readonly rowsMs: number;
  /** Until the frame with the rows is produced (style, layout, paint done). */
  readonly producedMs: number;
  /** When loadPlans started, and the plans were in the store (null: already in memory). */
  readonly loadStartMs: number | null;
  readonly loadedMs: number | null;
  readonly start: number;
  readonly end: number;
}

/**
 * Changes the screen and times it until `count` rows matching `selector` are painted. Each sample
 * is also a user-timing measure ("plans-open:<label>"), so it shows in a DevTools trace.
 */
async function timeScreen(
  label: string,
  next: Screen,
  selector: string,
  count: number,
): Promise<Sample> {
  // Let the previous screen's work (and its garbage) settle first.
  await nextFrame();
  await sleep(60);
  const groupId = next.kind === 'none' ? '' : next.groupId;
  // Set from the store's subscription callback, when loadPlans starts and when it is done.
  const load: { started: number | null; done: number | null } = { started: null, done: null };
  const unsubscribe = useGroupsStore.subscribe((state) => {
    const status = state.plansLoaded[groupId];
    if (status === 'loading') load.started ??= performance.now();
    if (status === 'ready') load.done ??= performance.now();
  });
  const start = performance.now();
  try {
    show(next);
    const rowsAt = await whenCount(selector, count);
    const { producedAt, paintedAt } = await afterPaint();
    performance.measure(`plans-open:${label}`, { start, end: paintedAt });
    performance.measure(`plans-open:${label}:rows`, { start, end: rowsAt });
    return {
      ms: round(paintedAt - start),
      rowsMs: round(rowsAt - start),
      producedMs: round(producedAt - start),
      loadStartMs: load.started === null ? null : round(load.started - start),
      loadedMs: load.done === null ? null : round(load.done - start),
      start,
      end: paintedAt,
    };
  } finally {
    unsubscribe();
  }
}

/** Nothing on screen and no plans in memory, as right after unlocking. */
async function forgetPlans(): Promise<void> {
  show({ kind: 'none' });
  await nextFrame();
  useGroupsStore.setState({ plans: {}, summaries: {}, plansLoaded: {}, planLoads: {} });
}

async function unmount(): Promise<void> {
  show({ kind: 'none' });
  await nextFrame();
}

/**
 * Where the time of listing the group's plans goes, phase by phase, outside React: IndexedDB
 * (the groupId index), issuing the AES-GCM decryptions, waiting for them, UTF-8 + JSON.parse,
 * zod (the app's planSchema); and the repository's listBy as a whole (which interleaves these
 * per slice of 100 records and yields between slices).
 */
async function profileRead(groupId: string) {
  const session = useVaultStore.getState().session;
  if (!session) throw new Error('The vault is locked');
  const { planSchema, plansRepository } = await loadPlans();
  const t0 = performance.now();
  const rows = await session.db
    .table<EncryptedRow, string>('plans')
    .where('groupId')
    .equals(groupId)
    .toArray();
  const t1 = performance.now();
  const pending = rows.map((row) =>
    decryptRecord(
      session.dek,
      session.keyId,
      { database: session.db.name, table: 'plans', id: row.id },
      row.record,
    ),
  );
  const t2 = performance.now();
  const plaintexts = (await Promise.all(pending)).map((result) => result.plaintext);
  const t3 = performance.now();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const payloads = plaintexts.map((bytes) => JSON.parse(decoder.decode(bytes)) as unknown);
  const t4 = performance.now();
  const valid = payloads.filter((payload) => planSchema.safeParse(payload).success).length;
  const t5 = performance.now();
  if (valid !== rows.length) throw new Error(`${String(rows.length - valid)} plans invalid`);
  await sleep(50);
  const t6 = performance.now();
  const listed = await plansRepository(session).listBy('groupId', groupId);
  const t7 = performance.now();
  if (listed.length !== rows.length) throw new Error(`listBy read ${String(listed.length)} plans`);
  return {
    rows: rows.length,
    idbReadMs: round(t1 - t0),
    decryptIssueMs: round(t2 - t1),
    decryptWaitMs: round(t3 - t2),
    jsonParseMs: round(t4 - t3),
    zodMs: round(t5 - t4),
    listByMs: round(t7 - t6),
  };
}

interface MeasureOptions {
  /** The plans seed() stored in the group. */
  readonly plans: number;
  readonly samples: number;
  readonly warmUps: number;
  readonly profileReads: number;
}

/**
 * After a restart: unlocks through the vault store (untimed), loads the groups (as the Groups
 * area does on arrival), then, per iteration (warm-ups discarded):
 *
 * 1. list: nothing on screen, no plans in memory → GroupPage until its plan rows (upcoming and
 *    the most recent past ones) are painted;
 * 2. listToPlan (information): from that painted list to a plan's PlanEditor, as a click does;
 * 3. plan: nothing on screen, the group's summaries in memory → PlanEditor (which reads the one
 *    plan) until its 12 agenda rows are painted;
 * 4. coldPlan (information): nothing on screen, no plans in memory → PlanEditor, painted.
 *
 * The very first list after unlocking (JIT-cold code, first reads) is kept apart as firstList.
 */
async function measure({ plans: planCount, samples, warmUps, profileReads }: MeasureOptions) {
  await useVaultStore.getState().init();
  const vault = useVaultStore.getState().vaults[0];
  if (!vault || useVaultStore.getState().vaults.length !== 1)
    throw new Error(`Expected one vault, found ${String(useVaultStore.getState().vaults.length)}`);
  const outcome = await useVaultStore.getState().unlock(vault.id, PASSPHRASE);
  if (!outcome.ok) throw new Error(`Unlock failed: ${outcome.error}`);
  await useGroupsStore.getState().load();
  const groups = Object.values(useGroupsStore.getState().groups);
  const group = groups[0];
  if (!group || groups.length !== 1)
    throw new Error(`Expected one group, found ${String(groups.length)}`);
  mountApp();
  await sleep(500); // Unlocking's own follow-up work (idle prefetch, settings) settles first.

  // The list shows every upcoming plan and the most recent past ones ("Show older plans" for
  // the rest): 10 upcoming are seeded, so 10 + RECENT_PAST rows.
  const shownRows = Math.min(planCount, 10 + RECENT_PAST);
  const list = (label: string) =>
    timeScreen(label, { kind: 'group', groupId: group.id }, PLAN_ROW, shownRows);
  const plan = (label: string, planId: string) =>
    timeScreen(label, { kind: 'plan', groupId: group.id, planId }, AGENDA_ROW, ITEMS_PER_PLAN);

  await forgetPlans();
  const firstList = await list('firstList');
  const planIds = Object.values(useGroupsStore.getState().summaries)
    .filter((p) => p.groupId === group.id)
    .map((p) => p.id)
    .sort();
  if (planIds.length !== planCount)
    throw new Error(`The group has ${String(planIds.length)} plans, not ${String(planCount)}`);
  // A different plan each time, across the list (and so across its three languages).
  const planAt = (i: number, offset: number) =>
    planIds[(i * 37 + offset) % planIds.length] ?? planIds[0] ?? '';

  const runs: { list: Sample; listToPlan: Sample; plan: Sample; coldPlan: Sample }[] = [];
  for (let i = 0; i < warmUps + samples; i += 1) {
    const warm = i < warmUps ? 'warmUp:' : '';
    await forgetPlans();
    const listSample = await list(`${warm}list`);
    const listToPlan = await plan(`${warm}listToPlan`, planAt(i, 0));
    await unmount();
    const planSample = await plan(`${warm}plan`, planAt(i, 11));
    await forgetPlans();
    const coldPlan = await plan(`${warm}coldPlan`, planAt(i, 23));
    await unmount();
    if (i >= warmUps) runs.push({ list: listSample, listToPlan, plan: planSample, coldPlan });
  }

  const reads = [];
  for (let i = 0; i < profileReads; i += 1) reads.push(await profileRead(group.id));
  await settleLongTasks();

  const withLongTasks = (sample: Sample) => {
    const tasks = longTasksBetween(sample.start, sample.end);
    return {
      ms: sample.ms,
      rowsMs: sample.rowsMs,
      producedMs: sample.producedMs,
      loadStartMs: sample.loadStartMs,
      loadedMs: sample.loadedMs,
      longestLongTaskMs: longest(tasks),
      longTasks: tasks,
    };
  };
  const { save, drafts } = useGroupsStore.getState();
  return {
    firstList: withLongTasks(firstList),
    runs: runs.map((run) => ({
      list: withLongTasks(run.list),
      listToPlan: withLongTasks(run.listToPlan),
      plan: withLongTasks(run.plan),
      coldPlan: withLongTasks(run.coldPlan),
    })),
    reads,
    // Opening screens must not write: a save here would mean the components changed a plan.
    saveStatus: save,
    drafts: Object.keys(drafts).length,
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

const bench = { seed, measure };
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// The readiness signal bench/lib/browser.mjs waits for, as the app and the other pages set it.
document.documentElement.dataset['ready'] = 'true';
performance.mark('circlekeeper:interactive');
