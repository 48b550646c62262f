import type { DesktopApi } from '../../../electron/shared/ipc-contract';

declare global {
  interface Window {
    /** Present in the desktop project (and the real app), absent in a plain browser. */
    readonly desktop?: DesktopApi;
  }
}
