import { DrawWhenIdle } from '@/components/draw-when-idle';
import type { SurveyTable } from '@/lib/domain/survey/survey-figures';
import { AnswerTableView } from './answer-table-view';
import { DistributionSection } from './distribution-section';
import { MeansTableView } from './means-table-view';
import { DEFAULT_TABLE_SOURCES, type TableSources } from './table-sources';

/** Tabel 26/27 and the urbanisation means first (the size of the partnership), then Tabel 14-25. */
export function SurveyTablesView({ tables, query, sources = DEFAULT_TABLE_SOURCES }: { tables: SurveyTable[]; query: string; sources?: TableSources }) {
  const distributions = tables.filter((t) => t.kind === 'distribution');
  const means = tables.find((t) => t.kind === 'means');
  const answers = tables.filter((t) => t.kind === 'answers');
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Omvang van het samenwerkingsverband</h2>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {distributions.map((t) => (
          <DistributionSection key={t.id} table={t} query={query} sources={sources} />
        ))}
      </div>
      {means ? (
        <div className="mt-4">
          <MeansTableView table={means} query={query} sources={sources} />
        </div>
      ) : null}

      <h2 className="mt-10 text-xl font-semibold">Betrokkenheid per actor (Tabel 14 tot 25)</h2>
      <p className="mt-1 text-sm text-muted">
        {sources.showChange ? (
          <>
            Per actor het aantal huizen per antwoord in {sources.shown.label} (bovenste regel, met het aandeel van de huizen die antwoordden), eronder in{' '}
            {sources.compared.label}, en het verschil in procentpunten. ● = verplicht aan te sluiten.
          </>
        ) : (
          <>
            Per actor het aantal huizen per antwoord (bovenste regel, met het aandeel van de huizen die antwoordden) en de cijfers van 2016 eronder. ● =
            verplicht aan te sluiten.
          </>
        )}
      </p>
      <nav aria-label="Tabellen" className="mt-3 flex flex-wrap gap-2 text-sm">
        {answers.map((t) => (
          <a key={t.id} href={`#${t.id}`} className="rounded-full border border-brand/30 px-3 py-1 text-brand hover:bg-brand-soft">
            {t.table} · {t.title.split(',')[0]}
          </a>
        ))}
      </nav>
      <div className="mt-4 space-y-6">
        {answers.map((t) => (
          <AnswerTableView key={t.id} table={t} query={query} sources={sources} />
        ))}
      </div>
      <DrawWhenIdle key={query} />
    </>
  );
}
