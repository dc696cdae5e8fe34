import { levelLabel } from '@/lib/domain/levels';
import type { ProposalView } from '@/lib/domain/workshop/events';

/** "OCMW: nu Minimaal → Kernpartner, gewenst Kernpartner" in words. */
export function proposalSummary(p: ProposalView): string {
  const parts: string[] = [];
  if (p.tie) parts.push('samenwerking');
  if (p.newActorName) parts.push(`toevoegen${p.typeName ? ` (${p.typeName})` : ''}`);
  if (p.now) parts.push(`nu ${levelLabel(p.now).toLowerCase()}`);
  if (p.desired) parts.push(`gewenst ${levelLabel(p.desired).toLowerCase()}`);
  return parts.join(', ');
}

export const STATUS_TEXT: Record<ProposalView['status'], string> = {
  pending: 'In afwachting',
  accepted: 'Aanvaard',
  set_aside: 'Opzij gelegd',
};
