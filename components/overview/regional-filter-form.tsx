import type { RegionChoice } from '@/lib/domain/region-choice';
import type { RegionalQuery } from '@/lib/domain/overview/regional-query';
import { PROVINCES } from '@/lib/domain/regions';

/** Province and type narrow the selection; the region chooses which group of houses is drawn. */
export function RegionalFilterForm({
  query,
  types,
  regions,
  chosen,
}: {
  query: RegionalQuery;
  types: { code: string; name: string }[];
  regions: RegionChoice[];
  chosen: string | null;
}) {
  const field = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm font-normal';
  return (
    <form
      method="get"
      action="/overzicht/regio"
      aria-label="Selectie van de regio"
      className="print:hidden grid grid-cols-2 gap-3 rounded-xl border border-black/10 bg-white p-4 md:grid-cols-[1fr_1.3fr_2.4fr_auto] md:items-end"
    >
      <label className="text-sm font-medium">
        Provincie
        <select name="provincie" defaultValue={query.provincie ?? ''} className={field}>
          <option value="">Alle provincies</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Type organisatie
        <select name="type" defaultValue={query.type ?? ''} className={field}>
          <option value="">Alle types</option>
          {types.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="col-span-2 text-sm font-medium md:col-span-1">
        Regio
        <select name="regio" defaultValue={chosen ?? ''} className={field} disabled={regions.length === 0} data-testid="region-choice">
          {regions.length === 0 ? <option value="">Geen regio’s in deze selectie</option> : null}
          {regions.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label} ({r.organisations} gedeelde organisaties)
            </option>
          ))}
        </select>
      </label>
      <div className="col-span-2 flex gap-2 md:col-span-1">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">
          Toon
        </button>
        <a href="/overzicht/regio" className="rounded-md px-3 py-2 text-sm text-brand underline underline-offset-2">
          Wissen
        </a>
      </div>
    </form>
  );
}
