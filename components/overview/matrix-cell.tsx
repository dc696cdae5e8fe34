import { LEVEL_STYLES, MAP_COLOURS } from '@/lib/domain/level-style';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import type { MandatoryCell } from '@/lib/domain/overview/house-gaps';

const SHORT_LEVEL: Record<LevelCode, string> = {
  kernpartner: 'Kern',
  gemiddeld: 'Gem.',
  minimaal: 'Min.',
  indirect: 'Indirect',
  nog_niet: 'Nog niet',
  niet: 'Niet',
  niet_aanwezig: 'Niet aanw.',
};

/** How a cell reads: the level, or "geen antwoord", and for a gap the word "hiaat" for screen readers. */
function cellDescription(cell: MandatoryCell): string {
  const what = cell.level ? LEVELS[cell.level].label : 'Geen antwoord';
  if (cell.unasked) return `${what}; dit type stond niet in de vragenlijst van 2016${cell.counted ? ' (telt als hiaat)' : ' (niet meegeteld)'}`;
  if (cell.counted) return `${what} (hiaat)`;
  if (cell.state === 'not_in_area') return `${what} (geen hiaat)`;
  return what;
}

/**
 * One matrix cell. Gaps stand out (red fill, bold, a warning mark); "niet aanwezig in werkgebied"
 * is grey and dotted, clearly not a gap; involved levels carry their map colour; an unanswered
 * type outside the 2016 questionnaire is dashed, with its own words.
 */
export function MatrixCellView({ cell }: { cell: MandatoryCell }) {
  const base = 'inline-flex min-w-[4rem] items-center justify-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs leading-tight';
  const title = cellDescription(cell);
  if (cell.unasked) {
    return (
      <span
        className={`${base} border border-dashed ${cell.counted ? 'border-[#b42318] text-[#7a271a]' : 'border-black/30 text-muted'} bg-white`}
        title={title}
        data-state={cell.counted ? 'gap' : 'unasked'}
      >
        <span aria-hidden="true">?</span> niet bevr.
        <span className="sr-only"> ({title})</span>
      </span>
    );
  }
  if (cell.counted) {
    return (
      <span
        className={`${base} border font-semibold`}
        style={{ background: MAP_COLOURS.warningFill, borderColor: MAP_COLOURS.warning, color: MAP_COLOURS.warning }}
        title={title}
        data-state="gap"
      >
        <span aria-hidden="true">⚠</span> {cell.level ? SHORT_LEVEL[cell.level] : 'Geen antw.'}
        <span className="sr-only"> (hiaat)</span>
      </span>
    );
  }
  const level = cell.level!;
  const style = LEVEL_STYLES[level];
  return (
    <span
      className={`${base} border`}
      style={{
        background: style.fill,
        color: style.text,
        borderColor: style.border,
        borderStyle: level === 'niet_aanwezig' ? 'dotted' : level === 'indirect' ? 'dashed' : 'solid',
      }}
      title={title}
      data-state={cell.state}
    >
      {SHORT_LEVEL[level]}
    </span>
  );
}
