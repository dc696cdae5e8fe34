import type { Metadata } from 'next';
import { ErrorPage } from '@/components/error-page';

export const metadata: Metadata = { title: 'Niet gevonden' };

/**
 * Every "not found": an unknown address, a house that does not exist, and a house this user may
 * not see. The last two must answer alike (lib/edge/page-guard.ts), so the text covers both.
 */
export default function NotFound() {
  return (
    <ErrorPage code={404} title="Deze pagina bestaat niet" testId="not-found" housesLabel="Naar de huizen">
      Het adres klopt niet, of de pagina is niet (meer) voor u beschikbaar. Zocht u een Huis van het Kind? Dan ziet u in de lijst van de huizen alle huizen
      waarvoor u een account of een uitnodiging hebt.
    </ErrorPage>
  );
}
