import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * The frame of the app's own error pages (not found, geen toegang): the code, a title, what it
 * means in a sentence or two, and the two ways on.
 */
export function ErrorPage({
  code,
  title,
  testId,
  housesLabel,
  children,
}: {
  code: number;
  title: string;
  testId: string;
  housesLabel: string;
  children: ReactNode;
}) {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-black/10 bg-white p-6 sm:p-8" data-testid={testId}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Fout {code}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-3 text-muted">{children}</p>
      <ul className="mt-5 flex flex-wrap gap-2 text-sm">
        <li>
          <Link href="/huizen" className="inline-block rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand/90">
            {housesLabel}
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
