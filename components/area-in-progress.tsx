import type { ReactNode } from 'react';
import { PageHeader } from './page-header';

/** An area of the product that is announced in the navigation but not built yet: says so plainly. */
export function AreaInProgress({ title, intro, whatComes }: { title: string; intro: string; whatComes: ReactNode[] }) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <section className="rounded-xl border border-black/10 bg-white p-5 sm:p-6">
        <p className="inline-block rounded-full bg-brand-soft px-3 py-1 text-xs font-semibold text-brand">In opbouw</p>
        <h2 className="mt-3 font-semibold">Wat u hier binnenkort vindt</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
          {whatComes.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
