/**
 * The geometry of the insights screen's bar charts, drawn by hand in SVG: a scale with round
 * ticks, and rows of horizontal bars that grow from the inline-start side, so that in Arabic they
 * grow from the right. SVG has no logical coordinates, so every position is worked out here as an
 * offset along the line of text and turned into an x for the direction. Text anchors stay logical
 * ('start', 'end'): an SVG <text> follows the CSS `direction` it inherits from the page, so
 * 'start' is its right edge in a right-to-left page. Pure, so it can be tested without a browser.
 */

export type Direction = 'ltr' | 'rtl';

export interface Scale {
  /** The value at the far end of the plot. */
  readonly max: number;
  readonly ticks: readonly number[];
}

/** A tidy scale reaching at least `max`, with about `count` steps of 1, 2 or 5 × 10ⁿ. */
export function niceScale(max: number, options: { count?: number; integer?: boolean } = {}): Scale {
  const count = options.count ?? 4;
  if (!Number.isFinite(max) || max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  // Counts of people or sessions step by whole numbers.
  if (options.integer) step = Math.max(1, Math.round(step));
  const steps = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1] ?? max, ticks };
}

export interface BarSegment {
  readonly value: number;
  /** Which series it shows (its pattern and legend entry). */
  readonly series: string;
}

export interface BarSpec {
  /** Stacked one after another from the inline start. */
  readonly segments: readonly BarSegment[];
  /** What is written at the bar's end (its value, formatted). */
  readonly label: string;
}

export interface RowSpec {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly BarSpec[];
  /** A value marked across the row by a reference line (an even share), if any. */
  readonly reference?: number | null;
}

export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Logical: resolved by the text's own direction. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface PlacedRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly series: string;
}

export interface PlacedRow {
  readonly key: string;
  readonly label: PlacedText;
  /** The full label when the one drawn had to be shortened. */
  readonly fullLabel: string;
  readonly bars: readonly {
    readonly segments: readonly PlacedRect[];
    readonly label: PlacedText;
  }[];
  readonly reference: { readonly x: number; readonly y1: number; readonly y2: number } | null;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly PlacedRow[];
  readonly grid: readonly {
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
    readonly label: PlacedText;
  }[];
}

/** Sizes in the SVG's own units (its viewBox is WIDTH wide and scales with the page). */
export const CHART = {
  width: 640,
  /** The row names, at the inline start. */
  labelWidth: 150,
  gap: 10,
  /** Room left after the longest bar for its value. */
  valueWidth: 100,
  barHeight: 16,
  barGap: 4,
  rowGap: 14,
  top: 6,
  /** The tick labels under the plot. */
  axisHeight: 26,
  /** Row names longer than this are shortened (the table has them whole). */
  labelChars: 22,
} as const;

/** An x for an offset from the inline start of a chart `width` wide. */
export function inlineX(offset: number, width: number, dir: Direction): number {
  return dir === 'ltr' ? offset : width - offset;
}

/** The rectangle covering offsets `from`…`to` along the line, in either direction. */
export function inlineSpan(
  from: number,
  to: number,
  width: number,
  dir: Direction,
): { x: number; width: number } {
  const a = inlineX(from, width, dir);
  const b = inlineX(to, width, dir);
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}

/** A label cut to `max` characters (whole characters, never half a surrogate pair) with "…". */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function layoutBars(
  rows: readonly RowSpec[],
  scale: Scale,
  dir: Direction,
  formatTick: (value: number) => string,
): ChartLayout {
  const { width, labelWidth, gap, valueWidth, barHeight, barGap, rowGap, top } = CHART;
  const plotStart = labelWidth + gap;
  const plotWidth = width - plotStart - valueWidth;
  const length = (value: number) =>
    scale.max <= 0 ? 0 : (Math.max(0, Math.min(value, scale.max)) / scale.max) * plotWidth;

  let y = top;
  const placed = rows.map((row): PlacedRow => {
    const rowTop = y;
    const bars = row.bars.map((bar, i) => {
      const barTop = rowTop + i * (barHeight + barGap);
      let offset = 0;
      const segments = bar.segments.map((segment) => {
        const from = offset;
        offset += length(segment.value);
        const span = inlineSpan(plotStart + from, plotStart + offset, width, dir);
        return { ...span, y: barTop, height: barHeight, series: segment.series };
      });
      return {
        segments,
        label: {
          x: inlineX(plotStart + offset + 6, width, dir),
          y: barTop + barHeight / 2,
          text: bar.label,
          anchor: 'start' as const,
        },
      };
    });
    const rowHeight = Math.max(1, row.bars.length) * (barHeight + barGap) - barGap;
    y += rowHeight + rowGap;
    const reference =
      row.reference === undefined || row.reference === null
        ? null
        : {
            x: inlineX(plotStart + length(row.reference), width, dir),
            y1: rowTop - 3,
            y2: rowTop + rowHeight + 3,
          };
    return {
      key: row.key,
      label: {
        x: inlineX(labelWidth, width, dir),
        y: rowTop + rowHeight / 2,
        text: shorten(row.label, CHART.labelChars),
        anchor: 'end',
      },
      fullLabel: row.label,
      bars,
      reference,
    };
  });

  const plotBottom = y - rowGap + 4;
  const grid = scale.ticks.map((tick) => {
    const x = inlineX(plotStart + length(tick), width, dir);
    return {
      x,
      y1: top - 2,
      y2: plotBottom,
      label: { x, y: plotBottom + 16, text: formatTick(tick), anchor: 'middle' as const },
    };
  });

  return { width, height: plotBottom + CHART.axisHeight, rows: placed, grid };
}
