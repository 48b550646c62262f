/**
 * The seam between the UI and whatever runs it. DesktopHost speaks to Electron through
 * `window.desktop`; BrowserHost does the same jobs with web APIs, so the renderer runs and is
 * tested in a plain Chromium. Features use `Host` and never learn which one they have.
 */
import type {
  AppInfo,
  BackupWritten,
  IpcErrorCode,
  IpcRequest,
  OpenedFile,
  PowerEvent,
  PresenterPlacement,
  SaveOutcome,
  Unsubscribe,
} from '../../../electron/shared/ipc-contract';
import type { Language } from '../../../electron/shared/languages';
import type { PresenterState } from '../../../electron/shared/presenter';

export type {
  AppInfo,
  BackupWritten,
  OpenedFile,
  PowerEvent,
  PresenterPlacement,
  SaveOutcome,
  Unsubscribe,
};

export type HostErrorCode = IpcErrorCode | 'unsupported';
export interface HostError {
  readonly code: HostErrorCode;
  readonly message: string;
}
export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export type SaveFileRequest = IpcRequest<'file:save'>;
export type OpenFileRequest = IpcRequest<'file:open'>;
export type PrintRequest = IpcRequest<'print:to-pdf'>;
export type BackupWriteRequest = IpcRequest<'backup:write'>;
/** In a browser the print dialog does the saving, and the page cannot know what was chosen. */
export type PrintOutcome = SaveOutcome | { readonly saved: 'print-dialog' };

export interface PresenterControl {
  /** From the facilitator's window. */
  open(): Promise<HostResult<PresenterPlacement>>;
  close(): Promise<HostResult<null>>;
  update(state: PresenterState): Promise<HostResult<null>>;
  onClosed(listener: () => void): Unsubscribe;
  /** From the presenter display itself: the states it should show. */
  onState(listener: (state: PresenterState) => void): Unsubscribe;
}

/**
 * The folder automatic backups are written to, without a dialog each time. Desktop only: a
 * browser cannot write into a folder unasked (it answers `unsupported`, and the app offers the
 * backup as a download instead).
 */
export interface BackupFolder {
  /** Asks for a folder and remembers it; null when the facilitator cancels (the old one stays). */
  choose(): Promise<HostResult<string | null>>;
  /** The folder chosen, for display; null when there is none. */
  current(): Promise<HostResult<string | null>>;
  /** Writes an automatic backup there, then removes this vault's oldest beyond `keep`. */
  write(request: BackupWriteRequest): Promise<HostResult<BackupWritten>>;
}

export interface Host {
  readonly kind: 'desktop' | 'browser';
  appInfo(): Promise<HostResult<AppInfo>>;
  /** Tells the shell which language its own menus should speak. */
  setLanguage(language: Language): Promise<HostResult<null>>;
  onPowerEvent(listener: (event: PowerEvent) => void): Unsubscribe;
  /** Keeps the screen from sleeping while a session is live. Resolves to whether it is held. */
  keepAwake(on: boolean): Promise<HostResult<boolean>>;
  saveFile(request: SaveFileRequest): Promise<HostResult<SaveOutcome>>;
  openFile(request: OpenFileRequest): Promise<HostResult<OpenedFile | null>>;
  printToPdf(request: PrintRequest): Promise<HostResult<PrintOutcome>>;
  readonly presenter: PresenterControl;
  readonly backupFolder: BackupFolder;
}

export function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

export function err(code: HostErrorCode, message: string): HostResult<never> {
  return { ok: false, error: { code, message } };
}
