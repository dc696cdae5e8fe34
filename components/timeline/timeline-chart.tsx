import { formatDate } from '@/lib/domain/format-date';
import { LEVEL_STYLES } from '@/lib/domain/level-style';
import type { TimelineFigures, TimelineMoment } from '@/lib/domain/timeline/timeline';

const SERIES: { key: keyof TimelineFigures; label: string; colour: string; dash?: string }[] = [
  { key: 'direct', label: 'Rechtstreeks betrokken', colour: LEVEL_STYLES.minimaal.border },
  { key: 'kernpartners', label: 'Kernpartners', colour: LEVEL_STYLES.kernpartner.border },
  { key: 'nogNiet', label: 'Nog niet', colour: LEVEL_STYLES.nog_niet.border, dash: '5 3' },
];

/** A small chart of kernpartners, directly involved and nog niet at every stop, with the chosen stop marked. */
export function TimelineChart({ moments, index }: { moments: (TimelineMoment & { figures: TimelineFigures })[]; index: number }) {
  const width = 320;
  const height = 140;
  const pad = { left: 28, right: 8, top: 10, bottom: 18 };
  const max = Math.max(1, ...moments.flatMap((m) => SERIES.map((s) => m.figures[s.key])));
  const x = (i: number) => pad.left + (moments.length === 1 ? 0 : (i * (width - pad.left - pad.right)) / (moments.length - 1));
  const y = (v: number) => height - pad.bottom - (v * (height - pad.top - pad.bottom)) / max;
  return (
    <figure className="rounded-lg border border-black/10 bg-white p-3" data-testid="timeline-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label="Aantal kernpartners, rechtstreeks betrokken en nog niet doorheen de tijd"
      >
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#c9ccd1" />
        <text x={pad.left - 4} y={y(max) + 4} fontSize="10" textAnchor="end" fill="#5b6675">
          {max}
        </text>
        <text x={pad.left - 4} y={y(0) + 4} fontSize="10" textAnchor="end" fill="#5b6675">
          0
        </text>
        {/* The first and the last stop's date: the axis is the stops, one after the other, not a scale of time. */}
        {moments.length > 1 ? (
          <>
            <text x={pad.left} y={height - 4} fontSize="10" textAnchor="start" fill="#5b6675" data-testid="chart-first-date">
              {formatDate(moments[0].day)}
            </text>
            <text x={width - pad.right} y={height - 4} fontSize="10" textAnchor="end" fill="#5b6675">
              {formatDate(moments[moments.length - 1].day)}
            </text>
          </>
        ) : null}
        <line x1={x(index)} x2={x(index)} y1={pad.top} y2={y(0)} stroke="#1d4ed8" strokeWidth="1.5" />
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.colour}
            strokeWidth="2"
            strokeDasharray={s.dash}
            points={moments.map((m, i) => `${x(i)},${y(m.figures[s.key])}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0.5 w-5" style={{ background: s.colour }} />
            {s.label}: <strong data-testid={`figure-${s.key}`}>{moments[index]?.figures[s.key]}</strong>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
