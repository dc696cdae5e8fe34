'use client';

import { LEVEL_CODES, LEVELS, type LevelCode } from '@/lib/levels';
import { MAP_LEGEND, TRAY_LEGEND } from '@/lib/map/legend';
import { LegendFigure } from '../map/legend-figure';

const ITEMS = Object.fromEntries([...MAP_LEGEND, ...TRAY_LEGEND].map((item) => [item.key, item]));
const SHORT: Record<LevelCode, string> = {
  kernpartner: 'Kernpartner',
  gemiddeld: 'Gemiddeld',
  minimaal: 'Minimaal',
  indirect: 'Indirect',
  nog_niet: 'Nog niet',
  niet: 'Niet',
  niet_aanwezig: 'Niet aanwezig',
};

/**
 * The seven answers as one radio group: arrow keys move and save, a click saves. Each answer
 * shows its map figure, so the choice reads without colour.
 */
export function LevelChoice({ name, value, disabled, onChange, label }: { name: string; value: LevelCode | null; disabled?: boolean; onChange: (level: LevelCode) => void; label: string }) {
  return (
    <div role="radiogroup" aria-label={label} className="flex flex-wrap gap-1">
      {LEVEL_CODES.map((code) => (
        <label
          key={code}
          title={LEVELS[code].definition}
          className={`relative inline-flex cursor-pointer items-center gap-1 rounded-md border px-1.5 py-1 text-xs has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[#1d4ed8] ${
            value === code ? 'border-brand bg-brand-soft font-semibold text-ink' : 'border-black/10 bg-white text-muted hover:border-brand/50'
          } ${disabled ? 'cursor-not-allowed opacity-60' : ''}`}
        >
          <input type="radio" name={name} value={code} checked={value === code} disabled={disabled} onChange={() => onChange(code)} className="absolute inset-0 m-0 cursor-pointer opacity-0 disabled:cursor-not-allowed" aria-label={LEVELS[code].label} />
          <LegendFigure item={ITEMS[code]} withLine={false} />
          {SHORT[code]}
        </label>
      ))}
    </div>
  );
}
