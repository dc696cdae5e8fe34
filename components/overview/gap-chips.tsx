import { levelLabel, type LevelCode } from '@/lib/domain/levels';
import { plainShort, type MatrixColumn } from '@/lib/domain/overview/matrix-columns';

/**
 * The missing mandatory partners of one house, each with why (niet, nog niet, geen antwoord).
 * Unanswered types that were not in the 2016 questionnaire are gaps too, but they are gathered in
 * one dashed chip, so the gaps the survey did ask about stay easy to see.
 */
export function GapChips({ gaps, levels }: { gaps: MatrixColumn[]; levels: Record<string, LevelCode | null> }) {
  if (gaps.length === 0) return <span className="text-muted">Geen</span>;
  const unasked = gaps.filter((c) => (levels[c.code] ?? null) === null && !c.fromQuestionnaire);
  const asked = gaps.filter((c) => !unasked.includes(c));
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Ontbrekende verplichte partners">
      {asked.map((column) => {
        const level = levels[column.code] ?? null;
        return (
          <li
            key={column.code}
            data-gap={column.code}
            title={`${column.name}: ${levelLabel(level).toLowerCase()}`}
            className="rounded border border-[#b42318]/40 bg-[#fef3f2] px-1.5 py-0.5 text-xs leading-tight text-[#b42318]"
          >
            <span className="font-medium">{plainShort(column)}</span>
            <span className="text-[11px]"> · {levelLabel(level).toLowerCase()}</span>
          </li>
        );
      })}
      {unasked.length > 0 ? (
        <li
          data-gap={unasked.map((c) => c.code).join(' ')}
          title={`Geen antwoord; niet bevraagd in 2016: ${unasked.map((c) => c.name).join(', ')}`}
          className="rounded border border-dashed border-[#b42318]/60 bg-white px-1.5 py-0.5 text-xs leading-tight text-[#7a271a]"
        >
          {unasked.length === 1 ? plainShort(unasked[0]) : `${unasked.length} types`}
          <span className="text-[11px]"> · geen antwoord, niet bevraagd in 2016</span>
        </li>
      ) : null}
    </ul>
  );
}
