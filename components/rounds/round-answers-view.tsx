import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import type { PreviousAnswers, RoundFormRow } from '@/lib/domain/rounds/round-form';

/** A house's submission to a round, read-only: each type with its answer ("Geen antwoord" where it chose none). */
export function RoundAnswersView({ rows, answers }: { rows: RoundFormRow[]; answers: PreviousAnswers }) {
  const label = (level: LevelCode | null | undefined) => (level ? LEVELS[level].label : 'Geen antwoord');
  return (
    <section aria-labelledby="ingediend-antwoord" className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
      <h3 id="ingediend-antwoord" className="font-semibold">
        Het ingediende antwoord
      </h3>
      <dl className="mt-2 grid gap-x-6 sm:grid-cols-2">
        {rows
          .filter((row) => answers.byType.has(row.code))
          .map((row) => (
            <div key={row.code} className="flex justify-between gap-3 border-b border-black/5 py-1.5 text-sm">
              <dt>{row.name}</dt>
              <dd className="shrink-0 whitespace-nowrap text-right font-medium">{label(answers.byType.get(row.code))}</dd>
            </div>
          ))}
        {answers.extras.map((extra) => (
          <div key={extra.name} className="flex justify-between gap-3 border-b border-black/5 py-1.5 text-sm">
            <dt>Andere: {extra.name}</dt>
            <dd className="shrink-0 whitespace-nowrap text-right font-medium">
              {extra.value === 'geen_antwoord' ? 'Geen antwoord' : LEVELS[extra.value].label}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
