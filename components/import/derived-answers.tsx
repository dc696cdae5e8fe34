'use client';

import { derivedChangeText, loweringChoiceLabel, lowersAnswer, type DerivedAnswerChange } from '@/lib/domain/derived-answer';

/**
 * The type answers an import (or an edit) would derive differently from the organisations it
 * names: every one is listed; a lowering carries the checkbox that chooses it explicitly.
 */
export function DerivedAnswers({
  changes,
  confirmed,
  onToggle,
  disabled,
}: {
  changes: DerivedAnswerChange[];
  confirmed: readonly string[];
  onToggle: (typeCode: string, chosen: boolean) => void;
  disabled?: boolean;
}) {
  if (!changes.length) return null;
  const lowerings = changes.filter(lowersAnswer).length;
  return (
    <section aria-labelledby="afgeleide-antwoorden" className="space-y-2 rounded-xl border border-[#b54708]/40 bg-[#fff8ed] p-4" data-testid="derived-answers">
      <h3 id="afgeleide-antwoorden" className="font-semibold">
        {changes.length === 1 ? 'Eén antwoord op vraag 4 wijzigt mee' : `${changes.length} antwoorden op vraag 4 wijzigen mee`}
      </h3>
      <p className="text-sm text-muted">
        Het antwoord voor een soort actor volgt uit de benoemde organisaties van die soort: de sterkste telt.
        {lowerings ? ' Een lager antwoord wordt alleen opgeslagen als u het hieronder aanvinkt.' : ''}
      </p>
      <ul className="space-y-1.5 text-sm">
        {changes.map((change) =>
          lowersAnswer(change) ? (
            <li key={change.typeCode} data-lowering={change.typeCode}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="verlagen"
                  value={change.typeCode}
                  checked={confirmed.includes(change.typeCode)}
                  disabled={disabled}
                  onChange={(e) => onToggle(change.typeCode, e.target.checked)}
                  className="mt-0.5 size-4 shrink-0 accent-[#b54708]"
                />
                <span>
                  <span className="font-medium">{loweringChoiceLabel(change)}</span>
                  {change.fromOwn ? <span className="text-muted"> (nu het eigen antwoord van het huis)</span> : null}
                </span>
              </label>
            </li>
          ) : (
            <li key={change.typeCode} className="pl-6">
              {derivedChangeText(change)}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
