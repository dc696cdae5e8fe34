import { PROVINCES, URBANISATION_CODES, URBANISATION_LABELS } from '@/lib/regions';
import type { SurveyFilter } from '@/lib/survey/survey-filter';

/** A plain GET form: works without JavaScript, and every selection has its own URL. */
export function SurveyFilterForm({ filter }: { filter: SurveyFilter }) {
  const select = 'mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm';
  return (
    <form method="get" action="/cijfers" className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-4 sm:items-end" aria-label="Selectie van huizen">
      <label className="text-sm font-medium">
        Provincie
        <select name="provincie" defaultValue={filter.provincie ?? ''} className={select}>
          <option value="">Alle provincies</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Verstedelijkingsgraad
        <select name="verstedelijking" defaultValue={filter.verstedelijking ?? ''} className={select}>
          <option value="">Alle</option>
          {URBANISATION_CODES.map((u) => (
            <option key={u} value={u}>{URBANISATION_LABELS[u]}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Intergemeentelijk
        <select name="intergemeentelijk" defaultValue={filter.intergemeentelijk ?? ''} className={select}>
          <option value="">Alle huizen</option>
          <option value="ja">Alleen intergemeentelijke huizen</option>
          <option value="nee">Alleen huizen van één gemeente</option>
        </select>
      </label>
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
