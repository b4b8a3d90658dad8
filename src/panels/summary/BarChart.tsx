// A horizontal bar chart whose bars are buttons: the label in HTML (so long Chinese names wrap or
// clip cleanly), the bar and its count in SVG sized by a d3 linear scale. Native buttons give
// keyboard activation (Enter/Space) and `aria-pressed` marks the chosen bar.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useId } from 'react';

export interface BarDatum<K> {
  key: K;
  /** Short label drawn beside the bar. */
  label: string;
  /** Accessible name and tooltip, e.g. “省交通运输厅：12 项”. */
  name: string;
  count: number;
}

/** Width of the bar area in CSS pixels; the count is written just right of the bar. */
const BAR_WIDTH = 130;
const COUNT_ROOM = 30;
const BAR_HEIGHT = 14;

export function BarChart<K extends string | number>({ title, bars, selected, onToggle, extra, note }: {
  title: string;
  bars: BarDatum<K>[];
  selected: K | null;
  /** Called with the bar's key; the caller decides whether that sets or clears the filter. */
  onToggle: (key: K) => void;
  /** A row that is not a filter value (“其他 …”), drawn muted and not clickable. */
  extra?: { label: string; name: string; count: number } | null;
  note?: string | null;
}) {
  const titleId = useId();
  // The extra row counts items of many values at once: it is not on the bars' scale.
  const top = max(bars, (b) => b.count) ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(top, 1)])
    .range([0, BAR_WIDTH - COUNT_ROOM]);
  const bar = (count: number, drawn = true) => {
    const w = drawn && count > 0 ? Math.max(x(count), 2) : 0;
    return (
      <svg className="bar-svg" width={BAR_WIDTH} height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`} aria-hidden="true">
        {drawn && <rect className="bar-track" x={0} y={1} width={BAR_WIDTH - COUNT_ROOM} height={BAR_HEIGHT - 2} rx={2} />}
        {drawn && <rect className="bar-fill" x={0} y={1} width={w} height={BAR_HEIGHT - 2} rx={2} />}
        <text className="bar-count" x={w + 4} y={BAR_HEIGHT / 2} dominantBaseline="central">
          {count}
        </text>
      </svg>
    );
  };

  return (
    <section className="bar-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <ul>
        {bars.map((b) => (
          <li key={b.key}>
            <button
              type="button"
              className="bar-row"
              data-key={b.key}
              data-empty={b.count === 0 || undefined}
              aria-pressed={b.key === selected}
              aria-label={b.name}
              title={b.name}
              onClick={() => onToggle(b.key)}
            >
              <span className="bar-label">{b.label}</span>
              {/* A space between the label and the count, so the visible text (“Finance 21”) is part of
                  the accessible name (“Finance: 21 items”); a flex container draws no space. */}{' '}
              {bar(b.count)}
            </button>
          </li>
        ))}
        {extra && (
          <li>
            <div className="bar-row bar-rest" role="img" aria-label={extra.name} title={extra.name}>
              <span className="bar-label">{extra.label}</span>
              {bar(extra.count, false)}
            </div>
          </li>
        )}
      </ul>
      {note && <p className="bar-note">{note}</p>}
    </section>
  );
}
