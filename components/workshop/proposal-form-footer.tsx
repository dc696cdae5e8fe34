'use client';

/**
 * The end of every proposal form on a participant's phone (an actor's level, a tie): the
 * optional note, the refusal in words, and sending or going back.
 */
export function ProposalFormFooter({
  note,
  onNoteChange,
  error,
  busy,
  onCancel,
}: {
  note: string;
  onNoteChange: (note: string) => void;
  error: string | null;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <label className="block">
        <span className="font-semibold">Notitie (niet verplicht)</span>
        <textarea
          value={note}
          onChange={(e) => onNoteChange(e.target.value)}
          maxLength={300}
          rows={2}
          className="mt-1 w-full rounded-xl border border-black/20 px-3 py-2"
        />
      </label>
      {error ? (
        <p role="alert" className="rounded-lg bg-accent/10 px-3 py-2 text-accent" data-testid="proposal-error">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className="flex-1 rounded-xl bg-brand px-4 py-3.5 text-lg font-semibold text-white disabled:opacity-60">
          {busy ? 'Versturen …' : 'Voorstel versturen'}
        </button>
        <button type="button" onClick={onCancel} className="rounded-xl border border-black/20 px-4 py-3.5">
          Terug
        </button>
      </div>
    </>
  );
}
