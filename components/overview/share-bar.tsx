import { formatNumber } from '@/components/survey/format';

/** A share in % as a bar with the number beside it (the number carries the meaning). */
export function ShareBar({ value, fill, label }: { value: number | null; fill: string; label: string }) {
  return (
    <span className="flex items-center gap-2" title={`${label}: ${value === null ? 'geen vergelijking' : `${formatNumber(value)}%`}`}>
      <span className="relative h-2.5 w-20 shrink-0 overflow-hidden rounded-full bg-black/10 sm:w-28" aria-hidden="true">
        <span className="absolute inset-y-0 left-0 rounded-full" style={{ width: `${value ?? 0}%`, background: fill }} />
      </span>
      <span className="w-12 text-right text-xs tabular-nums">{value === null ? '–' : `${formatNumber(value, 0)}%`}</span>
    </span>
  );
}
