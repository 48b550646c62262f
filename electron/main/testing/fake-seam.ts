/**
 * An in-memory ElectronSeam for unit tests and the Node-only end-to-end chain: every call the
 * handlers make is recorded, and everything Electron would decide (dialog answers, displays,
 * power events, a presenter window loading or closing) is scripted by the test.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayloads, PowerEvent, Unsubscribe } from '../../shared/ipc-contract';
import type { Language } from '../../shared/languages';
import type { PresenterState } from '../../shared/presenter';
import type {
  DialogFilter,
  DisplayInfo,
  ElectronSeam,
  PdfOptions,
  PresenterWindow,
  Rect,
  SenderRef,
} from '../seam';

export type Broadcast = {
  [E in EventName]: { readonly event: E; readonly payload: EventPayloads[E] };
}[EventName];

export interface DialogCall {
  readonly kind: 'save' | 'open' | 'folder';
  readonly contentsId: number;
  /** Only for save dialogs. */
  readonly defaultName: string | null;
  readonly filters: readonly DialogFilter[];
}

export interface PresenterPlacementCall {
  readonly bounds: Rect;
  readonly fullscreen: boolean;
}

/** A presenter window that never renders: it records what it is sent and waits to be told it loaded. */
export class FakePresenterWindow implements PresenterWindow {
  readonly sent: PresenterState[] = [];
  focusCount = 0;
  closeCalls = 0;
  private isClosed = false;
  private readonly readyListeners: (() => void)[] = [];
  private readonly closedListeners: (() => void)[] = [];

  constructor(
    readonly placement: PresenterPlacementCall,
    private readonly relay: (state: PresenterState) => void,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  send(state: PresenterState): void {
    // Like the real seam, a destroyed window silently receives nothing.
    if (this.isClosed) return;
    this.sent.push(state);
    this.relay(state);
  }

  focus(): void {
    this.focusCount += 1;
  }

  /** Electron fires 'closed' after close(); the fake does it at once. */
  close(): void {
    this.closeCalls += 1;
    this.simulateClosed();
  }

  onReady(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  onClosed(listener: () => void): void {
    this.closedListeners.push(listener);
  }

  /** The page finished loading (Electron's did-finish-load). */
  simulateReady(): void {
    for (const listener of this.readyListeners) listener();
  }

  /** The window went away (the facilitator closed it, or its screen was unplugged). */
  simulateClosed(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const listener of this.closedListeners) listener();
  }
}

export interface FakeSeamOptions {
  readonly name?: string;
  readonly version?: string;
  readonly platform?: string;
  readonly preferredLanguages?: readonly string[];
  readonly displays?: readonly DisplayInfo[];
  readonly primaryDisplayId?: number;
  /** Where main keeps its own settings; tests that choose a backup folder pass a temp folder. */
  readonly userDataDir?: string;
}

export function fakeDisplay(id: number, bounds: Rect, workArea: Rect = bounds): DisplayInfo {
  return { id, bounds, workArea };
}

export const LAPTOP_DISPLAY = fakeDisplay(
  1,
  { x: 0, y: 0, width: 1440, height: 900 },
  { x: 0, y: 25, width: 1440, height: 875 },
);
export const PROJECTOR_DISPLAY = fakeDisplay(2, { x: 1440, y: 0, width: 1920, height: 1080 });

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void;

export class FakeSeam implements ElectronSeam {
  readonly app: ElectronSeam['app'];
  readonly power: ElectronSeam['power'];
  readonly screen: ElectronSeam['screen'];

  readonly broadcasts: Broadcast[] = [];
  readonly dialogs: DialogCall[] = [];
  readonly blockersStarted: number[] = [];
  readonly blockersStopped: number[] = [];
  readonly presenterWindows: FakePresenterWindow[] = [];
  readonly menuLanguages: Language[] = [];
  displays: readonly DisplayInfo[];
  primaryDisplayId: number;

  private readonly saveAnswers: (string | null)[] = [];
  private readonly openAnswers: (string | null)[] = [];
  private readonly folderAnswers: (string | null)[] = [];
  private readonly powerListeners: ((event: PowerEvent) => void)[] = [];
  private readonly eventListeners = new Set<(broadcast: Broadcast) => void>();
  private readonly presenterStateListeners = new Set<(state: PresenterState) => void>();
  private nextBlockerId = 100;

  constructor(options: FakeSeamOptions = {}) {
    const preferred = options.preferredLanguages ?? ['en-GB', 'fr-FR'];
    this.app = {
      name: options.name ?? 'Circlekeeper',
      version: options.version ?? '1.2.3',
      platform: options.platform ?? 'linux',
      preferredLanguages: () => preferred,
      userDataDir:
        options.userDataDir ?? join(tmpdir(), `ck-fake-user-data-${String(process.pid)}-unused`),
    };
    this.displays = options.displays ?? [LAPTOP_DISPLAY];
    this.primaryDisplayId = options.primaryDisplayId ?? this.displays[0]?.id ?? 1;
    this.power = {
      startDisplaySleepBlocker: () => {
        const id = this.nextBlockerId++;
        this.blockersStarted.push(id);
        return id;
      },
      stopBlocker: (id) => {
        this.blockersStopped.push(id);
      },
      onEvent: (listener) => {
        this.powerListeners.push(listener);
      },
    };
    this.screen = {
      displays: () => this.displays,
      primaryDisplayId: () => this.primaryDisplayId,
    };
  }

  /** The next save dialog resolves to this path, or null for "the facilitator cancelled". */
  answerSaveDialog(answer: string | null): void {
    this.saveAnswers.push(answer);
  }

  answerOpenDialog(answer: string | null): void {
    this.openAnswers.push(answer);
  }

  /** The next folder dialog resolves to this folder, or null for "the facilitator cancelled". */
  answerFolderDialog(answer: string | null): void {
    this.folderAnswers.push(answer);
  }

  async showSaveDialog(
    sender: SenderRef,
    options: { defaultName: string; filters: readonly DialogFilter[] },
  ): Promise<string | null> {
    this.dialogs.push({
      kind: 'save',
      contentsId: sender.contentsId,
      defaultName: options.defaultName,
      filters: options.filters,
    });
    return this.takeAnswer(this.saveAnswers, 'save');
  }

  async showOpenDialog(
    sender: SenderRef,
    options: { filters: readonly DialogFilter[] },
  ): Promise<string | null> {
    this.dialogs.push({
      kind: 'open',
      contentsId: sender.contentsId,
      defaultName: null,
      filters: options.filters,
    });
    return this.takeAnswer(this.openAnswers, 'open');
  }

  async showFolderDialog(sender: SenderRef): Promise<string | null> {
    this.dialogs.push({
      kind: 'folder',
      contentsId: sender.contentsId,
      defaultName: null,
      filters: [],
    });
    return this.takeAnswer(this.folderAnswers, 'folder');
  }

  /** Blockers started and not stopped yet. */
  activeBlockers(): number[] {
    return this.blockersStarted.filter((id) => !this.blockersStopped.includes(id));
  }

  /** The OS reports a power or lock-screen event. */
  emitPower(event: PowerEvent): void {
    for (const listener of this.powerListeners) listener(event);
  }

  openPresenterWindow(placement: PresenterPlacementCall): PresenterWindow {
    const window = new FakePresenterWindow(placement, (state) => {
      for (const listener of this.presenterStateListeners) listener(state);
    });
    this.presenterWindows.push(window);
    return window;
  }

  /** The most recently opened presenter window; fails loudly when none was opened. */
  lastPresenterWindow(): FakePresenterWindow {
    const window = this.presenterWindows.at(-1);
    if (!window) throw new Error('No presenter window was opened.');
    return window;
  }

  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    // The mapped union cannot be built from a generic E without a cast; event and payload agree by signature.
    const record = { event, payload } as Broadcast;
    this.broadcasts.push(record);
    for (const listener of [...this.eventListeners]) listener(record);
  }

  /** What a renderer window's ipcRenderer.on(event) would receive from broadcast(). */
  on<E extends EventName>(event: E, listener: Listener<E>): Unsubscribe {
    const relay = (broadcast: Broadcast) => {
      // Same agreement as in broadcast(): the event name fixes the payload's type.
      if (broadcast.event === event) listener(broadcast.payload as EventPayloads[E]);
    };
    this.eventListeners.add(relay);
    return () => {
      this.eventListeners.delete(relay);
    };
  }

  /** What the presenter display's renderer would receive: every state sent to a presenter window. */
  onPresenterState(listener: (state: PresenterState) => void): Unsubscribe {
    const relay = (state: PresenterState) => listener(state);
    this.presenterStateListeners.add(relay);
    return () => {
      this.presenterStateListeners.delete(relay);
    };
  }

  setMenuLanguage(language: Language): void {
    this.menuLanguages.push(language);
  }

  private takeAnswer(queue: (string | null)[], kind: string): string | null {
    if (queue.length === 0)
      throw new Error(`The test did not script an answer for a ${kind} dialog.`);
    return queue.shift() ?? null;
  }
}

export interface FakeSender extends SenderRef {
  readonly pdfRequests: PdfOptions[];
}

export interface FakeSenderOptions {
  readonly url?: string;
  readonly contentsId?: number;
  readonly pdf?: Uint8Array;
}

export const TRUSTED_URL = 'app://circlekeeper/index.html';
export const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% fake page\n%%EOF\n');

export function fakeSender(options: FakeSenderOptions = {}): FakeSender {
  const pdfRequests: PdfOptions[] = [];
  const pdf = options.pdf ?? FAKE_PDF;
  return {
    url: options.url ?? TRUSTED_URL,
    contentsId: options.contentsId ?? 1,
    pdfRequests,
    printToPdf: async (pdfOptions) => {
      pdfRequests.push(pdfOptions);
      return pdf.slice();
    },
  };
}
