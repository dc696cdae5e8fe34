import type { Backup } from '../../lib/domain/backup/backup-format';

/**
 * A backup as comparable text lines: every node by its labels and properties, every relationship
 * by its end nodes' keys, type and properties, sorted. Two databases with equal data give equal
 * lines whatever their internal ids; `leaveOut` drops nodes (e.g. the restore's own audit record).
 */
export function canonicalLines(backup: Pick<Backup, 'nodes' | 'relationships'>, leaveOut: (node: Backup['nodes'][number]) => boolean = () => false): string[] {
  const kept = new Map(backup.nodes.filter((n) => !leaveOut(n)).map((n) => [n.ref, n]));
  const key = (ref: number) => {
    const n = kept.get(ref)!;
    const id = n.props.id ?? n.props.code ?? n.props.email ?? n.props.key;
    return `${n.labels.join(':')}(${id === undefined ? JSON.stringify(n.props) : String(id)})`;
  };
  const nodes = [...kept.values()].map((n) => `${key(n.ref)} ${JSON.stringify(n.props)}`);
  const rels = backup.relationships.filter((r) => kept.has(r.from) && kept.has(r.to)).map((r) => `${key(r.from)}-[${r.type} ${JSON.stringify(r.props)}]->${key(r.to)}`);
  return [...nodes, ...rels].sort();
}
