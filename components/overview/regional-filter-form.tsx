import type { RegionalQuery } from '@/lib/overview/regional-query';
import { PROVINCES } from '@/lib/regions';

export function RegionalFilterForm({ query, types }: { query: RegionalQuery; types: { code: string; name: string }[] }) {
  const field = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm font-normal';
  return (
    <form method="get" action="/overzicht/regio" aria-label="Selectie van de regio" className="print:hidden grid grid-cols-2 gap-3 rounded-xl border border-black/10 bg-white p-4 md:grid-cols-[1fr_1.5fr_auto] md:items-end">
      <label className="text-sm font-medium">
        Provincie
        <select name="provincie" defaultValue={query.provincie ?? ''} className={field}>
          <option value="">Alle provincies</option>
          {PROVINCES.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium">
        Type organisatie
        <select name="type" defaultValue={query.type ?? ''} className={field}>
          <option value="">Alle types</option>
          {types.map((t) => <option key={t.code} value={t.code}>{t.name}</option>)}
        </select>
      </label>
      <div className="col-span-2 flex gap-2 md:col-span-1">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">Toepassen</button>
        <a href="/overzicht/regio" className="rounded-md px-3 py-2 text-sm text-brand underline-offset-2 hover:underline">Wissen</a>
      </div>
    </form>
  );
}
