export function MandatoryBadge({ note, line }: { note: string | null; line: number | null }) {
  const title = [note, line ? `rapport r. ${line}` : null].filter(Boolean).join(' · ');
  return (
    <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white" title={title || undefined}>
      verplicht aan te sluiten
    </span>
  );
}
