/**
 * The Electron-free heart of the IPC layer: checks who is asking, validates what they ask with
 * the contract's schemas, runs the handler, and wraps the outcome in a result so nothing throws
 * across the process boundary. `handle.ts` feeds it from ipcMain; tests call it directly.
 */
import {
  CHANNELS,
  requestSchemas,
  type Channel,
  type IpcErrorCode,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc-contract';
import type { SenderRef } from '../seam';

/** A handler's way to fail with a code the renderer can turn into a localized message. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

export type Handler<C extends Channel> = (
  request: IpcRequest<C>,
  sender: SenderRef,
) => Promise<IpcResponse<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
export type Dispatch = (
  channel: string,
  sender: SenderRef,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

/**
 * `app://circlekeeper` has no WHATWG origin (non-special schemes serialize to "null"), so the
 * check compares scheme and host, which is what an origin is made of.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

function isChannel(channel: string): channel is Channel {
  return (CHANNELS as readonly string[]).includes(channel);
}

function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

export function createDispatcher(
  handlers: Handlers,
  trustedOrigins: readonly string[],
  log: (message: string) => void = (m) => console.error(m),
): Dispatch {
  return async (channel, sender, payload) => {
    const origin = originOf(sender.url);
    if (origin === null || !trustedOrigins.includes(origin)) {
      log(`ipc: refused ${channel} from an untrusted sender`);
      return fail('untrusted-sender', 'The request did not come from Circlekeeper.');
    }
    if (!isChannel(channel)) return fail('unknown-channel', `No such channel: ${channel}`);
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      return fail('invalid-request', parsed.error.issues.map((i) => i.message).join('; '));
    }
    try {
      // The mapped type guarantees handlers[channel] takes this channel's request.
      const handler = handlers[channel] as Handler<typeof channel>;
      const value = await handler(parsed.data, sender);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof IpcFailure) return fail(error.code, error.message);
      // Never log payloads: they may carry a facilitator's words.
      log(`ipc: ${channel} failed: ${error instanceof Error ? error.name : typeof error}`);
      return fail('internal', 'Something went wrong in the desktop shell.');
    }
  };
}
