import { ROLE_CODES } from '../roles';
import { BACKUP_NODE_PROPERTIES, BACKUP_RELATIONSHIPS } from './backup-allow-list';
import { SECRET_PROPERTY, type Backup } from './backup-format';

/**
 * Checks a structurally valid backup against what Netwerkkaart itself would write
 * (lib/domain/backup/backup-allow-list.ts): one known label per node, only known properties, no
 * secrets, known roles, relationships of a known type between the labels that type joins,
 * between nodes that are in the file. Returns the first problem in Dutch words, or null.
 */
export function backupContentProblem(backup: Pick<Backup, 'nodes' | 'relationships'>): string | null {
  const labelOf = new Map<number, string>();
  for (const node of backup.nodes) {
    if (node.labels.length !== 1) return `een knoop met de labels ${node.labels.join(', ')}`;
    const label = node.labels[0];
    const allowed = BACKUP_NODE_PROPERTIES[label];
    if (!allowed) return `het label ‘${label}’`;
    for (const key of Object.keys(node.props)) {
      if (SECRET_PROPERTY.test(key)) return `een geheim (‘${key}’ van ${label})`;
      if (!allowed.includes(key)) return `de eigenschap ‘${key}’ van ${label}`;
    }
    if (label === 'User' && node.props.role != null && !(ROLE_CODES as readonly unknown[]).includes(node.props.role))
      return `de rol ‘${String(node.props.role).slice(0, 40)}’`;
    if (labelOf.has(node.ref)) return `twee knopen met nummer ${node.ref}`;
    labelOf.set(node.ref, label);
  }
  for (const rel of backup.relationships) {
    const from = labelOf.get(rel.from);
    const to = labelOf.get(rel.to);
    if (!from || !to) return `een verband ${rel.type} naar een knoop die er niet in staat`;
    const shape = BACKUP_RELATIONSHIPS[rel.type]?.find((s) => s.from === from && s.to === to);
    if (!shape) return `een verband ${rel.type} van ${from} naar ${to}`;
    for (const key of Object.keys(rel.props)) {
      if (!shape.properties.includes(key)) return `de eigenschap ‘${key}’ van ${rel.type}`;
    }
  }
  return null;
}
