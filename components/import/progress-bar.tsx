import { PHASE_LABELS, type ImportProgress } from '@/lib/domain/import/progress';

/** The import's progress: phase, a bar, and "n van m". */
export function ProgressBar({ progress }: { progress: ImportProgress }) {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="space-y-1" data-testid="import-progress">
      <div className="flex justify-between text-sm">
        <span className="font-medium">{PHASE_LABELS[progress.phase]}…</span>
        <span className="text-muted">{progress.total > 1 ? `${progress.done.toLocaleString('nl-BE')} van ${progress.total.toLocaleString('nl-BE')}` : ''}</span>
      </div>
      <div
        role="progressbar"
        aria-label={PHASE_LABELS[progress.phase]}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 overflow-hidden rounded-full bg-black/10"
      >
        <div className="h-full rounded-full bg-brand transition-[width] duration-200" style={{ width: `${Math.max(4, percent)}%` }} />
      </div>
    </div>
  );
}
