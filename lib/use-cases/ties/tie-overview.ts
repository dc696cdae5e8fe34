import 'server-only';
import { readTieEndTypes, readTiesAmong } from '@/graph/repositories/ties';
import { readTx } from '@/graph/session';
import type { SessionUser } from '../../domain/actor';
import { assertAgencyRead } from '../access';
import { housesWithTies, typePairCounts, type TypePairRow } from '../../domain/ties/tie-overview';
import { DIRECT_LEVELS } from '../../domain/levels';
import { matrixColumns } from '../../reference/matrix-columns';

export interface TieOverview {
  housesWithTies: number;
  ties: number;
  pairs: TypePairRow[];
  /** Houses that name two or more directly involved mandatory partners, with the ties among them. */
  mandatory: { houseId: string; houseName: string; organisations: number; ties: number }[];
  mandatoryTypes: string[];
}

/** Kind en Gezin's view of the ties across houses; for Kind en Gezin and the beheerder. */
export async function readTieOverview(user: SessionUser): Promise<TieOverview> {
  assertAgencyRead(user);
  const mandatory = matrixColumns().filter((c) => c.basis === 'mandatory');
  const [ends, among] = await readTx(async (tx) =>
    Promise.all([readTieEndTypes(tx), readTiesAmong(tx, { typeCodes: mandatory.map((c) => c.code), levels: [...DIRECT_LEVELS] })]),
  );
  return {
    housesWithTies: housesWithTies(ends),
    ties: ends.length,
    pairs: typePairCounts(ends),
    mandatory: among,
    mandatoryTypes: mandatory.map((c) => c.name),
  };
}
