/**
 * Everything the main-process handlers need from Electron, as one interface. The app passes
 * `createElectronSeam()` (electron-seam.ts, the only handler-side importer of Electron); unit
 * tests and the end-to-end "desktop" project pass fakes, so every handler runs in plain Node.
 */
import type { EventName, EventPayloads, PowerEvent } from '../shared/ipc-contract';
import type { Language } from '../shared/languages';
import type { PresenterState } from '../shared/presenter';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayInfo {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
}

export interface DialogFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface PdfOptions {
  readonly landscape: boolean;
  readonly pageSize: 'A4' | 'Letter';
}

/** The renderer frame that sent a request. */
export interface SenderRef {
  readonly url: string;
  /** The sending webContents' id, so dialogs can be modal to its window. */
  readonly contentsId: number;
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
}

export interface PresenterWindow {
  send(state: PresenterState): void;
  focus(): void;
  close(): void;
  onReady(listener: () => void): void;
  onClosed(listener: () => void): void;
}

export interface ElectronSeam {
  readonly app: {
    readonly name: string;
    readonly version: string;
    readonly platform: string;
    preferredLanguages(): readonly string[];
    /** The app's own folder for its settings (Electron's userData); only main writes there. */
    readonly userDataDir: string;
  };
  /** Resolves to the chosen path, or null when the facilitator cancels. */
  showSaveDialog(
    sender: SenderRef,
    options: { defaultName: string; filters: readonly DialogFilter[] },
  ): Promise<string | null>;
  showOpenDialog(
    sender: SenderRef,
    options: { filters: readonly DialogFilter[] },
  ): Promise<string | null>;
  /** Resolves to the chosen folder, or null when the facilitator cancels. */
  showFolderDialog(sender: SenderRef): Promise<string | null>;
  readonly power: {
    startDisplaySleepBlocker(): number;
    stopBlocker(id: number): void;
    onEvent(listener: (event: PowerEvent) => void): void;
  };
  readonly screen: {
    displays(): readonly DisplayInfo[];
    primaryDisplayId(): number;
  };
  openPresenterWindow(placement: { bounds: Rect; fullscreen: boolean }): PresenterWindow;
  /** Sends an event to every open window of the app. */
  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  setMenuLanguage(language: Language): void;
}
