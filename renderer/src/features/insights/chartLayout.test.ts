import { describe, expect, it } from 'vitest';
import {
  CHART,
  inlineSpan,
  inlineX,
  layoutBars,
  niceScale,
  shorten,
  type RowSpec,
} from './chartLayout';

const plain = (n: number) => String(n);
const plotStart = CHART.labelWidth + CHART.gap;
const plotWidth = CHART.width - plotStart - CHART.valueWidth;

describe('niceScale', () => {
  it('rounds the top up to a tidy step of 1, 2 or 5', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(10)).toEqual({ max: 10, ticks: [0, 5, 10] });
    expect(niceScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it('works for shares under 1 without floating-point crumbs', () => {
    expect(niceScale(0.29)).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceScale(0.6).ticks).toEqual([0, 0.2, 0.4, 0.6]);
  });

  it('steps by whole numbers when it counts people', () => {
    expect(niceScale(2, { integer: true })).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(niceScale(2)).toEqual({ max: 2, ticks: [0, 0.5, 1, 1.5, 2] });
  });

  it('has a scale to draw on when there is nothing to show', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('positions along the line of text', () => {
  it('measures from the left in left-to-right, from the right in right-to-left', () => {
    expect(inlineX(100, 640, 'ltr')).toBe(100);
    expect(inlineX(100, 640, 'rtl')).toBe(540);
    expect(inlineSpan(160, 260, 640, 'ltr')).toEqual({ x: 160, width: 100 });
    expect(inlineSpan(160, 260, 640, 'rtl')).toEqual({ x: 380, width: 100 });
  });

  it('shortens long labels by whole characters', () => {
    expect(shorten('Check-in round', 22)).toBe('Check-in round');
    expect(shorten('Confidentiality and ground rules', 12)).toBe('Confidentia…');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('layoutBars', () => {
  const rows: RowSpec[] = [
    {
      key: 's1',
      label: 'Tuesday',
      bars: [
        {
          segments: [
            { value: 4, series: 'members' },
            { value: 1, series: 'walk-ins' },
          ],
          label: '5',
        },
        { segments: [{ value: 1, series: 'newcomers' }], label: '1' },
      ],
    },
    {
      key: 's2',
      label: 'Wednesday',
      bars: [{ segments: [{ value: 10, series: 'members' }], label: '10' }],
      reference: 5,
    },
  ];
  const scale = niceScale(10, { integer: true });

  it('stacks the segments of a bar from the inline start, scaled to the plot', () => {
    const layout = layoutBars(rows, scale, 'ltr', plain);
    const [first] = layout.rows[0]?.bars ?? [];
    expect(first?.segments.map((s) => [s.series, s.x, s.width])).toEqual([
      ['members', plotStart, plotWidth * 0.4],
      ['walk-ins', plotStart + plotWidth * 0.4, plotWidth * 0.1],
    ]);
    // Its value is written just past its end, anchored at its start.
    expect(first?.label).toMatchObject({ x: plotStart + plotWidth * 0.5 + 6, anchor: 'start' });
    // The row's name ends where the plot begins.
    expect(layout.rows[0]?.label).toMatchObject({
      x: CHART.labelWidth,
      anchor: 'end',
      text: 'Tuesday',
    });
  });

  it('mirrors every position in right-to-left, and keeps the anchors logical', () => {
    const ltr = layoutBars(rows, scale, 'ltr', plain);
    const rtl = layoutBars(rows, scale, 'rtl', plain);
    ltr.rows.forEach((row, r) => {
      const mirrored = rtl.rows[r];
      expect(mirrored?.label.x).toBe(CHART.width - row.label.x);
      expect(mirrored?.label.anchor).toBe(row.label.anchor);
      row.bars.forEach((bar, b) => {
        bar.segments.forEach((segment, s) => {
          const other = mirrored?.bars[b]?.segments[s];
          expect(other?.width).toBeCloseTo(segment.width, 9);
          expect((other?.x ?? 0) + (other?.width ?? 0)).toBeCloseTo(CHART.width - segment.x, 9);
        });
        expect(mirrored?.bars[b]?.label.x).toBeCloseTo(CHART.width - bar.label.x, 9);
      });
    });
    // The members' segment touches the right side of the plot in Arabic.
    const members = rtl.rows[0]?.bars[0]?.segments[0];
    expect((members?.x ?? 0) + (members?.width ?? 0)).toBe(CHART.width - plotStart);
    expect(rtl.grid.map((g) => g.x)).toEqual(ltr.grid.map((g) => CHART.width - g.x));
  });

  it('places rows one under another and marks a reference value across its row', () => {
    const layout = layoutBars(rows, scale, 'ltr', plain);
    const [one, two] = layout.rows;
    const twoBars = 2 * CHART.barHeight + CHART.barGap;
    expect(two?.bars[0]?.segments[0]?.y).toBe(CHART.top + twoBars + CHART.rowGap);
    expect(one?.reference).toBeNull();
    expect(two?.reference?.x).toBe(plotStart + plotWidth / 2);
    // A bar past the scale's end stops at it.
    expect(two?.bars[0]?.segments[0]?.width).toBe(plotWidth);
    expect(layout.grid.map((g) => g.label.text)).toEqual(['0', '5', '10']);
    expect(layout.height).toBeGreaterThan((two?.bars[0]?.segments[0]?.y ?? 0) + CHART.barHeight);
  });
});
