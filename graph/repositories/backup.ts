import type { ManagedTransaction } from 'neo4j-driver';
import { EXCLUDED_LABELS, MERGE_KEYS, SECRET_PROPERTY, type BackupNode, type BackupRelationship } from '../../lib/domain/backup/backup-format';
import { decodeProps, encodeProps } from './backup-values';

type Tx = Pick<ManagedTransaction, 'run'>;
const BATCH = 2000;

/** A stable sort key for a node: its labels and its id, code, email, key or house and layout (else its properties). */
function sortKey(labels: string[], props: Record<string, unknown>): string {
  const own = typeof props.houseId === 'string' && typeof props.layout === 'string' ? `${props.houseId}/${props.layout}` : undefined;
  const key = props.id ?? props.code ?? props.email ?? props.key ?? own ?? props.version;
  return `${[...labels].sort().join(':')}|${key === undefined ? JSON.stringify(props) : String(key)}`;
}

/**
 * Everything of the product's data, in one read transaction (a consistent picture): nodes with
 * their labels and properties, relationships between them. Secrets and login state are left out
 * (lib/domain/backup/backup-format.ts). Nodes are numbered in a stable order, so two backups of equal
 * data are equal apart from their date.
 */
export async function readBackupGraph(tx: Tx): Promise<{ nodes: BackupNode[]; relationships: BackupRelationship[] }> {
  const nodeResult = await tx.run<{ labels: string[]; props: Record<string, unknown>; id: string }>(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $excluded)
     RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props`,
    { excluded: EXCLUDED_LABELS },
  );
  const raw = nodeResult.records.map((r) => {
    const labels = [...r.get('labels')].sort();
    const props = encodeProps(r.get('props'), (key) => !SECRET_PROPERTY.test(key));
    return { elementId: r.get('id'), labels, props, key: sortKey(labels, props) };
  });
  raw.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const refs = new Map(raw.map((n, i) => [n.elementId, i]));
  const relResult = await tx.run<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b)
     WHERE none(l IN labels(a) WHERE l IN $excluded) AND none(l IN labels(b) WHERE l IN $excluded)
     RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS props`,
    { excluded: EXCLUDED_LABELS },
  );
  const relationships = relResult.records
    .map((r) => ({
      type: r.get('type'),
      from: refs.get(r.get('from'))!,
      to: refs.get(r.get('to'))!,
      props: encodeProps(r.get('props')),
    }))
    .sort(
      (a, b) => a.from - b.from || a.to - b.to || (a.type < b.type ? -1 : a.type > b.type ? 1 : JSON.stringify(a.props) < JSON.stringify(b.props) ? -1 : 1),
    );
  return { nodes: raw.map((n, i) => ({ ref: i, labels: n.labels, props: n.props })), relationships };
}

/**
 * What the database holds besides the catalogue, accounts and the audit trail: a restore goes
 * only into a database where this is all zero, so nothing is overwritten or mixed.
 */
export async function readOccupancy(tx: Tx): Promise<Record<string, number>> {
  const result = await tx.run<{ label: string; n: number }>(
    `MATCH (n)
     WHERE none(l IN labels(n) WHERE l IN $ignored) AND NOT (n:ActorType AND coalesce(n.catalogue, false))
     UNWIND labels(n) AS label
     RETURN label, count(*) AS n`,
    { ignored: [...EXCLUDED_LABELS, 'Cluster', 'User', 'Change'] },
  );
  return Object.fromEntries(result.records.map((r) => [r.get('label'), r.get('n')]));
}

export interface RestoreCounts {
  nodes: number;
  relationships: number;
  /** Accounts of the backup that already existed here (matched on e-mail) and were kept. */
  keptUsers: number;
  /** E-mail addresses of the beheerder accounts the restore made (without a password, as every restored account). */
  restoredAdmins: string[];
}

/**
 * Writes a backup into the caller's transaction. The catalogue (Cluster, ActorType) is merged on
 * its code and made equal to the backup's; accounts are matched on e-mail (an existing account,
 * e.g. the beheerder who restores, is kept); every other node is created. `progress` per batch.
 */
export async function writeBackupGraph(
  tx: Tx,
  nodes: BackupNode[],
  relationships: BackupRelationship[],
  progress: (done: number, total: number) => void = () => {},
): Promise<RestoreCounts> {
  const total = nodes.length + relationships.length;
  let done = 0;
  const ids = new Map<number, string>();
  const merged = new Set<number>();
  let keptUsers = 0;
  const restoredAdmins: string[] = [];
  const groups = new Map<string, BackupNode[]>();
  for (const node of nodes) {
    const mergeLabel = node.labels.find((l) => MERGE_KEYS[l] && node.props[MERGE_KEYS[l]] !== undefined);
    const group = mergeLabel ? `merge:${mergeLabel}:${node.labels.join(':')}` : `create:${node.labels.join(':')}`;
    groups.set(group, [...(groups.get(group) ?? []), node]);
  }
  for (const [group, members] of groups) {
    const [mode, mergeLabel] = group.split(':');
    for (let i = 0; i < members.length; i += BATCH) {
      const rows = members.slice(i, i + BATCH).map((n) => ({ ref: n.ref, labels: n.labels, props: decodeProps(n.props) }));
      if (mode === 'merge' && mergeLabel === 'User') {
        const result = await tx.run(
          `UNWIND $rows AS row
           OPTIONAL MATCH (existing:User {email: row.props.email})
           CALL (row, existing) {
             WITH row, existing WHERE existing IS NULL
             CREATE (n:$(row.labels)) SET n = row.props
             RETURN n
           UNION
             WITH existing WHERE existing IS NOT NULL
             RETURN existing AS n
           }
           RETURN row.ref AS ref, elementId(n) AS id, existing IS NOT NULL AS kept, n.role AS role, n.email AS email`,
          { rows },
        );
        for (const r of result.records) {
          ids.set(r.get('ref'), r.get('id'));
          if (r.get('kept')) keptUsers++;
          else if (r.get('role') === 'beheerder') restoredAdmins.push(r.get('email'));
        }
      } else if (mode === 'merge') {
        const key = MERGE_KEYS[mergeLabel];
        const result = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:$(row.labels[0]) {${key}: row.props.${key}})
           SET n = row.props
           SET n:$(row.labels)
           WITH row, n
           OPTIONAL MATCH (n)-[old:IN_CLUSTER]->(:Cluster)
           DELETE old
           RETURN DISTINCT row.ref AS ref, elementId(n) AS id`,
          { rows: rows.map((r) => ({ ...r, labels: [mergeLabel, ...r.labels.filter((l) => l !== mergeLabel)] })) },
        );
        for (const r of result.records) {
          ids.set(r.get('ref'), r.get('id'));
          merged.add(r.get('ref'));
        }
      } else {
        const result = await tx.run(
          `UNWIND $rows AS row
           CREATE (n:$(row.labels)) SET n = row.props
           RETURN row.ref AS ref, elementId(n) AS id`,
          { rows },
        );
        for (const r of result.records) ids.set(r.get('ref'), r.get('id'));
      }
      done += rows.length;
      progress(done, total);
    }
  }
  const byType = new Map<string, BackupRelationship[]>();
  for (const rel of relationships) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  for (const [type, rels] of byType) {
    for (let i = 0; i < rels.length; i += BATCH) {
      const rows = rels.slice(i, i + BATCH).map((r) => {
        const from = ids.get(r.from);
        const to = ids.get(r.to);
        if (!from || !to) throw new Error(`Backup relationship ${type} points to a node that is not in the backup`);
        return { from, to, props: decodeProps(r.props) };
      });
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a) WHERE elementId(a) = row.from
         MATCH (b) WHERE elementId(b) = row.to
         CREATE (a)-[r:$($type)]->(b) SET r = row.props`,
        { rows, type },
      );
      done += rows.length;
      progress(done, total);
    }
  }
  return { nodes: nodes.length, relationships: relationships.length, keptUsers, restoredAdmins: restoredAdmins.sort() };
}
