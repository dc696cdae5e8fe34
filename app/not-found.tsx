import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Niet gevonden' };

/**
 * Every "not found": an unknown address, a house that does not exist, and a house this user may
 * not see. The last two must answer alike (lib/edge/page-guard.ts), so the text covers both.
 */
export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-black/10 bg-white p-6 sm:p-8" data-testid="not-found">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Fout 404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-ink">Deze pagina bestaat niet</h1>
      <p className="mt-3 text-muted">
        Het adres klopt niet, of de pagina is niet (meer) voor u beschikbaar. Zocht u een Huis van het Kind? Dan ziet u in de lijst van de huizen alle huizen
        waarvoor u een account of een uitnodiging hebt.
      </p>
      <ul className="mt-5 flex flex-wrap gap-2 text-sm">
        <li>
          <Link href="/huizen" className="inline-block rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand/90">
            Naar de huizen
          </Link>
        </li>
        <li>
          <Link href="/" className="inline-block rounded-lg border border-black/20 px-4 py-2 font-medium hover:bg-brand-soft">
            Naar de startpagina
          </Link>
        </li>
      </ul>
    </section>
  );
}
