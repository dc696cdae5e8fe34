'use client';

import { LEVEL_CODES, LEVELS, type LevelCode } from '@/lib/domain/levels';
import { MAP_LEGEND, TRAY_LEGEND } from '@/lib/domain/map/legend';
import { LegendFigure } from '../map/legend-figure';
import { useChoiceCommit } from './use-choice-commit';

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

interface Props {
  name: string;
  /** The answer shown as chosen (may run ahead of the saved one while the user chooses). */
  value: LevelCode | null;
  disabled?: boolean;
  /** The choice moved (without onCommit: every move, also with the arrow keys; with it: once chosen). */
  onChange: (level: LevelCode | null) => void;
  /**
   * When given, the choice saves itself: once per choice (a click, or Enter/Space/leaving the
   * row after choosing with the arrow keys), never per arrow key. `saved` is the stored answer.
   */
  onCommit?: (level: LevelCode) => void;
  saved?: LevelCode | null;
  label: string;
}

/**
 * The seven answers as one radio group. Each answer shows its map figure, so the choice reads
 * without colour.
 */
export function LevelChoice({ name, value, disabled, onChange, onCommit, saved = null, label }: Props) {
  const choice = useChoiceCommit<LevelCode | null>({
    saved,
    commit: (level) => {
      if (!level) return;
      onChange(level);
      onCommit?.(level);
    },
  });
  // While a keyboard choice waits, it is what the row shows.
  const shown = onCommit && choice.draft ? choice.draft.value : value;
  const keyboardPending = Boolean(onCommit && choice.draft && choice.draft.value !== saved);
  return (
    <div>
      <div
        role="radiogroup"
        aria-label={label}
        className="flex flex-wrap gap-1"
        onKeyDown={onCommit ? choice.onKeyDown : undefined}
        onBlur={onCommit ? choice.onBlur : undefined}
      >
        {LEVEL_CODES.map((code) => (
          <label
            key={code}
            title={LEVELS[code].definition}
            className={`relative inline-flex cursor-pointer items-center gap-1 rounded-md border px-1.5 py-1 text-xs has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[#1d4ed8] ${
              shown === code ? 'border-brand bg-brand-soft font-semibold text-ink' : 'border-black/10 bg-white text-muted hover:border-brand/50'
            } ${disabled ? 'cursor-not-allowed opacity-60' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={code}
              checked={shown === code}
              disabled={disabled}
              onChange={() => (onCommit ? choice.changed(code) : onChange(code))}
              className="absolute inset-0 m-0 cursor-pointer opacity-0 disabled:cursor-not-allowed"
              aria-label={LEVELS[code].label}
            />
            <LegendFigure item={ITEMS[code]} withLine={false} />
            {SHORT[code]}
          </label>
        ))}
      </div>
      {keyboardPending ? (
        <p className="mt-0.5 text-xs text-muted" data-testid="choice-pending">
          Nog niet opgeslagen: Enter bewaart, Esc herstelt.
        </p>
      ) : null}
    </div>
  );
}
