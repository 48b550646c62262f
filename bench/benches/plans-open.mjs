/**
 * Opening a big group's plans (issue: "A group with 200 plans of 12 items each: opening the plan
 * list and opening a plan each stay under 100 ms (p95) after unlock"). Runs the app's own code in
 * bench/plans: the real GroupPage (with its PlanList) and PlanEditor, the real groups store
 * (loadPlans → plansRepository.listBy('groupId') → AES-GCM decrypt + zod for each plan), the
 * vault store and vault service, in the app's providers, stylesheets and CSP.
 *
 * One browser profile on disk: a first browser creates the vault (Argon2id at the app's 64 MiB
 * with the floor's 2 passes: the KDF is not timed here) and stores one group with 200 plans of
 * exactly 12 items (built-in templates lengthened with items of the others; 300–600 character
 * read-aloud scripts, materials, goals, some private notes; mostly English, a fifth French or
 * Arabic; weekly dates, the last 10 to come). Then, SESSIONS times, a new browser on the same
 * profile (the app restarted) unlocks through the vault store (untimed) and times, per iteration:
 *
 * - list (budgeted): nothing on screen and no plans in memory → mount GroupPage, until its rows
 *   are in the DOM and painted: it reads the 200 plans' encrypted summaries and shows the
 *   upcoming plans and the 10 most recent past ones ("Show older plans" for the rest);
 * - plan (budgeted): nothing on screen, the group's summaries in memory (as after the list, when
 *   the facilitator clicks one) → mount PlanEditor, which reads that one plan, until its 12
 *   agenda rows are painted;
 * - coldPlan (information): PlanEditor with nothing in memory (a plan opened straight after
 *   unlocking);
 * - listToPlan (information): from the painted list to PlanEditor, as a click on a plan does,
 *   unmounting the 200 rows on the way.
 *
 * "Painted" is a double requestAnimationFrame after the rows appear (a MutationObserver sees
 * them): the frame that shows them has been painted. The figures also keep when the rows reached
 * the DOM and when their frame was produced (a task posted from its requestAnimationFrame), so
 * the wait for the next frame can be told apart. The first list after each unlock is kept apart
 * (firstList). Long tasks are observed throughout; a sample with none reports 0. After the
 * samples, each session reads the group's plans outside React phase by phase (IndexedDB,
 * decrypt, JSON, zod, and listBy whole) to show where the data time goes.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { median, quantile, summary } from '../lib/stats.mjs';
import { callVaultBench, newProfile, serveDataPage } from '../lib/vault-page.mjs';

export const name = 'plans-open';
export const budget =
  'group of 200 plans × 12 items, after unlock: opening the plan list and opening a plan each p95 ≤ 100 ms';

const PLANS = 200;
const MAX_P95_MS = 100;
/** Browser restarts (each an unlock); the samples are split between them. */
const SESSIONS = 4;
const DEFAULT_SAMPLES = 40;
const WARM_UPS = 3;
const PROFILE_READS = 5;
const MEASURE_TIMEOUT_MS = 300_000;

const PLANS_PAGE_ROOT = fileURLToPath(new URL('../plans/', import.meta.url));
const MEASURES = ['list', 'plan', 'coldPlan', 'listToPlan'];
/** What each sample splits (bench/plans/main.tsx, timeScreen), in ms from the screen change. */
const PHASES = ['rowsMs', 'producedMs', 'ms', 'loadStartMs', 'loadedMs', 'longestLongTaskMs'];
const READ_PHASES = [
  'idbReadMs',
  'decryptIssueMs',
  'decryptWaitMs',
  'jsonParseMs',
  'zodMs',
  'listByMs',
];

/** Browsers clamp performance timings to 0.1 ms or coarser; more digits are float noise. */
const tenth = (ms) => Math.round(ms * 10) / 10;
const p95 = (values) => quantile(values, 0.95);
const medianOf = (values) => {
  const present = values.filter((value) => typeof value === 'number');
  return present.length === 0 ? null : tenth(median(present));
};

export async function run(ctx) {
  const totalSamples = ctx.samples ?? DEFAULT_SAMPLES;
  const perSession = Math.max(1, Math.ceil(totalSamples / SESSIONS));
  const url = await serveDataPage(ctx, {
    root: PLANS_PAGE_ROOT,
    label: 'bench/plans',
    plugins: [react()],
  });
  const profilesRoot = await ctx.tempDir('circlekeeper-plans-profiles-');
  const profile = await newProfile(profilesRoot); // Removed with profilesRoot by the runner.
  const call = (method, args) =>
    callVaultBench(profile, url, method, args, { log: ctx.log, timeoutMs: MEASURE_TIMEOUT_MS });

  const seeded = await call('seed', [PLANS]);
  ctx.log(
    `seeded ${seeded.plans} plans × ${seeded.itemsPerPlan.join('/')} items ` +
      `(${seeded.averagePlanJsonChars} JSON chars each, scripts ${seeded.scriptChars.min}–${seeded.scriptChars.max}), ` +
      `languages ${JSON.stringify(seeded.languages)}`,
  );
  if (seeded.plans !== PLANS || seeded.itemsPerPlan.length !== 1 || seeded.itemsPerPlan[0] !== 12)
    throw new Error(`Seeded ${JSON.stringify(seeded)}, expected ${PLANS} plans of 12 items.`);

  const sessions = [];
  for (let s = 0; s < SESSIONS; s += 1) {
    const result = await call('measure', [
      { plans: PLANS, samples: perSession, warmUps: WARM_UPS, profileReads: PROFILE_READS },
    ]);
    if (result.saveStatus !== 'idle' || result.drafts !== 0)
      throw new Error(`Opening screens wrote something: save ${result.saveStatus}.`);
    sessions.push(result);
    const med = (measure) => tenth(median(result.runs.map((r) => r[measure].ms)));
    ctx.log(
      `session ${s + 1}/${SESSIONS}: first list ${result.firstList.ms} ms; medians: list ${med('list')} ms, ` +
        `plan ${med('plan')} ms, cold plan ${med('coldPlan')} ms, list → plan ${med('listToPlan')} ms`,
    );
  }

  const runs = sessions.flatMap((session) => session.runs);
  const samples = Object.fromEntries(
    MEASURES.map((measure) => [measure, runs.map((r) => r[measure].ms)]),
  );
  samples.firstList = sessions.map((session) => session.firstList.ms);
  for (const measure of MEASURES)
    samples[`${measure}LongestLongTask`] = runs.map((r) => r[measure].longestLongTaskMs);

  const medians = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, tenth(median(values))]),
  );
  const percentiles = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, tenth(p95(values))]),
  );
  // Where each measure's time goes: medians of every phase (ms from the screen change).
  const phases = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      Object.fromEntries(
        PHASES.map((phase) => [phase, medianOf(runs.map((r) => r[measure][phase]))]),
      ),
    ]),
  );
  const reads = sessions.flatMap((session) => session.reads);
  const secondRead = Object.fromEntries(
    READ_PHASES.map((phase) => [phase, medianOf(reads.map((read) => read[phase]))]),
  );
  for (const measure of MEASURES)
    ctx.log(
      `${measure} phases (medians, ms from the screen change): ${JSON.stringify(phases[measure])}`,
    );
  ctx.log(`listing the group's plans outside React (medians, ms): ${JSON.stringify(secondRead)}`);

  const worst = (key) => Math.max(...samples[key]);
  return {
    figures: [
      {
        id: 'listP95',
        label: 'open the plan list of 200 plans (p95)',
        value: percentiles.list,
        unit: 'ms',
        max: MAX_P95_MS,
      },
      {
        id: 'planP95',
        label: 'open a plan of 12 items from the list (p95)',
        value: percentiles.plan,
        unit: 'ms',
        max: MAX_P95_MS,
      },
      { id: 'listMedian', label: 'open the plan list (median)', value: medians.list, unit: 'ms' },
      { id: 'planMedian', label: 'open a plan (median)', value: medians.plan, unit: 'ms' },
      {
        id: 'coldPlanP95',
        label: 'open a plan, nothing in memory (p95)',
        value: percentiles.coldPlan,
        unit: 'ms',
      },
      {
        id: 'listToPlanP95',
        label: 'from the painted list to a plan (p95)',
        value: percentiles.listToPlan,
        unit: 'ms',
      },
      {
        id: 'firstList',
        label: `first plan list after unlock (median of ${SESSIONS})`,
        value: medians.firstList,
        unit: 'ms',
      },
      {
        id: 'listLongestLongTask',
        label: 'longest long task opening the list (median)',
        value: medians.listLongestLongTask,
        unit: 'ms',
      },
      {
        id: 'listWorstLongTask',
        label: 'longest long task opening the list (worst)',
        value: worst('listLongestLongTask'),
        unit: 'ms',
      },
      {
        id: 'planWorstLongTask',
        label: 'longest long task opening a plan (worst)',
        value: worst('planLongestLongTask'),
        unit: 'ms',
      },
    ],
    medians: { ...medians, phases, secondRead },
    samples,
    details: {
      plans: PLANS,
      itemsPerPlan: 12,
      sessions: SESSIONS,
      samplesPerSession: perSession,
      warmUpsPerSession: WARM_UPS,
      p95: percentiles,
      summaries: Object.fromEntries(
        MEASURES.map((measure) => [measure, summary(samples[measure])]),
      ),
      timing:
        'ms from the screen change to a double requestAnimationFrame after the rows are in the DOM; phases: rowsMs rows in the DOM, producedMs their frame produced, loadStartMs/loadedMs loadPlans started/plans in the store (null when already in memory)',
      seeded,
      viewport: sessions[0]?.viewport,
      firstLists: sessions.map((session) => session.firstList),
      reads,
      runs,
    },
  };
}
