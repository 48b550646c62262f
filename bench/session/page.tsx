/**
 * The session benches' page: the app's own frame (Shell, on the run screen) with the app's
 * providers, stylesheets and CSP, its stores, session runner and encrypted data layer, imported
 * straight from renderer/src, behind `window.bench`.
 *
 * What is measured is the app's: the Shell starts the real session runner (useSessionRunner),
 * which ticks the real session store and plays chimes through the app's chime player; the run
 * screen is the real RunScreen → LiveView with LiveClock, SpeakingQueue and the rest; every
 * change is encrypted and written through the app's sessions repository. The page only sets the
 * session up (session.ts), watches (the chime player's `play` is wrapped to note when it is
 * called, then plays as usual), and, in the profiling build, counts renders (devtools-hook.ts)
 * beside a small probe tree of its own that checks the counting.
 */
import '@fontsource-variable/atkinson-hyperlegible-next/wght.css';
import '@fontsource-variable/noto-sans-arabic/wght.css';
import '../../renderer/src/styles/tokens.css';
import '../../renderer/src/styles/base.css';
import '../../renderer/src/styles/shell.css';
import '../../renderer/src/styles/components.css';
import '../../renderer/src/styles/vault.css';
import '../../renderer/src/styles/plans.css';
import { Profiler, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { rootErrorHandlers } from '../../renderer/src/app/errorReporting';
import { Shell } from '../../renderer/src/app/Shell';
import { useDocumentPrefs } from '../../renderer/src/app/useDocumentPrefs';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { ENGLISH } from '../../renderer/src/i18n/i18n';
import { createBrowserHost } from '../../renderer/src/platform/browser-host';
import { HostProvider } from '../../renderer/src/platform/HostProvider';
import { prefsSelectors } from '../../renderer/src/stores/prefs.selectors';
import { usePrefsStore } from '../../renderer/src/stores/prefs.store';
import { useSessionStore } from '../../renderer/src/stores/session.store';
import './chimes';
import { devtools } from './devtools-hook';
import { latency } from './latency';
import { Probe, profiled } from './probe';
import {
  beginSession,
  endSession,
  PEOPLE,
  seed,
  seedQueue,
  sessionState,
  type AgendaShape,
  type SessionOptions,
} from './session';
import { tick } from './tick';
import { timer } from './timer';
import { count, sleep, until } from './util';

// ---- the app's frame, as App renders it once the vault is open ----

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

/** What App adds around the Shell: the document's prefs (the route is fixed: the run screen). */
function BenchApp() {
  const theme = usePrefsStore(prefsSelectors.theme);
  const textSize = usePrefsStore(prefsSelectors.textSize);
  const motion = usePrefsStore(prefsSelectors.motion);
  useDocumentPrefs('en', theme, textSize, motion);
  return <Shell area="run" />;
}

let mounted = false;
function mountApp(): void {
  if (mounted || !container) return;
  mounted = true;
  const app = (
    <Suspense fallback={<div className="screen-loading" />}>
      <BenchApp />
    </Suspense>
  );
  createRoot(container, rootErrorHandlers).render(
    <StrictMode>
      <HostProvider host={createBrowserHost(window, 'bench')}>
        <I18nProvider language="en" catalog={ENGLISH} fallback={ENGLISH}>
          {__SESSION_BENCH_PROFILING__ ? (
            <>
              <Profiler
                id="app"
                onRender={(_id, _phase, actualDuration) => {
                  profiled.commits += 1;
                  profiled.actualMs += actualDuration;
                }}
              >
                {app}
              </Profiler>
              <Probe />
            </>
          ) : (
            app
          )}
        </I18nProvider>
      </HostProvider>
    </StrictMode>,
  );
}

// ---- what the benches call ----

/** What is on screen, to check the benches measure the screen they mean to. */
function screen() {
  return {
    itemRemaining: document.querySelector('[data-testid="item-remaining"]')?.textContent ?? null,
    speakerTime: document.querySelector('[data-testid="speaker-time"]')?.textContent ?? null,
    pacing: document.querySelector('[data-testid="pacing"]')?.textContent ?? null,
    people: count('[data-testid="person"]'),
    handsRaised: count('[data-testid="toggle-hand"][aria-pressed="true"]'),
    waiting: count('[data-testid="waiting"]'),
    upcomingItems: count('[data-testid="upcoming-item"]'),
    script: document.querySelector('[data-testid="current-script"]') !== null,
    liveLink: document.querySelector('[data-testid="live-session-link"]') !== null,
  };
}

interface SetupOptions extends SessionOptions {
  readonly agenda: AgendaShape;
  readonly items: number;
  readonly queue: 'raise-hand' | 'round';
  readonly hands: number;
}

/** The vault, the group and its plan, the app on the run screen, the session started. */
async function setup(options: SetupOptions) {
  const seeded = await seed(options.agenda, options.items);
  mountApp();
  await until('the run screen', () => document.querySelector('.run-screen') !== null);
  await beginSession(options);
  seedQueue(options.queue, options.hands);
  await until(
    'the live view with everyone in the room',
    () =>
      count('[data-testid="item-remaining"]') === 1 &&
      count('[data-testid="person"]') === PEOPLE &&
      (options.queue !== 'round' || count('[data-testid="pacing"]') === 1),
  );
  // The plan's script (CurrentScript reads the plan) and the first save settle.
  await until('the script', () => count('[data-testid="current-script"]') === 1);
  await until('the session saved', () => useSessionStore.getState().save === 'saved');
  await sleep(500);
  return {
    groupId: seeded.groupId,
    attendees: seeded.attendees.length,
    state: sessionState(),
    screen: screen(),
    profiling: __SESSION_BENCH_PROFILING__,
    reactRenderers: devtools.renderers(),
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/** Between rounds of the latency bench: a fresh session when the agenda runs short, a new queue. */
async function reseed(options: SetupOptions & { minUpcoming: number }) {
  let restarted = false;
  if (sessionState().upcoming < options.minUpcoming) {
    endSession();
    await until('the start screen', () => useSessionStore.getState().live === null);
    await beginSession(options);
    restarted = true;
  }
  if (sessionState().paused) useSessionStore.getState().agenda({ type: 'resume' });
  seedQueue(options.queue, options.hands);
  await until('the live view', () => count('[data-testid="item-remaining"]') === 1);
  await sleep(300);
  return { restarted, state: sessionState(), screen: screen() };
}

/** Nothing focused: the run screen's one-key shortcuts act (Space would press a focused button). */
function blur(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

const bench = {
  setup,
  reseed,
  blur,
  state: sessionState,
  screen,
  timer,
  tick,
  latency,
};
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// The readiness signal bench/lib/browser.mjs waits for, as the app and the other pages set it.
document.documentElement.dataset['ready'] = 'true';
performance.mark('circlekeeper:interactive');
