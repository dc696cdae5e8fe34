import { LEVEL_CODES, LEVELS } from '@/lib/domain/levels';
import { LEVEL_STYLES, NO_ANSWER_FILL } from '@/lib/domain/level-style';

/**
 * A horizontal bar of how many houses gave each answer for one actor type (2016 survey),
 * with the numbers in text for screen readers. `counts` follows LEVEL_CODES order.
 */
export function LevelDistributionBar({ counts, houses }: { counts: number[]; houses: number }) {
  const answered = counts.reduce((sum, n) => sum + n, 0);
  const noAnswer = Math.max(0, houses - answered);
  const description = LEVEL_CODES.map((code, i) => `${LEVELS[code].label}: ${counts[i]}`).join(', ') + `, geen antwoord: ${noAnswer}`;
  return (
    <div>
      <div className="flex h-3 w-full overflow-hidden rounded-full border border-black/10" role="img" aria-label={description} title={description}>
        {LEVEL_CODES.map((code, i) =>
          counts[i] > 0 ? <span key={code} style={{ width: `${(counts[i] / houses) * 100}%`, background: LEVEL_STYLES[code].fill }} /> : null,
        )}
        {noAnswer > 0 ? <span style={{ width: `${(noAnswer / houses) * 100}%`, background: NO_ANSWER_FILL }} /> : null}
      </div>
    </div>
  );
}

export function LevelLegend({ includeNoAnswer = false }: { includeNoAnswer?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legende">
      {LEVEL_CODES.map((code) => (
        <li key={code} className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm border border-black/20" style={{ background: LEVEL_STYLES[code].fill }} />
          {LEVELS[code].label}
        </li>
      ))}
      {includeNoAnswer ? (
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm border border-black/20" style={{ background: NO_ANSWER_FILL }} />
          Geen antwoord
        </li>
      ) : null}
    </ul>
  );
}
