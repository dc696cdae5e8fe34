'use client';

import { useState } from 'react';
import { HousePicker } from '@/components/house-picker';
import type { PickableHouse } from '@/lib/domain/house-search';
import type { ComparisonQuery } from '@/lib/domain/overview/comparison-query';

type Group = NonNullable<ComparisonQuery['groep']>;

const GROUPS: { value: Group; label: string }[] = [
  { value: 'verstedelijking', label: 'dezelfde verstedelijkingsgraad' },
  { value: 'alle', label: 'alle huizen' },
  { value: 'huis', label: 'één ander huis' },
];

/**
 * Pick a house, and what to compare it with: its group, or one other house (house A beside
 * house B). Both houses are chosen with the searchable picker. A GET form, so every comparison
 * has its own address.
 */
export function ComparisonForm({ houses, query }: { houses: PickableHouse[]; query: ComparisonQuery }) {
  const [group, setGroup] = useState<Group>(query.groep ?? 'verstedelijking');
  return (
    <form
      method="get"
      action="/overzicht/vergelijken"
      className="print:hidden grid gap-4 rounded-xl border border-black/10 bg-white p-4 md:grid-cols-[minmax(0,1.3fr)_minmax(0,1.7fr)_auto] md:items-start"
      aria-label="Huis vergelijken"
    >
      <HousePicker houses={houses} name="huis" label="Huis" inputId="vergelijk-huis" defaultId={query.huis} testId="kies-huis" />
      <fieldset className="min-w-0 text-sm">
        <legend className="font-medium">Vergelijk met</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1">
          {GROUPS.map((g) => (
            <label key={g.value} className="flex items-center gap-1.5">
              <input type="radio" name="groep" value={g.value} checked={group === g.value} onChange={() => setGroup(g.value)} className="accent-[#0f5e63]" />
              {g.label}
            </label>
          ))}
        </div>
        <HousePicker
          houses={houses}
          name="met"
          label="Ander huis"
          inputId="vergelijk-met"
          defaultId={query.met}
          placeholder="Kies het tweede huis"
          className="mt-2"
          testId="kies-ander-huis"
          submit={group === 'huis'}
          onChoose={() => setGroup('huis')}
        />
      </fieldset>
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 md:mt-6">
        Vergelijken
      </button>
    </form>
  );
}
