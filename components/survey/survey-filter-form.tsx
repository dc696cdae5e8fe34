import { HouseSelectionFields } from '@/components/filters/house-selection-fields';
import type { FigureSource, SourceChoice } from '@/lib/domain/survey/figure-source';
import type { SurveyFilter } from '@/lib/domain/survey/survey-filter';

/**
 * A plain GET form: works without JavaScript, and every selection has its own URL. With `sources`
 * it also chooses where the figures come from (issue 19) and what they are compared with.
 */
export function SurveyFilterForm({ filter, sources }: { filter: SurveyFilter; sources?: { options: FigureSource[]; choice: SourceChoice } }) {
  const select = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm';
  return (
    <form
      method="get"
      action="/cijfers"
      className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-4 sm:items-end"
      aria-label="Selectie van huizen"
    >
      {sources ? (
        <>
          <label className="text-sm font-medium sm:col-span-2">
            Cijfers van
            <select name="ronde" defaultValue={sources.choice.shown} className={select}>
              {sources.options.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium sm:col-span-2">
            Vergelijken met
            <select name="vergelijk" defaultValue={sources.choice.compared} className={select}>
              {sources.options.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
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
