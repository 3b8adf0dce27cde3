import { useId } from 'react';
import { useT } from '../../i18n/use-t';

export interface BarDatum<Key extends string> {
  /** What choosing the bar selects; null for a bar that leads nowhere. */
  key: Key | null;
  label: string;
  open: number;
  resolved: number;
}

interface StackedBarChartProps<Key extends string> {
  title: string;
  /** Said under the chart when bars can be chosen. */
  hint: string;
  data: readonly BarDatum<Key>[];
  onSelect(key: Key): void;
  /** A line under the bars, e.g. what the bars already include. */
  note?: string;
}

/**
 * Horizontal bars of open and resolved threads, one row each, drawn as inline SVG on one scale.
 * Open is solid, resolved hatched, and each row says its numbers in words to assistive
 * technology, so neither colour nor sight is needed to read it.
 */
export function StackedBarChart<Key extends string>({
  title,
  hint,
  data,
  onSelect,
  note,
}: StackedBarChartProps<Key>) {
  const t = useT();
  const titleId = useId();
  // url(#…) references cannot hold the punctuation of React's ids.
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const largest = Math.max(1, ...data.map((datum) => datum.open + datum.resolved));
  const percent = (count: number) => `${(count / largest) * 100}%`;

  return (
    <figure className="bar-chart" aria-labelledby={titleId}>
      <svg className="bar-chart__defs" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect className="bar-chart__resolved-ground" width="6" height="6" />
            <path className="bar-chart__resolved-stripe" d="M-1 7 7 -1M-1 1 1 -1M5 7 7 5" />
          </pattern>
        </defs>
      </svg>
      <figcaption className="bar-chart__caption">
        <h3 id={titleId} className="bar-chart__title">
          {title}
        </h3>
        <ul className="bar-chart__legend" aria-label={t('feedback.chart.legend')}>
          <li>
            <Swatch fill="var(--color-accent)" />
            {t('feedback.chart.open')}
          </li>
          <li>
            <Swatch fill={`url(#${hatchId})`} />
            {t('feedback.chart.resolved')}
          </li>
        </ul>
      </figcaption>
      <ul className="bar-chart__rows">
        {data.map((datum) => {
          const total = datum.open + datum.resolved;
          const { key } = datum;
          const description = t('feedback.chart.bar', {
            name: datum.label,
            open: datum.open,
            resolved: datum.resolved,
          });
          return (
            <li key={key ?? datum.label}>
              <button
                type="button"
                className="bar-chart__row"
                aria-label={description}
                title={key !== null && total > 0 ? t('feedback.chart.show') : description}
                disabled={key === null || total === 0}
                onClick={() => key !== null && onSelect(key)}
              >
                <span className="bar-chart__label">{datum.label}</span>
                <svg className="bar-chart__bar" aria-hidden="true" focusable="false">
                  <rect className="bar-chart__track" width="100%" height="100%" rx="3" />
                  <rect className="bar-chart__open" width={percent(datum.open)} height="100%" />
                  <rect
                    x={percent(datum.open)}
                    width={percent(datum.resolved)}
                    height="100%"
                    fill={`url(#${hatchId})`}
                    className="bar-chart__resolved"
                  />
                </svg>
                <span className="bar-chart__value">{total}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {note && <p className="bar-chart__note">{note}</p>}
      <p className="bar-chart__hint">{hint}</p>
    </figure>
  );
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="bar-chart__swatch" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect width="14" height="14" rx="3" fill={fill} className="bar-chart__swatch-box" />
    </svg>
  );
}
