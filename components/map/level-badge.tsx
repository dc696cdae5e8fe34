import { LEVEL_STYLES } from '@/lib/domain/level-style';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import { MAP_LEGEND, TRAY_LEGEND } from '@/lib/domain/map/legend';
import { LegendFigure } from './legend-figure';

const ITEMS = Object.fromEntries([...MAP_LEGEND, ...TRAY_LEGEND].map((item) => [item.key, item]));

/** A level as text with its figure, so it never relies on colour alone. */
export function LevelBadge({ level }: { level: LevelCode | null }) {
  if (!level) return <span className="text-muted">Geen antwoord</span>;
  return (
    <span className="inline-flex items-center gap-1.5" data-level={level}>
      <LegendFigure item={ITEMS[level]} withLine={false} />
      <span style={{ color: level === 'nog_niet' ? LEVEL_STYLES.nog_niet.text : undefined }}>{LEVELS[level].label}</span>
    </span>
  );
}
