import { brusselsDate } from '../brussels-date';
import { formatDate } from '../format-date';

/**
 * A survey round (bevragingsronde, issue 19): Kind en Gezin asks the houses it covers to confirm
 * their network by a closing date, as it asked 128 houses in June 2016 (116 answered by
 * mid-October). Calendar days are Belgian days (yyyy-mm-dd); the closing day itself still counts.
 */
export interface RoundRecord {
  id: string;
  name: string;
  /** First day houses can submit (yyyy-mm-dd). */
  opensOn: string;
  /** Last day houses can submit (yyyy-mm-dd), included. */
  closesOn: string;
  message: string | null;
  createdAt: string;
  createdBy: string | null;
  /** Set when Kind en Gezin closed the round before its closing date; cleared by a reopening. */
  closedAt: string | null;
  closedBy: string | null;
  /** Demo data ("Bevraging 2026 (fictief)"). */
  fictional: boolean;
  /** Houses the round covers, and how many of them submitted. */
  houses: number;
  submitted: number;
}

export type RoundStatus = 'gepland' | 'open' | 'gesloten';

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  gepland: 'Gepland',
  open: 'Loopt',
  gesloten: 'Afgesloten',
};

type Dates = Pick<RoundRecord, 'opensOn' | 'closesOn' | 'closedAt'>;

/** Planned before its opening day, open up to and including its closing day, then closed (or when closed early). */
export function roundStatus(round: Dates, today: string): RoundStatus {
  if (round.closedAt || today > round.closesOn) return 'gesloten';
  return today < round.opensOn ? 'gepland' : 'open';
}

/** The figures of a round are provisional ("voorlopig") until it is closed: houses may still submit or resubmit. */
export function isProvisional(round: Dates, today: string): boolean {
  return roundStatus(round, today) !== 'gesloten';
}

/** The task a coordinator reads on the house's pages: "Bevraging 2027: bevestig uw netwerk tegen 15-03-2027". */
export function roundTaskText(round: Pick<RoundRecord, 'name' | 'closesOn'>): string {
  return `${round.name}: bevestig uw netwerk tegen ${formatDate(round.closesOn)}`;
}

/** The day a round actually closed (a Belgian day): the day it was closed, or its closing day. */
export function closedOn(round: Dates): string {
  return round.closedAt ? brusselsDate(new Date(round.closedAt)) : round.closesOn;
}

/** It was closed before its closing day. */
export function closedEarly(round: Dates): boolean {
  return round.closedAt !== null && closedOn(round) < round.closesOn;
}
