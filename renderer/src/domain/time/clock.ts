/** Second-boundary scheduling and "what does the clock say now" arithmetic, free of the DOM. */

/** Milliseconds to wait so the next tick lands just after a whole second of wall time. */
export function msUntilNextSecond(nowMs: number): number {
  return 1000 - (nowMs % 1000) + 5;
}

export interface RunningFigure {
  /** The figure's value at asOf. */
  readonly value: number;
  readonly asOf: number;
  readonly running: boolean;
}

/** Advances a counting-down (direction -1) or counting-up (+1) figure to now. */
export function figureAt(figure: RunningFigure, nowMs: number, direction: -1 | 1): number {
  if (!figure.running) return figure.value;
  return figure.value + direction * Math.max(0, nowMs - figure.asOf);
}
