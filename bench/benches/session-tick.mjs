/**
 * The live screen's 1 Hz tick (issue 5; DESIGN.md §5 and §6: "only a small leaf component
 * subscribes to the 1 Hz clock; the rest of the tree does not re-render each second", "≤ 3
 * components re-render per tick"). Runs the app's own code in bench/session, built as React's
 * profiling build: the Shell on the run screen (RunScreen → LiveView) with the real session
 * runner, a session from the peer-support template on its check-in item with 40 people in the
 * room, 3 hands raised, a go-around round under way (someone speaking, the pacing line shown).
 *
 * Nothing is touched while it is measured. React's DevTools hook, installed before React loads,
 * reports every commit; the components that rendered in it are found as React DevTools' profiler
 * finds them (bench/session/devtools-hook.ts). A tick is a commit rendering LiveClock; every
 * commit from shortly before one tick to shortly before the next counts against that tick.
 *
 * The counting is checked first, on the same page: a probe of the page's own (a parent re-rendering
 * its five children) must count exactly 6; setting its state to the same value, 0; and a change
 * high up (the session's chime volume, which every part of the run screen holding the session
 * receives) must count more than 3. And the ticks must come about a second apart, or they are
 * not the app's 1 Hz clock and the bench fails to run.
 */
import { median } from '../lib/stats.mjs';
import {
  loadAverage,
  openSessionPage,
  runConditions,
  serveSessionPage,
} from '../lib/session-page.mjs';

export const name = 'session-tick';
export const budget =
  'live session on screen (40 people, a round, hands raised), no input: ≤ 3 components rendered per 1 Hz tick (worst of ≥ 30 ticks)';

const MAX_PER_TICK = 3;
const DEFAULT_TICKS = 40;
const LEAST_TICKS = 30;
/** The component whose renders mark the ticks (bench/session/tick.ts). */
const TICKING = 'LiveClock';

const tally = (names) => {
  const counts = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
};

export async function run(ctx) {
  const ticks = Math.max(LEAST_TICKS, ctx.samples ?? DEFAULT_TICKS);
  const conditions = await runConditions(ctx);
  const url = await serveSessionPage(ctx, { profiling: true });
  const { call, messages, close } = await openSessionPage(ctx, url);
  let setup;
  let controls;
  let measured;
  try {
    setup = await call('setup', [
      { agenda: 'template', items: 12, queue: 'round', hands: 4, autoAdvance: false, skipTo: 2 },
    ]);
    const { screen } = setup;
    if (!setup.profiling || setup.reactRenderers < 1)
      throw new Error('The page is not the profiling build, or React did not attach to its hook.');
    if (screen.people !== 40 || !screen.pacing || !screen.speakerTime || screen.handsRaised < 3)
      throw new Error(`The live screen is not the one meant: ${JSON.stringify(screen)}`);
    ctx.log(`live screen: ${JSON.stringify(screen)}`);

    controls = await call('tick.controls');
    measured = await call('tick.measure', [{ ticks }], (ticks + 30) * 1000);
  } finally {
    await close();
  }

  // The counting, checked.
  const probe = controls.probeUpdate.rendered;
  const probeOk =
    probe.length === controls.probeChildren + 1 &&
    probe.filter((n) => n === 'Probe').length === 1 &&
    probe.filter((n) => n === 'ProbeLeaf').length === controls.probeChildren;
  if (!probeOk)
    throw new Error(
      `The render count is wrong on the probe: ${JSON.stringify(controls.probeUpdate)}`,
    );
  if (controls.probeSame.rendered.length !== 0)
    throw new Error(`A state set to the same value counted renders: ${JSON.stringify(controls)}`);
  if (controls.session.rendered.length <= MAX_PER_TICK)
    throw new Error(`A change of the session counted too few renders: ${JSON.stringify(controls)}`);

  const windows = measured.windows;
  if (windows.length < ticks)
    throw new Error(`${windows.length} ticks measured, not ${ticks}: ${JSON.stringify(measured)}`);
  // The ticks the windows are cut at must be the 1 Hz clock's, a second apart.
  const lengths = windows.map((w) => w.lengthMs);
  if (Math.min(...lengths) < 500 || Math.max(...lengths) > 2_000)
    throw new Error(`The ${TICKING} renders are not a 1 Hz tick: ${JSON.stringify(lengths)}`);
  const perTick = windows.map((w) => w.rendered.length + w.mounted.length);
  const worst = Math.max(...perTick);
  const names = tally(windows.flatMap((w) => w.rendered));
  const worstWindow = windows[perTick.indexOf(worst)];
  ctx.log(`components rendered over ${windows.length} ticks: ${JSON.stringify(names)}`);
  ctx.log(`worst tick: ${JSON.stringify(worstWindow)}`);
  ctx.log(
    `controls: probe ${probe.length} (${controls.probeChildren + 1} expected), same state ` +
      `${controls.probeSame.rendered.length}, a session change ${controls.session.rendered.length} ` +
      `components in ${controls.session.commits} commit(s)`,
  );

  return {
    figures: [
      {
        id: 'maxPerTick',
        label: `components rendered per tick (worst of ${windows.length})`,
        value: worst,
        max: MAX_PER_TICK,
      },
      {
        id: 'medianPerTick',
        label: 'components rendered per tick (median)',
        value: median(perTick),
      },
      {
        id: 'maxCommitsPerTick',
        label: 'React commits per tick (worst)',
        value: Math.max(...windows.map((w) => w.commits)),
      },
      {
        id: 'controlSession',
        label: 'control: components rendered by a session change',
        value: controls.session.rendered.length,
      },
      { id: 'controlProbe', label: 'control: probe parent + 5 children', value: probe.length },
      {
        id: 'longestTickGap',
        label: 'longest time between two ticks',
        value: Math.max(...lengths),
        unit: 'ms',
      },
    ],
    medians: { perTick: median(perTick) },
    samples: { perTick, commitsPerTick: windows.map((w) => w.commits) },
    details: {
      ...conditions,
      loadAverageAtEnd: loadAverage(),
      ticks: windows.length,
      renderedPerTick: names,
      windows,
      profilerCommits: measured.profiledCommits,
      controls: {
        probe: controls.probeUpdate,
        probeSameState: controls.probeSame,
        sessionChange: {
          commits: controls.session.commits,
          rendered: controls.session.rendered.length,
          byComponent: tally(controls.session.rendered),
        },
      },
      counting:
        'React DevTools hook (onCommitFiberRoot), profiling build: function, class, forwardRef and simple-memo fibers with PerformedWork in subtrees whose child list changed, plus mounts',
      setup,
      console: messages,
    },
  };
}
