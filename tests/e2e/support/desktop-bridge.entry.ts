/**
 * Injected into every page of the "desktop" end-to-end project: builds `window.desktop` with
 * the real preload API (createDesktopApi) over a transport made of Playwright bindings, which
 * reach the real main-process dispatcher and handlers running in Node.
 */
import { createDesktopApi, type Transport } from '../../../electron/preload/api';
import type {
  Channel,
  EventName,
  EventPayloads,
  IpcRequest,
  IpcResponse,
  IpcResult,
} from '../../../electron/shared/ipc-contract';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __circlekeeperInvoke(channel: string, payload: unknown): Promise<unknown>;
    __circlekeeperEmit?: (event: string, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

window.__circlekeeperEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const transport: Transport = {
  // The binding returns what the dispatcher returned for this channel; its type is the contract's.
  invoke: <C extends Channel>(channel: C, request: IpcRequest<C>) =>
    window.__circlekeeperInvoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>,
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
    const set = listeners.get(event) ?? new Set<Listener>();
    const wrapped: Listener = (payload) => listener(payload as EventPayloads[E]);
    set.add(wrapped);
    listeners.set(event, set);
    return () => {
      set.delete(wrapped);
    };
  },
};

Object.defineProperty(window, 'desktop', {
  value: Object.freeze(createDesktopApi(transport)),
  enumerable: true,
});
