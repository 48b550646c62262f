/**
 * The room's screen. Opens full screen on a second display when there is one, or as an ordinary
 * window otherwise; remembers the last state so a reopened display shows the present at once.
 */
import type { PresenterPlacement } from '../../shared/ipc-contract';
import type { PresenterState } from '../../shared/presenter';
import type { DisplayInfo, ElectronSeam, PresenterWindow, Rect } from '../seam';

export interface PresenterService {
  open(): PresenterPlacement;
  close(): void;
  update(state: PresenterState): void;
  current(): PresenterState | null;
}

export function choosePresenterPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
): { placement: PresenterPlacement; bounds: Rect; fullscreen: boolean } {
  const external = displays.find((d) => d.id !== primaryId);
  if (external) return { placement: 'second-screen', bounds: external.bounds, fullscreen: true };
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const area = primary?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  const width = Math.min(960, area.width);
  const height = Math.min(540, area.height);
  return {
    placement: 'same-screen',
    bounds: {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

export function createPresenterService(seam: ElectronSeam): PresenterService {
  let window: PresenterWindow | null = null;
  let placement: PresenterPlacement = 'same-screen';
  let last: PresenterState | null = null;

  return {
    open() {
      if (window) {
        window.focus();
        return placement;
      }
      const choice = choosePresenterPlacement(
        seam.screen.displays(),
        seam.screen.primaryDisplayId(),
      );
      placement = choice.placement;
      const opened = seam.openPresenterWindow({
        bounds: choice.bounds,
        fullscreen: choice.fullscreen,
      });
      window = opened;
      opened.onReady(() => {
        if (last) opened.send(last);
      });
      opened.onClosed(() => {
        if (window === opened) window = null;
        seam.broadcast('presenter:closed', null);
      });
      return placement;
    },
    close() {
      window?.close();
    },
    update(state) {
      last = state;
      window?.send(state);
    },
    current() {
      return last;
    },
  };
}
