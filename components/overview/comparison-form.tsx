import type { ComparisonQuery } from '@/lib/overview/comparison-query';

/** Pick a house and a comparison group; a GET form, so every comparison has its own address. */
export function ComparisonForm({ houses, query }: { houses: { id: string; name: string; province: string }[]; query: ComparisonQuery }) {
  const byProvince = new Map<string, typeof houses>();
  for (const h of houses) byProvince.set(h.province, [...(byProvince.get(h.province) ?? []), h]);
  const field = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm font-normal';
  return (
    <form method="get" action="/overzicht/vergelijken" className="print:hidden grid gap-3 rounded-xl border border-black/10 bg-white p-4 md:grid-cols-[2fr_1.4fr_auto] md:items-end" aria-label="Huis vergelijken">
      <div className="text-sm font-medium">
        <label htmlFor="vergelijk-huis">Huis</label>
        <select id="vergelijk-huis" name="huis" defaultValue={query.huis ?? ''} className={field} required>
          <option value="" disabled>Kies een huis…</option>
          {[...byProvince.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([province, list]) => (
            <optgroup key={province} label={province}>
              {list.map((h) => (
                <option key={h.id} value={h.id}>{h.name}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium">Vergelijk met</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1">
          <label className="flex items-center gap-1.5">
            <input type="radio" name="groep" value="verstedelijking" defaultChecked={(query.groep ?? 'verstedelijking') === 'verstedelijking'} className="accent-[#0f5e63]" />
            dezelfde verstedelijkingsgraad
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="groep" value="alle" defaultChecked={query.groep === 'alle'} className="accent-[#0f5e63]" />
            alle huizen
          </label>
        </div>
      </fieldset>
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">Vergelijken</button>
    </form>
  );
}
