'use client';

import type { ChangeEvent } from 'react';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';

/**
 * The two fields of every "add an actor" form: its name and how involved it is (controlled when
 * the form must react to the level, e.g. to say how the type's answer would change).
 */
export function NameAndLevelFields({ nameLabel, level, onLevelChange }: { nameLabel: string; level?: LevelCode; onLevelChange?: (level: LevelCode) => void }) {
  return (
    <>
      <label className="text-xs">
        <span className="block text-muted">{nameLabel}</span>
        <input
          name="name"
          required
          minLength={2}
          maxLength={120}
          autoFocus
          className="mt-0.5 w-64 max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm"
        />
      </label>
      <label className="text-xs">
        <span className="block text-muted">Betrokkenheid</span>
        <select
          name="level"
          {...(onLevelChange
            ? { value: level, onChange: (e: ChangeEvent<HTMLSelectElement>) => onLevelChange(e.target.value as LevelCode) }
            : { defaultValue: 'minimaal' })}
          className="mt-0.5 rounded border border-black/15 bg-white px-2 py-1 text-sm"
        >
          {Object.values(LEVELS).map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
