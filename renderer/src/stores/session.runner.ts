/**
 * Keeps a live session going wherever the facilitator is in the app (the run screen, a note, the
 * settings): wakes up exactly when a chime or an automatic move to the next item is due, sounds
 * the chime, keeps the room display in step, and holds the screen awake while the session runs.
 * No React here: nothing re-renders because time passes (DESIGN.md §5).
 */
import { reportUnlessLocked } from './openVault';
import type { Language } from '../../../electron/shared/languages';
import type { PresenterState } from '../../../electron/shared/presenter';
import { nextDueInMs, type ChimeKind } from '../domain/session/chimes';
import { presenterStateOf } from '../domain/session/presenter';
import type { LiveSession } from '../domain/session/session';
import { msUntilNextSecond } from '../domain/time/clock';
import type { Host } from '../platform/host';
import { useRoomStore } from './room.store';
import { useSessionStore } from './session.store';
import { useVaultStore } from './vault.store';

export interface ChimePlayer {
  play(kind: ChimeKind, volume: number): void;
}

const ROOM_CHECK_MS = 5 * 60_000;

/** What the room display shows when no session is set up: a check of the screen itself. */
export function roomCheckState(language: Language, now: number): PresenterState {
  return {
    mode: 'test',
    language,
    itemTitle: null,
    remainingMs: ROOM_CHECK_MS,
    sessionElapsedMs: 0,
    nextItemTitle: null,
    nextSpeakerAlias: null,
    prompt: null,
    flash: null,
    asOf: now,
    running: true,
  };
}

export function isRunning(live: LiveSession | null): boolean {
  return live !== null && live.agenda.startedAt !== null && live.agenda.endedAt === null;
}

export interface RunnerOptions {
  readonly host: Host;
  readonly chimes: ChimePlayer;
  /** The facilitator's language, for the room check. */
  readonly language: () => Language;
  readonly now?: () => number;
  readonly document?: Pick<Document, 'addEventListener' | 'removeEventListener'>;
}

export function startSessionRunner(options: RunnerOptions): () => void {
  const { host, chimes } = options;
  const now = options.now ?? (() => Date.now());
  const doc = options.document ?? document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let awakeWanted = false;
  let stopped = false;

  const pushDisplay = () => {
    if (useRoomStore.getState().display === 'closed') return;
    // A lock empties the session from memory: the display keeps ticking on its last state.
    if (useVaultStore.getState().phase !== 'unlocked') return;
    const { live, cue } = useSessionStore.getState();
    const at = now();
    void host.presenter.update(
      live ? presenterStateOf(live, at, cue) : roomCheckState(options.language(), at),
    );
  };

  const keepAwake = (on: boolean) => {
    if (on === awakeWanted) return;
    awakeWanted = on;
    void host.keepAwake(on).then((result) => {
      if (stopped || awakeWanted !== on) return;
      const held = result.ok && result.value;
      useRoomStore.setState({ awake: on ? (held ? 'held' : 'unavailable') : 'off' });
    });
  };

  const schedule = (afterStep = false) => {
    clearTimeout(timer);
    timer = undefined;
    const { live } = useSessionStore.getState();
    if (!live) return;
    const at = now();
    const due = nextDueInMs(live.agenda, live.settings, at);
    if (due === null) return;
    // A whole-second check as well: setTimeout runs on the monotonic clock, and a wall clock set
    // forward (or a laptop waking) must not leave a due chime waiting.
    const wait =
      due === 0 && afterStep ? msUntilNextSecond(at) : Math.min(due, msUntilNextSecond(at));
    timer = setTimeout(step, wait);
  };

  function step() {
    timer = undefined;
    const store = useSessionStore.getState();
    if (!store.live) return;
    const settings = store.live.settings;
    const chime = store.tick();
    if (chime && !settings.muted && !settings.gentleCue) chimes.play(chime, settings.volume);
    schedule(true);
  }

  const unsubscribeSession = useSessionStore.subscribe((state, previous) => {
    if (state.live !== previous.live) {
      keepAwake(isRunning(state.live));
      schedule();
      pushDisplay();
    } else if (state.cue !== previous.cue) pushDisplay();
  });
  const unsubscribeRoom = useRoomStore.subscribe((state, previous) => {
    if (state.display !== previous.display) pushDisplay();
  });
  const unsubscribeClosed = host.presenter.onClosed(() =>
    useRoomStore.setState({ display: 'closed' }),
  );
  // Back from sleep or from another window: look at the clock at once.
  const unsubscribePower = host.onPowerEvent((event) => {
    if (event === 'resume' || event === 'unlock-screen') step();
  });
  const onVisible = () => step();
  doc.addEventListener('visibilitychange', onVisible);

  keepAwake(isRunning(useSessionStore.getState().live));
  schedule();
  // The session that was running when the app stopped (or the vault locked) carries on.
  useSessionStore
    .getState()
    .resume()
    .catch((error: unknown) => {
      reportUnlessLocked('Could not resume the session', error);
    });

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribeSession();
    unsubscribeRoom();
    unsubscribeClosed();
    unsubscribePower();
    doc.removeEventListener('visibilitychange', onVisible);
    if (awakeWanted) void host.keepAwake(false);
    useRoomStore.setState({ awake: 'off' });
  };
}
