import { layoutNameSchema, parsePositionsText } from '../arrangement-input';
import type { Backup } from './backup-format';

/**
 * The house's own arrangements in a backup must read as they were written: each one belongs to a
 * house of the backup (its `houseId` and one OF relationship to that house), names a layout,
 * has a whole version and positions that read (or none, after a reset), and is the only one of
 * its house and layout. Returns the first problem in Dutch, or null. Pure; run before a restore.
 */
export function arrangementProblem(backup: Pick<Backup, 'nodes' | 'relationships'>): string | null {
  const houses = new Map<number, string>();
  for (const node of backup.nodes) if (node.labels.includes('House') && typeof node.props.id === 'string') houses.set(node.ref, node.props.id);
  const seen = new Set<string>();
  for (const node of backup.nodes) {
    if (!node.labels.includes('Arrangement')) continue;
    const { houseId, layout, positions, version } = node.props;
    const where = `huis ${typeof houseId === 'string' ? houseId : '?'}, ${typeof layout === 'string' ? layout : '?'}`;
    const problem = (reason: string) => `Deze back-up bevat een ongeldige schikking van een kaart (${where}): ${reason}. Er werd niets teruggezet.`;
    if (typeof houseId !== 'string' || ![...houses.values()].includes(houseId)) return problem('het huis staat niet in de back-up');
    if (!layoutNameSchema.safeParse(layout).success) return problem('onbekende schikking');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return problem('ongeldige versie');
    if (positions !== null && positions !== undefined) {
      if (typeof positions !== 'string') return problem('de posities zijn geen tekst');
      const parsed = parsePositionsText(positions);
      if (!parsed.ok) return problem(parsed.message.replace(/\.$/, '').toLowerCase());
    }
    const key = `${houseId}\u0000${layout}`;
    if (seen.has(key)) return problem('dubbel');
    seen.add(key);
    const links = backup.relationships.filter((r) => r.from === node.ref);
    if (links.length !== 1 || links[0].type !== 'OF' || houses.get(links[0].to) !== houseId) return problem('niet verbonden met zijn huis');
  }
  return null;
}
