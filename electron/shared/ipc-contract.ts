/**
 * The typed contract between the renderer and the main process: every channel (`feature:verb`)
 * with its request schema and response type, every event the main process sends, and the shape
 * of `window.desktop`. Main validates requests with these schemas; the preload and the renderer
 * import this file for types only, so zod never reaches them.
 */
import { z } from 'zod';
import { BACKUP_KEEP, parseBackupFileName } from './backup-files';
import { LANGUAGES, type Language } from './languages';
import type { PresenterState } from './presenter';

/** Largest file the app reads or writes through the bridge (a big backup fits many times over). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a bare file name');

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
      .min(1)
      .max(10),
  })
  .strict();

/** Only the automatic backups' own names: the main process writes nothing else in that folder. */
const backupFileName = z
  .string()
  .max(200)
  .refine((name) => parseBackupFileName(name) !== null, 'an automatic backup file name');

const text = z.string().max(500);
const presenterState = z
  .object({
    mode: z.enum(['idle', 'test', 'live']),
    language: z.enum(LANGUAGES),
    itemTitle: text.nullable(),
    remainingMs: z.number().nullable(),
    sessionElapsedMs: z.number().nullable(),
    nextItemTitle: text.nullable(),
    nextSpeakerAlias: z.string().max(100).nullable(),
    prompt: z.string().max(400).nullable(),
    asOf: z.number(),
    running: z.boolean(),
    flash: z
      .object({ kind: z.enum(['warning', 'end']), at: z.number() })
      .strict()
      .nullable(),
  })
  .strict() satisfies z.ZodType<PresenterState>;

export const requestSchemas = {
  'app:info': z.undefined(),
  'app:set-language': z.object({ language: z.enum(LANGUAGES) }).strict(),
  'power:keep-awake': z.object({ on: z.boolean() }).strict(),
  'file:save': z
    .object({
      suggestedName: fileName,
      data: z.union([z.string().max(MAX_FILE_BYTES), z.instanceof(Uint8Array)]),
      filters: z.array(fileFilter).max(10).optional(),
    })
    .strict()
    .refine((r) => typeof r.data === 'string' || r.data.byteLength <= MAX_FILE_BYTES, 'too large'),
  'file:open': z
    .object({
      filters: z.array(fileFilter).max(10).optional(),
      maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
    })
    .strict(),
  'print:to-pdf': z
    .object({
      suggestedName: fileName,
      landscape: z.boolean().optional(),
      pageSize: z.enum(['A4', 'Letter']).optional(),
    })
    .strict(),
  'presenter:open': z.undefined(),
  'presenter:close': z.undefined(),
  'presenter:update': presenterState,
  'presenter:current': z.undefined(),
  'backup:choose-folder': z.undefined(),
  'backup:folder': z.undefined(),
  'backup:write': z
    .object({
      fileName: backupFileName,
      data: z.string().max(MAX_FILE_BYTES),
      keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max),
    })
    .strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export const CHANNELS = Object.keys(requestSchemas) as Channel[];
export type IpcRequest<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** 'linux' | 'darwin' | 'win32' on the desktop; 'web' in the browser preview. */
  readonly platform: string;
  /** The OS's preferred languages, most preferred first (BCP 47). */
  readonly osLanguages: readonly string[];
}

export type SaveOutcome =
  { readonly saved: true; readonly fileName: string } | { readonly saved: false };
export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
}
/** An automatic backup written into the chosen folder, and how many older ones rotation removed. */
export interface BackupWritten {
  readonly fileName: string;
  readonly removed: number;
}
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';
export type PresenterPlacement = 'second-screen' | 'same-screen';

export interface ResponseTypes {
  'app:info': AppInfo;
  'app:set-language': null;
  'power:keep-awake': { readonly on: boolean };
  'file:save': SaveOutcome;
  /** null when the facilitator cancelled the dialog. */
  'file:open': OpenedFile | null;
  'print:to-pdf': SaveOutcome;
  'presenter:open': { readonly placement: PresenterPlacement };
  'presenter:close': null;
  'presenter:update': null;
  /** The latest state, for a display that has just opened (or reloaded) and subscribed. */
  'presenter:current': PresenterState | null;
  /** The folder chosen, or null when the facilitator cancelled (the previous one stays). */
  'backup:choose-folder': string | null;
  /** The folder automatic backups go to, for display; null when none is chosen. */
  'backup:folder': string | null;
  'backup:write': BackupWritten;
}
export type IpcResponse<C extends Channel> = ResponseTypes[C];

/** Events the main process sends to renderers. */
export interface EventPayloads {
  'power:event': PowerEvent;
  /** Sent to the presenter display only. */
  'presenter:state': PresenterState;
  /** The presenter display was closed (by the facilitator or because its screen went away). */
  'presenter:closed': null;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES = [
  'power:event',
  'presenter:state',
  'presenter:closed',
] as const satisfies readonly EventName[];

export type IpcErrorCode =
  | 'untrusted-sender'
  | 'invalid-request'
  | 'unknown-channel'
  | 'too-large'
  | 'io'
  | 'unavailable'
  | 'internal';
export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export type Unsubscribe = () => void;
type Call<C extends Channel> = Promise<IpcResult<IpcResponse<C>>>;

/** The one object the preload exposes as `window.desktop`. */
export interface DesktopApi {
  readonly app: {
    info(): Call<'app:info'>;
    /** Rebuilds the application menu in the facilitator's language. */
    setLanguage(language: Language): Call<'app:set-language'>;
  };
  readonly power: {
    keepAwake(on: boolean): Call<'power:keep-awake'>;
    onEvent(listener: (event: PowerEvent) => void): Unsubscribe;
  };
  readonly files: {
    save(request: IpcRequest<'file:save'>): Call<'file:save'>;
    open(request: IpcRequest<'file:open'>): Call<'file:open'>;
  };
  readonly print: {
    toPdf(request: IpcRequest<'print:to-pdf'>): Call<'print:to-pdf'>;
  };
  readonly presenter: {
    open(): Call<'presenter:open'>;
    close(): Call<'presenter:close'>;
    update(state: PresenterState): Call<'presenter:update'>;
    current(): Call<'presenter:current'>;
    onState(listener: (state: PresenterState) => void): Unsubscribe;
    onClosed(listener: () => void): Unsubscribe;
  };
  /**
   * Automatic backups: main remembers the folder the facilitator picked in its own dialog, so the
   * renderer never names a path, and writes there only files named like automatic backups.
   */
  readonly backup: {
    chooseFolder(): Call<'backup:choose-folder'>;
    folder(): Call<'backup:folder'>;
    write(request: IpcRequest<'backup:write'>): Call<'backup:write'>;
  };
}
