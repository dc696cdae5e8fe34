import { derivedChangeText, loweringChoiceLabel, lowersAnswer, type DerivedAnswerChange } from '@/lib/domain/derived-answer';

/**
 * Inside a form: what the change does to the type's answer (derived from its organisations).
 * A lowering carries the checkbox "Verlaag … van … naar …" (field "verlagen"): without it the
 * server refuses the write. A raise is only said.
 */
export function LoweringChoice({ change, testId }: { change: DerivedAnswerChange | null; testId?: string }) {
  if (!change) return null;
  if (!lowersAnswer(change)) {
    return (
      <p className="basis-full text-xs text-muted" data-testid={testId}>
        Het antwoord wordt dan {derivedChangeText(change)}.
      </p>
    );
  }
  return (
    <label
      className="flex basis-full items-start gap-2 rounded-md border border-[#b54708]/40 bg-[#fff8ed] px-2 py-1.5 text-xs text-[#7a2e0b]"
      data-testid={testId}
    >
      <input type="checkbox" name="verlagen" value={change.typeCode} className="mt-0.5 size-4 shrink-0 accent-[#b54708]" />
      <span>
        <span className="font-semibold">{loweringChoiceLabel(change)}</span>
        <span className="block">Het antwoord volgt uit de benoemde organisaties: de sterkste telt.</span>
      </span>
    </label>
  );
}
