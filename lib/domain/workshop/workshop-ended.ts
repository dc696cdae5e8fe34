import type { WorkshopRecord } from './records';

/** Closed, or open but past its end: no longer usable by participants. */
export function workshopEnded(workshop: WorkshopRecord, now: Date = new Date()): 'closed' | 'expired' | null {
  if (workshop.state === 'closed') return 'closed';
  return new Date(workshop.closesAt).getTime() <= now.getTime() ? 'expired' : null;
}
