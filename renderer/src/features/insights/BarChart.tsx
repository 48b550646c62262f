/**
 * A horizontal bar chart drawn by hand in SVG (no chart library: a few rectangles need none),
 * laid out by chartLayout.ts so the bars grow from the inline-start side in either direction.
 * Series are told apart by pattern as well as colour (solid, hatched, dotted) and every bar has
 * its value written at its end, so nothing depends on seeing colours; the theme's variables
 * colour it in the light, dark and high-contrast themes alike.
 *
 * For screen readers the SVG is one image (role="img") named by a sentence that sums it up, and
 * its parts are not read one by one: a few hundred positioned labels would make no sense heard
 * in document order. The figures themselves are in the real table that follows every chart
 * (under "Show the table"), where a screen reader can move by row and column with headers.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { layoutBars, type RowSpec, type Scale } from './chartLayout';

export type SeriesStyle = 'solid' | 'hatch' | 'dots';

export interface SeriesSpec {
  readonly id: string;
  readonly style: SeriesStyle;
  readonly label: string;
}

export function BarChart({
  summary,
  series,
  rows,
  scale,
  formatTick,
  referenceLabel,
  testId,
}: {
  /** The sentence a screen reader hears for the whole chart. */
  summary: string;
  series: readonly SeriesSpec[];
  rows: readonly RowSpec[];
  scale: Scale;
  formatTick: (value: number) => string;
  /** The legend's words for the reference line, when rows have one. */
  referenceLabel?: string;
  testId: string;
}) {
  const { dir } = useI18n();
  const id = `chart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const layout = layoutBars(rows, scale, dir, formatTick);
  const styleOf = new Map(series.map((s) => [s.id, s.style]));
  const fill = (style: SeriesStyle | undefined) =>
    style === 'hatch' ? `url(#${id}-hatch)` : style === 'dots' ? `url(#${id}-dots)` : undefined;
  const showLegend = series.length > 1 || referenceLabel !== undefined;

  return (
    <figure className="insights-chart" data-testid={testId}>
      {showLegend ? (
        // The summary names what the series are; the legend is for the eye.
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.id}>
              <span className={`swatch swatch-${s.style}`} />
              {s.label}
            </li>
          ))}
          {referenceLabel !== undefined ? (
            <li>
              <span className="swatch swatch-reference" />
              {referenceLabel}
            </li>
          ) : null}
        </ul>
      ) : null}
      <svg
        className="chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
        data-dir={dir}
      >
        <defs>
          <pattern
            id={`${id}-hatch`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect className="pattern-ground" width="6" height="6" />
            <line className="pattern-hatch" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
          <pattern id={`${id}-dots`} patternUnits="userSpaceOnUse" width="5" height="5">
            <rect className="pattern-ground" width="5" height="5" />
            <circle className="pattern-dot" cx="2.5" cy="2.5" r="1.4" />
          </pattern>
        </defs>
        <g className="chart-grid">
          {layout.grid.map((tick) => (
            <g key={tick.label.text + String(tick.x)}>
              <line x1={tick.x} x2={tick.x} y1={tick.y1} y2={tick.y2} />
              <text x={tick.label.x} y={tick.label.y} textAnchor={tick.label.anchor}>
                {tick.label.text}
              </text>
            </g>
          ))}
        </g>
        {layout.rows.map((row) => (
          <g key={row.key} className="chart-row" data-row={row.key}>
            <text
              className="chart-label"
              x={row.label.x}
              y={row.label.y}
              textAnchor={row.label.anchor}
              dominantBaseline="central"
            >
              {row.label.text}
            </text>
            {row.bars.map((bar, b) => (
              <g key={b}>
                {bar.segments.map((segment, s) =>
                  segment.width > 0 ? (
                    <rect
                      key={s}
                      className={`chart-bar chart-bar-${styleOf.get(segment.series) ?? 'solid'}`}
                      data-series={segment.series}
                      x={segment.x}
                      y={segment.y}
                      width={segment.width}
                      height={segment.height}
                      fill={fill(styleOf.get(segment.series))}
                    />
                  ) : null,
                )}
                <text
                  className="chart-value"
                  x={bar.label.x}
                  y={bar.label.y}
                  textAnchor={bar.label.anchor}
                  dominantBaseline="central"
                >
                  {bar.label.text}
                </text>
              </g>
            ))}
            {row.reference ? (
              <line
                className="chart-reference"
                x1={row.reference.x}
                x2={row.reference.x}
                y1={row.reference.y1}
                y2={row.reference.y2}
              />
            ) : null}
          </g>
        ))}
      </svg>
    </figure>
  );
}
