import type { ManagedTransaction } from 'neo4j-driver';
import { changeParams, CREATE_CHANGE_CLAUSE, type ChangeInput } from './audit';
import { readTx, writeTx } from '../session';

/**
 * Deellinks (issue 18): (:ShareLink {id, tokenHash, houseId, scope, label, createdAt, createdBy,
 * expiresAt, revokedAt, revokedBy, lastUsedAt, uses}), found by the SHA-256 of their token
 * (migration 10: tokenHash and id unique, houseId indexed). Never backed up (a token hash).
 * No decisions here: whether a link still opens is lib/domain/share/share-link.ts.
 */
export interface ShareLinkRow {
  id: string;
  houseId: string;
  scope: string;
  label: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  uses: number;
}

const ROW = `l { .id, .houseId, .scope, label: coalesce(l.label, ''), createdAt: toString(l.createdAt), .createdBy, expiresAt: toString(l.expiresAt),
  revokedAt: toString(l.revokedAt), lastUsedAt: toString(l.lastUsedAt), uses: coalesce(l.uses, 0) }`;

function toRow(row: ShareLinkRow): ShareLinkRow {
  return { ...row, createdBy: row.createdBy ?? null, revokedAt: row.revokedAt ?? null, lastUsedAt: row.lastUsedAt ?? null };
}

export interface ShareLinkWrite {
  id: string;
  tokenHash: string;
  houseId: string;
  scope: string;
  label: string;
  expiresAt: string;
  createdBy: string;
  change: ChangeInput;
}

/** Stores a new link with its audit record; null when the house does not exist. */
export function createShareLink(write: ShareLinkWrite): Promise<ShareLinkRow | null> {
  return writeTx(async (tx) => {
    const result = await tx.run<{ row: ShareLinkRow }>(
      `MATCH (h:House {id: $houseId})
       CREATE (l:ShareLink {id: $id, tokenHash: $tokenHash, houseId: $houseId, scope: $scope, label: $label, createdAt: datetime(),
         createdBy: $createdBy, expiresAt: datetime($expiresAt), uses: 0})
       WITH l
       ${CREATE_CHANGE_CLAUSE}
       RETURN ${ROW} AS row`,
      { ...write, change: changeParams(write.change) },
    );
    const row = result.records[0]?.get('row');
    return row ? toRow(row) : null;
  });
}

/** A house's links, newest first. */
export function listShareLinks(houseId: string): Promise<ShareLinkRow[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ row: ShareLinkRow }>(`MATCH (l:ShareLink {houseId: $houseId}) RETURN ${ROW} AS row ORDER BY l.createdAt DESC`, { houseId });
    return result.records.map((r) => toRow(r.get('row')));
  });
}

/** Revokes one link of the house (once) with its audit record; the row, or null when the house has no such link. */
export function revokeShareLink(houseId: string, id: string, revokedBy: string, change: (row: ShareLinkRow) => ChangeInput): Promise<ShareLinkRow | null> {
  return writeTx(async (tx) => {
    const found = await tx.run<{ row: ShareLinkRow }>(`MATCH (l:ShareLink {id: $id, houseId: $houseId}) RETURN ${ROW} AS row`, { houseId, id });
    const row = found.records[0]?.get('row');
    if (!row) return null;
    if (row.revokedAt) return toRow(row);
    const result = await tx.run<{ row: ShareLinkRow }>(
      `MATCH (l:ShareLink {id: $id, houseId: $houseId})
       SET l.revokedAt = datetime(), l.revokedBy = $revokedBy
       WITH l
       ${CREATE_CHANGE_CLAUSE}
       RETURN ${ROW} AS row`,
      { houseId, id, revokedBy, change: changeParams(change(toRow(row))) },
    );
    return toRow(result.records[0].get('row'));
  });
}

async function findIn(tx: Pick<ManagedTransaction, 'run'>, tokenHash: string): Promise<ShareLinkRow | null> {
  const result = await tx.run<{ row: ShareLinkRow }>(`MATCH (l:ShareLink {tokenHash: $tokenHash}) RETURN ${ROW} AS row`, { tokenHash });
  const row = result.records[0]?.get('row');
  return row ? toRow(row) : null;
}

/** The link with this token hash, or null. */
export function findShareLink(tokenHash: string): Promise<ShareLinkRow | null> {
  return readTx((tx) => findIn(tx, tokenHash));
}

/** Marks a use of a link that opened: when, and how often. */
export function markShareLinkUsed(id: string): Promise<void> {
  return writeTx(async (tx) => {
    await tx.run('MATCH (l:ShareLink {id: $id}) SET l.lastUsedAt = datetime(), l.uses = coalesce(l.uses, 0) + 1', { id });
  });
}
