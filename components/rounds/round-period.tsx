import { formatDate } from '@/lib/domain/format-date';
import { closedEarly, closedOn, type RoundStatus } from '@/lib/domain/rounds/round';

/** "Loopt van 01-03-2027 tot en met 15-03-2027", "Opent op …", "Afgesloten op …". */
export function RoundPeriod({ round }: { round: { opensOn: string; closesOn: string; closedAt: string | null; status: RoundStatus } }) {
  if (round.status === 'gepland')
    return (
      <>
        Opent op {formatDate(round.opensOn)}, sluit op {formatDate(round.closesOn)}.
      </>
    );
  if (round.status === 'open')
    return (
      <>
        Loopt van {formatDate(round.opensOn)} tot en met {formatDate(round.closesOn)}.
      </>
    );
  return (
    <>
      Liep van {formatDate(round.opensOn)} tot en met {formatDate(closedOn(round))}
      {closedEarly(round) ? ` (vroeger afgesloten; de sluitingsdatum was ${formatDate(round.closesOn)})` : ''}.
    </>
  );
}
