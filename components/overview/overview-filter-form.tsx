import { unaskedMode } from '@/lib/domain/overview/house-gaps';
import type { OverviewFilter } from '@/lib/domain/overview/overview-filter';
import { HouseSelectionFields } from '@/components/filters/house-selection-fields';

/**
 * A plain GET form: works without JavaScript, and every selection has its own URL that can be
 * shared or bookmarked. The sort is kept in hidden fields.
 */
export function OverviewFilterForm({ filter, action }: { filter: OverviewFilter; action: string }) {
  const field = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm font-normal';
  return (
    <form method="get" action={action} role="search" aria-label="Selectie van huizen" className="print:hidden rounded-xl border border-black/10 bg-white p-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6 lg:items-end">
        <label className="col-span-2 text-sm font-medium">
          Zoeken
          <input type="search" name="zoek" defaultValue={filter.zoek ?? ''} placeholder="Naam van het huis of gemeente" className={field} maxLength={80} />
        </label>
        <HouseSelectionFields selection={filter} fieldClassName={field} />
        <label className="text-sm font-medium">
          Hiaten
          <select name="hiaat" defaultValue={filter.hiaat ?? ''} className={field}>
            <option value="">Alle huizen</option>
            <option value="ja">Alleen huizen met een hiaat</option>
            <option value="nee">Alleen huizen zonder hiaat</option>
          </select>
        </label>
      </div>
      <div className="mt-3 flex flex-col gap-3 border-t border-black/5 pt-3 lg:flex-row lg:items-center lg:justify-between">
        <label className="flex items-start gap-2 text-sm text-muted">
          <input
            type="checkbox"
            name="nietbevraagd"
            value="hiaat"
            defaultChecked={unaskedMode(filter) === 'hiaat'}
            className="mt-0.5 h-4 w-4 accent-[#0f5e63]"
          />
          <span>Ook geen antwoord op een type dat niet in de vragenlijst van 2016 stond (prenatale steunpunten, aanbod onderwijskansen) als hiaat tellen</span>
        </label>
        {filter.sorteer ? <input type="hidden" name="sorteer" value={filter.sorteer} /> : null}
        {filter.richting ? <input type="hidden" name="richting" value={filter.richting} /> : null}
        <div className="flex shrink-0 gap-2">
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">
            Toepassen
          </button>
          <a href={action} className="rounded-md px-3 py-2 text-sm text-brand underline-offset-2 hover:underline">
            Wissen
          </a>
        </div>
      </div>
    </form>
  );
}
