import { dashArray, shapePath } from '@/lib/domain/map/shapes';
import type { LegendItem } from '@/lib/domain/map/legend';

/** The node figure and link of one legend item, drawn from the same shape paths as the export. */
export function LegendFigure({ item, withLine = true }: { item: LegendItem; withLine?: boolean }) {
  const size = 18;
  const width = withLine ? 44 : 22;
  const cx = width - 11;
  const h = item.shape === 'triangle' ? size * 0.9 : size;
  return (
    <svg width={width} height={22} viewBox={`0 0 ${width} 22`} aria-hidden="true" className="shrink-0">
      {withLine && item.line !== 'none' ? (
        <line
          x1={1}
          y1={11}
          x2={cx - 6}
          y2={11}
          stroke={item.lineColour}
          strokeWidth={Math.min(item.lineWidth, 4)}
          strokeDasharray={dashArray(item.line) ?? undefined}
          strokeLinecap="round"
        />
      ) : null}
      <path
        d={shapePath(item.shape, cx, 11, size, h)}
        fill={item.fill}
        stroke={item.border}
        strokeWidth={item.key === 'kernpartner' ? 2.5 : 2}
        strokeDasharray={item.borderStyle === 'dashed' ? '3 2' : undefined}
      />
    </svg>
  );
}
