import { MAP_LEGEND, TRAY_LEGEND } from '@/lib/domain/map/legend';
import { LegendFigure } from './legend-figure';

/** The map's legend: every shape, colour and line style on the map, and what the tray holds. */
export function MapLegend({
  compact = false,
  column = false,
  id = 'legende',
}: {
  compact?: boolean;
  /** One item a line (a narrow side column). */
  column?: boolean;
  /** Distinct per legend on one page (its heading's id is `<id>-titel`). */
  id?: string;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="text-sm" data-testid="map-legend">
      <h2 id={`${id}-titel`} className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
        Legende
      </h2>
      <ul
        className={
          column
            ? 'space-y-1'
            : compact
              ? 'grid grid-cols-2 gap-x-3 gap-y-1'
              : 'space-y-1 sm:grid sm:grid-cols-2 sm:gap-x-4 sm:gap-y-1 sm:space-y-0 xl:grid-cols-3'
        }
      >
        {MAP_LEGEND.map((item) => (
          <li key={item.key} className="flex items-center gap-2">
            <LegendFigure item={item} />
            <span>{item.label}</span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg width={44} height={22} aria-hidden="true" className="shrink-0">
            <line x1={1} y1={11} x2={20} y2={11} stroke="#6b7280" strokeWidth={1.2} />
            <rect x={20} y={6} width={10} height={10} rx={2} fill="#fff" stroke="#4b5563" strokeWidth={1.5} />
            <line x1={30} y1={11} x2={43} y2={11} stroke="#a67c12" strokeWidth={1.6} strokeDasharray="4 3" />
          </svg>
          <span>Huis → overleg → actor (indirect, ‘via …’)</span>
        </li>
      </ul>
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
        <span>In de grijze lade naast de kaart:</span>
        {TRAY_LEGEND.map((item) => (
          <span key={item.key} className="inline-flex items-center gap-1">
            <LegendFigure item={item} withLine={false} />
            {item.label}
          </span>
        ))}
      </p>
    </section>
  );
}
