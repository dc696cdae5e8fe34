'use client';

import { LEVEL_STYLES } from '@/lib/domain/level-style';
import { LEVEL_CODES, LEVELS, type LevelCode } from '@/lib/domain/levels';

/** The seven levels as big radio buttons (two columns on a phone), with an optional "—". */
export function LevelPicker({
  name,
  legend,
  value,
  onChange,
  optional,
}: {
  name: string;
  legend: string;
  value: LevelCode | null;
  onChange: (level: LevelCode | null) => void;
  optional?: boolean;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 font-semibold">{legend}</legend>
      <div className="grid grid-cols-2 gap-1.5">
        {LEVEL_CODES.map((code) => (
          <label
            key={code}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-black/15 bg-white px-2.5 py-2 text-[15px] has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:checked]:font-semibold"
          >
            <input type="radio" name={name} value={code} checked={value === code} onChange={() => onChange(code)} className="size-4 accent-[#0f5e63]" />
            <span
              aria-hidden="true"
              className="inline-block size-3 shrink-0 rounded-sm border"
              style={{ background: LEVEL_STYLES[code].fill, borderColor: LEVEL_STYLES[code].border }}
            />
            <span>{code === 'niet_aanwezig' ? 'Niet in werkgebied' : LEVELS[code].label}</span>
          </label>
        ))}
        {optional ? (
          <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-dashed border-black/20 px-2.5 py-2 text-[15px] text-muted has-[:checked]:border-brand has-[:checked]:text-ink">
            <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} className="size-4 accent-[#0f5e63]" />
            <span>Geen mening</span>
          </label>
        ) : null}
      </div>
    </fieldset>
  );
}
