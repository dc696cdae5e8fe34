import { LEVEL_STYLES } from '@/lib/domain/level-style';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';

/** A level as text on its map colour; "geen antwoord" in plain grey. Never colour alone. */
export function LevelPill({ level }: { level: LevelCode | null }) {
  // Darker than text-muted: it stands on tinted rows too (contrast at least 4.5:1).
  if (!level) return <span className="text-xs text-[#4b5563]">Geen antwoord</span>;
  const style = LEVEL_STYLES[level];
  return (
    <span
      className="inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs leading-tight"
      style={{
        background: style.fill,
        color: style.text,
        borderColor: style.border,
        borderStyle: level === 'niet_aanwezig' ? 'dotted' : level === 'indirect' || level === 'nog_niet' ? 'dashed' : 'solid',
      }}
      data-level={level}
    >
      {LEVELS[level].label}
    </span>
  );
}
