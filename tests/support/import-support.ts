import { readHouseNetwork } from '@/graph/repositories/house-network';
import { readTx } from '@/graph/session';
import type { SessionUser } from '@/lib/domain/actor';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { dateCellText } from '@/lib/domain/csv';
import { CSV_HEADER, toCsvRows } from '@/lib/domain/map/to-csv-rows';

/** A coordinator of these houses, as lib/access.ts resolves one (the rules are pure; no session needed). */
export function coordinatorOf(...houseIds: string[]): SessionUser {
  return { id: `import-test-${houseIds[0]}`, email: 'import@test.netwerkkaart.local', name: 'Import Test', role: 'coordinator', houseIds };
}

export function asRole(role: SessionUser['role'], id = `import-test-${role}`): SessionUser {
  return { id, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds: [] };
}

/** A house's data as the one-house format carries it: the map's table without "last changed" and "by". */
export async function houseRows(houseId: string): Promise<string[][]> {
  const network = await readHouseNetwork(houseId);
  if (!network) throw new Error(`no house ${houseId}`);
  return toCsvRows(toMapModel(network).entries).map((row) => row.slice(0, CSV_HEADER.indexOf('Laatst gewijzigd')).map((c) => (c === null || c === undefined ? '' : typeof c === 'object' ? dateCellText(c) : String(c)))).sort((a, b) => a.join('|').localeCompare(b.join('|')));
}

/** Audit records of a house, by action. */
export function changeCounts(houseId: string): Promise<Record<string, number>> {
  return readTx(async (tx) => {
    const result = await tx.run('MATCH (c:Change {houseId: $houseId}) RETURN c.action AS action, count(*) AS n', { houseId });
    return Object.fromEntries(result.records.map((r) => [r.get('action'), r.get('n')]));
  });
}

/** Every node and relationship reachable from a house, as sorted text: "nothing written" means this stays equal. */
export function houseFootprint(houseId: string): Promise<string[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (h:House {id: $houseId})-[r]-(n)
       OPTIONAL MATCH (n)-[r2]-(m) WHERE NOT m:House AND NOT m:Change
       RETURN type(r) AS type, coalesce(n.id, n.code, '') AS node, properties(r) AS props, properties(n) AS nodeProps,
              coalesce(type(r2) + ' ' + coalesce(m.id, m.code, ''), '') AS next`,
      { houseId },
    );
    const text = (value: unknown) => JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) && v.constructor?.name !== 'Object' ? String(v) : v));
    return result.records.map((r) => `${r.get('type')} ${r.get('node')} ${text(r.get('props'))} ${text(r.get('nodeProps'))} ${r.get('next')}`).sort();
  });
}
