/** Keeps the screen awake during a live session and relays the OS's power and lock events. */
import type { ElectronSeam } from '../seam';

export interface PowerService {
  keepAwake(on: boolean): boolean;
}

export function createPowerService(seam: ElectronSeam): PowerService {
  let blocker: number | null = null;
  seam.power.onEvent((event) => seam.broadcast('power:event', event));
  return {
    keepAwake(on) {
      if (on && blocker === null) blocker = seam.power.startDisplaySleepBlocker();
      if (!on && blocker !== null) {
        seam.power.stopBlocker(blocker);
        blocker = null;
      }
      return blocker !== null;
    },
  };
}
