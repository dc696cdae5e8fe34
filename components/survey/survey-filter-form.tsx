import { HouseSelectionFields } from '@/components/filters/house-selection-fields';
import type { SurveyFilter } from '@/lib/domain/survey/survey-filter';

/** A plain GET form: works without JavaScript, and every selection has its own URL. */
export function SurveyFilterForm({ filter }: { filter: SurveyFilter }) {
  const select = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm';
  return (
    <form
      method="get"
      action="/cijfers"
      className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-4 sm:items-end"
      aria-label="Selectie van huizen"
    >
      <HouseSelectionFields selection={filter} fieldClassName={select} />
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">
          Toepassen
        </button>
        <a href="/cijfers" className="rounded-md px-3 py-2 text-sm text-brand underline-offset-2 hover:underline">
          Wissen
        </a>
      </div>
    </form>
  );
}
