import type { DistributionTable } from '@/lib/domain/survey/distribution-table';
import { DEFAULT_TABLE_SOURCES, type TableSources } from './table-sources';

const NOW_FILL = '#0f5e63';
const REPORT_FILL = '#c9d3d6';
const REPORT_STROKE = '#5b6675';

/** Grouped bars per bin: the shown source's houses (by default the selected houses now) next to the compared one's (2016), in %. */
export function DistributionChart({
  table,
  axisLabel,
  sources = DEFAULT_TABLE_SOURCES,
}: {
  table: DistributionTable;
  axisLabel: string;
  sources?: TableSources;
}) {
  const shownName = sources.shown.kind === 'now' ? 'nu' : `in ${sources.shown.short}`;
  const comparedName = sources.compared.kind === 'now' ? 'nu' : `in ${sources.compared.short}`;
  const width = 560;
  const height = 260;
  const margin = { top: 16, right: 8, bottom: 44, left: 36 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const maxPercent = Math.max(10, ...table.bins.flatMap((b) => [b.nowPercent ?? 0, b.reportPercent ?? 0]));
  const top = Math.ceil(maxPercent / 10) * 10;
  const groupW = plotW / table.bins.length;
  const barW = Math.min(28, (groupW - 12) / 2);
  const y = (p: number) => margin.top + plotH - (p / top) * plotH;
  const ticks = Array.from({ length: top / 10 + 1 }, (_, i) => i * 10);
  const description = table.bins
    .map((b) => `${b.label}: ${b.now} huizen ${shownName} (${fmt(b.nowPercent)}%), ${b.report} ${comparedName} (${fmt(b.reportPercent)}%)`)
    .join('; ');

  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-label={`${table.table}: ${description}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
            <text x={margin.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#5b6675">
              {t}%
            </text>
          </g>
        ))}
        {table.bins.map((bin, i) => {
          const x0 = margin.left + i * groupW + (groupW - 2 * barW - 4) / 2;
          const nowP = bin.nowPercent ?? 0;
          const repP = bin.reportPercent ?? 0;
          return (
            <g key={bin.label}>
              <rect x={x0} y={y(nowP)} width={barW} height={y(0) - y(nowP)} fill={NOW_FILL} rx="2" />
              <rect x={x0 + barW + 4} y={y(repP)} width={barW} height={y(0) - y(repP)} fill={REPORT_FILL} stroke={REPORT_STROKE} strokeDasharray="3 2" rx="2" />
              <text x={x0 + barW / 2} y={y(nowP) - 4} textAnchor="middle" fontSize="10" fill="#1f2a37">
                {bin.now}
              </text>
              <text x={x0 + barW * 1.5 + 4} y={y(repP) - 4} textAnchor="middle" fontSize="10" fill="#5b6675">
                {bin.report}
              </text>
              <text x={margin.left + i * groupW + groupW / 2} y={height - margin.bottom + 16} textAnchor="middle" fontSize="11" fill="#1f2a37">
                {bin.label.replace(' tot ', '–')}
              </text>
            </g>
          );
        })}
        <text x={margin.left + plotW / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#5b6675">
          {axisLabel}
        </text>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-muted">
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: NOW_FILL }} />{' '}
          {sources.shown.kind === 'now' ? 'Databank (nu)' : sources.shown.label}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm border border-dashed" style={{ background: REPORT_FILL, borderColor: REPORT_STROKE }} />{' '}
          {sources.compared.kind === 'report' ? 'Rapport 2016' : sources.compared.kind === 'now' ? 'Databank (nu)' : sources.compared.label}
        </span>
        <span>Het getal boven de balk is het aantal huizen.</span>
      </figcaption>
    </figure>
  );
}

function fmt(value: number | null) {
  return value === null ? '–' : value.toFixed(1).replace('.', ',');
}
