import type { MandatoryCell } from '@/lib/domain/overview/house-gaps';
import { MatrixCellView } from './matrix-cell';

const EXAMPLES: { cell: MandatoryCell; text: string }[] = [
  { cell: { code: 'k', level: 'kernpartner', state: 'direct', unasked: false, counted: false }, text: 'Kernpartner' },
  { cell: { code: 'g', level: 'gemiddeld', state: 'direct', unasked: false, counted: false }, text: 'Gemiddeld' },
  { cell: { code: 'm', level: 'minimaal', state: 'direct', unasked: false, counted: false }, text: 'Minimaal' },
  { cell: { code: 'i', level: 'indirect', state: 'indirect', unasked: false, counted: false }, text: 'Indirect (via een overleg)' },
  { cell: { code: 'a', level: 'niet_aanwezig', state: 'not_in_area', unasked: false, counted: false }, text: 'Niet aanwezig in werkgebied (geen hiaat)' },
  { cell: { code: 'n', level: 'nog_niet', state: 'gap', unasked: false, counted: true }, text: 'Hiaat: nog niet, niet of geen antwoord' },
  { cell: { code: 'u', level: null, state: 'gap', unasked: true, counted: true }, text: 'Geen antwoord, type niet bevraagd in 2016 (telt als hiaat)' },
];

export function MatrixLegend() {
  return (
    <section aria-labelledby="matrix-legende" className="rounded-xl border border-black/10 bg-white px-4 py-3 text-xs">
      <h2 id="matrix-legende" className="sr-only">
        Legende
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1.5">
        {EXAMPLES.map((e) => (
          <li key={e.cell.code} className="flex items-center gap-2">
            <MatrixCellView cell={e.cell} />
            <span>{e.text}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-muted">
        Regel (rapport 4.4.4, r. 3431-3436): wie verplicht moet aansluiten en in het werkingsgebied bestaat, moet betrokken zijn. ‘Niet’, ‘nog niet’ en geen
        antwoord zijn een hiaat; ‘niet aanwezig in werkgebied’ niet. Lokaal bestuur staat erbij omdat elk initiatief samen met het lokaal bestuur verloopt
        (decreet Art. 7, r. 2235).
      </p>
    </section>
  );
}
