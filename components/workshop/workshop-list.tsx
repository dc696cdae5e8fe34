import Link from 'next/link';
import type { WorkshopRecord } from '@/lib/domain/workshop/records';
import { formatDateTime } from '@/lib/domain/format-date';
import { workshopEnded } from '@/lib/domain/workshop/workshop-ended';

/** A house's workshops: the running one first, with its code; closed ones with their action list. */
export function WorkshopList({ workshops }: { workshops: WorkshopRecord[] }) {
  if (workshops.length === 0) return <p className="text-sm text-muted">Nog geen workshops.</p>;
  return (
    <ul className="divide-y divide-black/10 text-sm" data-testid="workshop-list">
      {workshops.map((w) => {
        const ended = workshopEnded(w);
        return (
          <li key={w.code} className="flex flex-wrap items-center justify-between gap-2 py-2" data-code={w.code}>
            <span>
              <span className="font-mono font-semibold">{w.code}</span> · {formatDateTime(w.opensAt)} · {w.participants} deelnemers ·{' '}
              <span className={ended ? 'text-muted' : 'font-semibold text-[#067647]'}>
                {ended === 'closed' ? 'afgesloten' : ended === 'expired' ? 'verlopen' : 'loopt'}
              </span>
            </span>
            <span className="flex gap-3">
              {ended !== 'closed' ? (
                <>
                  <Link className="font-medium text-brand underline" href={`/workshop/${w.code}/begeleiden`}>
                    Begeleiden
                  </Link>
                  <Link className="font-medium text-brand underline" href={`/workshop/${w.code}/scherm`}>
                    Scherm voor de zaal
                  </Link>
                </>
              ) : null}
              <Link className="font-medium text-brand underline" href={`/workshop/${w.code}/afsluiten`}>
                {ended === 'closed' ? 'Actielijst en verslag' : 'Afsluiten'}
              </Link>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
