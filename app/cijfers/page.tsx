import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { SurveyTablesView } from '@/components/survey/survey-tables-view';
import { SurveyFilterForm } from '@/components/survey/survey-filter-form';
import { tableSources } from '@/components/survey/table-sources';
import { optionalUser } from '@/lib/edge/session';
import { DEFAULT_SOURCES, parseSourceChoice, sourceQuery } from '@/lib/domain/survey/figure-source';
import { loadPageData } from '@/lib/edge/load-page-data';
import { filterLabel } from '@/lib/domain/survey/filter-label';
import { MIN_HOUSES_IN_SELECTION, REFUSAL_MESSAGES } from '@/lib/domain/survey/survey-figures';
import { audienceOf } from '@/lib/use-cases/public-selections';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import { filterQuery, isFiltered, parseSurveyFilter } from '@/lib/domain/survey/survey-filter';
import { figureSources } from '@/lib/use-cases/rounds/survey-sources';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cijfers' };

const joined = (...parts: string[]) => parts.filter(Boolean).join('&');

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = parseSurveyFilter(params);
  const filter = parsed.success ? parsed.data : {};
  const parsedChoice = parseSourceChoice(params);
  const choice = parsedChoice.ok ? parsedChoice.choice : DEFAULT_SOURCES;
  const sources = sourceQuery(choice);
  const query = joined(filterQuery(filter), sources);
  const result = await loadPageData(async () => {
    const audience = audienceOf(await optionalUser());
    const [figures, options] = await Promise.all([computeSurveyFigures(filter, audience, choice), figureSources(audience)]);
    return { figures, options };
  });
  const figures = result.ok ? result.data.figures : null;

  return (
    <>
      <PageHeader
        title="Cijfers"
        intro="De tabellen van de bevraging van 2016, opnieuw berekend uit de databank: per actor hoeveel huizen elk antwoord gaven, en per huis hoeveel actoren direct betrokken zijn. Kies de bron: de kaarten van vandaag, een bevraging via Netwerkkaart of het rapport van 2016, en waarmee u ze vergelijkt."
      />
      <SurveyFilterForm filter={filter} sources={result.ok ? { options: result.data.options, choice } : undefined} />
      {!parsed.success || !parsedChoice.ok ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {!parsed.success ? `${parsed.error.issues.map((i) => i.message).join(' ')} De cijfers hieronder gelden voor alle huizen.` : ''}
          {!parsedChoice.ok ? ` ${parsedChoice.message} U ziet de kaarten van vandaag naast 2016.` : ''}
        </p>
      ) : null}

      {!result.ok || !figures ? (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      ) : figures.status === 'unavailable' ? (
        <p role="status" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
          {figures.message}
        </p>
      ) : figures.status === 'not-public' ? (
        <div role="status" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
          <p>{REFUSAL_MESSAGES[figures.reason]}</p>
          <p className="mt-2 text-sm">
            Zonder aanmelden te bekijken:{' '}
            {[{}, ...figures.publicFilters].map((f, i) => (
              <span key={filterQuery(f) || 'alle'}>
                {i > 0 ? ', ' : ''}
                <a className="text-brand underline" href={`/cijfers${joined(filterQuery(f), sources) ? `?${joined(filterQuery(f), sources)}` : ''}`}>
                  {filterLabel(f)}
                </a>
              </span>
            ))}
            .
          </p>
        </div>
      ) : figures.status === 'too-few-houses' ? (
        <p role="status" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
          {figures.side === 'compared' ? `In ${figures.source} telt deze selectie` : 'Deze selectie telt'} {figures.houses} huizen. Cijfers worden pas getoond
          vanaf {MIN_HOUSES_IN_SELECTION} huizen, zodat geen enkel huis herkenbaar is. Kies een ruimere selectie.
        </p>
      ) : figures.houses === 0 ? (
        <p role="status" className="mt-6 rounded-xl border border-black/10 bg-white p-4">
          {figures.sources.shown.kind === 'round'
            ? `Nog geen enkel huis${isFiltered(filter) ? ' in deze selectie' : ''} diende in voor ${figures.sources.shown.label}.`
            : isFiltered(filter)
              ? 'Geen huizen in deze selectie.'
              : 'Nog geen huizen in de databank: laad de demogegevens met npm run seed:demo.'}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-muted" role="status">
            <strong className="text-ink">{figures.houses} huizen</strong> in deze selectie
            {isFiltered(filter) ? ' (gefilterd)' : ''}
            {figures.sources.shown.kind === 'round' ? `, die indienden voor ${figures.sources.shown.label}` : ''}; het rapport telt 116 huizen.
          </p>
          {[figures.sources.shown, figures.sources.compared].some((s) => s.provisional) ? (
            <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="voorlopig">
              <strong>Voorlopige cijfers.</strong>{' '}
              {[figures.sources.shown, figures.sources.compared]
                .filter((s) => s.provisional)
                .map((s) => s.label.replace(' (voorlopig)', ''))
                .join(' en ')}{' '}
              loopt nog: huizen kunnen nog indienen of hun antwoord vervangen, dus deze cijfers kunnen nog veranderen.
            </p>
          ) : null}
          {figures.notes.map((note) => (
            <p key={note} className="mt-2 text-sm text-muted">
              {note}
            </p>
          ))}
          <SurveyTablesView tables={figures.tables} query={query} sources={tableSources(figures.sources.shown, figures.sources.compared)} />
        </>
      )}
    </>
  );
}
