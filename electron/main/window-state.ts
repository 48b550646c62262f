/** Remembers where the facilitator left the window, and never restores it off-screen. */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { DisplayInfo, Rect } from './seam';
import { writeFileAtomically } from './services/files';

export interface WindowState {
  readonly bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1200, height: 800 },
  maximized: false,
};
const MIN_VISIBLE = 64;

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(200).max(20000),
    height: z.number().int().min(200).max(20000),
  }),
  maximized: z.boolean(),
});

export function parseWindowState(raw: unknown): WindowState {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height } = parsed.data.bounds;
  return {
    bounds: x !== undefined && y !== undefined ? { x, y, width, height } : { width, height },
    maximized: parsed.data.maximized,
  };
}

function overlap(a: Rect, b: Rect): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Keeps the saved position only if enough of the window lands on a display that still exists. */
export function fitToDisplays(state: WindowState, displays: readonly DisplayInfo[]): WindowState {
  const largest = displays.reduce<Rect | null>(
    (best, d) =>
      !best || d.workArea.width * d.workArea.height > best.width * best.height ? d.workArea : best,
    null,
  );
  const width = largest ? Math.min(state.bounds.width, largest.width) : state.bounds.width;
  const height = largest ? Math.min(state.bounds.height, largest.height) : state.bounds.height;
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { ...state, bounds: { width, height } };
  const rect = { x, y, width, height };
  const visible = displays.some((d) => {
    const o = overlap(rect, d.workArea);
    return o.w >= MIN_VISIBLE && o.h >= MIN_VISIBLE;
  });
  return { ...state, bounds: visible ? rect : { width, height } };
}

export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomically(file, JSON.stringify(state));
}
