import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { SurveyTablesView } from '@/components/survey/survey-tables-view';
import { SurveyFilterForm } from '@/components/survey/survey-filter-form';
import { optionalUser } from '@/lib/edge/session';
import { loadPageData } from '@/lib/edge/load-page-data';
import { filterLabel } from '@/lib/domain/survey/filter-label';
import { audienceOf } from '@/lib/use-cases/public-selections';
import { REFUSAL_MESSAGES, MIN_HOUSES_IN_SELECTION } from '@/lib/domain/survey/survey-figures';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import { filterQuery, isFiltered, parseSurveyFilter } from '@/lib/domain/survey/survey-filter';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cijfers 2016' };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseSurveyFilter(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const query = filterQuery(filter);
  const result = await loadPageData(async () => computeSurveyFigures(filter, audienceOf(await optionalUser())));

  return (
    <>
      <PageHeader
        title="Cijfers 2016"
        intro="De tabellen van de bevraging van 2016, opnieuw berekend uit de databank: per actor hoeveel huizen elk antwoord gaven, en per huis hoeveel actoren direct betrokken zijn. Naast elk cijfer staat het cijfer uit het rapport."
      />
      <SurveyFilterForm filter={filter} />
      {!parsed.success ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {parsed.error.issues.map((i) => i.message).join(' ')} De cijfers hieronder gelden voor alle huizen.
        </p>
      ) : null}

      {!result.ok ? (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      ) : result.data.status === 'not-public' ? (
        <div role="status" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
          <p>{REFUSAL_MESSAGES[result.data.reason]}</p>
          <p className="mt-2 text-sm">
            Zonder aanmelden te bekijken:{' '}
            {[{}, ...result.data.publicFilters].map((f, i) => (
              <span key={filterQuery(f) || 'alle'}>
                {i > 0 ? ', ' : ''}
                <a className="text-brand underline" href={`/cijfers${filterQuery(f) ? `?${filterQuery(f)}` : ''}`}>
                  {filterLabel(f)}
                </a>
              </span>
            ))}
            .
          </p>
        </div>
      ) : result.data.status === 'too-few-houses' ? (
        <p role="status" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
          Deze selectie telt {result.data.houses} huizen. Cijfers worden pas getoond vanaf {MIN_HOUSES_IN_SELECTION} huizen, zodat geen enkel huis herkenbaar
          is. Kies een ruimere selectie.
        </p>
      ) : result.data.houses === 0 ? (
        <p role="status" className="mt-6 rounded-xl border border-black/10 bg-white p-4">
          {isFiltered(filter) ? 'Geen huizen in deze selectie.' : 'Nog geen huizen in de databank: laad de demogegevens met npm run seed:demo.'}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-muted" role="status">
            <strong className="text-ink">{result.data.houses} huizen</strong> in deze selectie
            {isFiltered(filter) ? ' (gefilterd)' : ''}; het rapport telt 116 huizen.
          </p>
          <SurveyTablesView tables={result.data.tables} query={query} />
        </>
      )}
    </>
  );
}
