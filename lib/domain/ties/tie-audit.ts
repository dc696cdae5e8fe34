import type { NetworkTie } from './tie';

/** What the audit trail keeps of a tie (the names, so the history reads without the map). */
export function tieAudit(tie: NetworkTie & { fromName: string; toName: string }): Record<string, unknown> {
  return { name: `${tie.fromName} – ${tie.toName}`, kind: tie.kind, fromName: tie.fromName, toName: tie.toName, note: tie.note, since: tie.since };
}
