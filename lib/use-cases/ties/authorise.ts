import type { ManagedTransaction } from 'neo4j-driver';
import { houseExistsIn } from '@/graph/repositories/ties';
import type { SessionUser } from '../../domain/actor';
import { canEditHouse, canReadHouse, readsAllHouses } from '../../domain/access-rules';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../domain/errors';

/**
 * The access rules of lib/domain/access-rules.ts applied (as lib/use-cases/access.ts does, inside
 * a transaction here) to the acting user inside a use case, so the
 * use cases of ties need no request: who may edit a house (its coordinator, its invited
 * facilitator) draws and removes its ties; who may read it reads them. A house the user may not
 * read is refused the same whether it exists or not.
 */
export function assertTieEdit(user: SessionUser | null, houseId: string): void {
  if (!user) throw new UnauthenticatedError();
  if (!canEditHouse(user, houseId)) throw new ForbiddenError(`edit ties of house ${houseId}`);
}

export async function assertTieRead(tx: ManagedTransaction, user: SessionUser | null, houseId: string): Promise<void> {
  if (!user) throw new UnauthenticatedError();
  if (!canReadHouse(user, houseId)) throw new ForbiddenError(`read house ${houseId}`);
  if (readsAllHouses(user) && !(await houseExistsIn(tx, { houseId }))) throw new NotFoundError(`house ${houseId}`);
}
