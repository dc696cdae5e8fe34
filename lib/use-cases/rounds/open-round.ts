import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordChange } from '@/graph/repositories/audit';
import { createRound, existingHouseIds } from '@/graph/repositories/rounds';
import { writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { assertCanManageRounds, type RoundActor } from '@/lib/domain/rounds/round-access';
import { openRoundSchema, roundIdFor } from '@/lib/domain/rounds/round-input';
import { fieldErrorsOf } from '@/lib/domain/entry-input';
import { ValidationError } from '@/lib/domain/errors';

/**
 * Kind en Gezin (or the beheerder) opens a round: a name, the days it runs, the houses it covers
 * (every house there is, by default; or the houses of some provinces and/or some houses) and a
 * message the coordinators read with their task. One transaction, audited.
 */
export async function openRound(actor: RoundActor, input: unknown, options: { today?: string } = {}): Promise<{ id: string; houses: number }> {
  assertCanManageRounds(actor);
  const today = options.today ?? brusselsDate();
  const parsed = openRoundSchema(today).safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), 'Controleer de gemarkeerde velden. De bevraging werd niet geopend.');
  const round = parsed.data;
  const id = roundIdFor(round.name, randomBytes(4).toString('hex').slice(0, 5));
  const all = round.scope === 'alle';
  return writeTx(async (tx) => {
    if (!all && round.houseIds.length) {
      const known = new Set(await existingHouseIds(tx, { houseIds: round.houseIds }));
      const unknown = round.houseIds.filter((h) => !known.has(h));
      if (unknown.length)
        throw new ValidationError({ houseIds: [`Onbekend huis: ${unknown.join(', ')}.`] }, 'Kies huizen uit de lijst. De bevraging werd niet geopend.');
    }
    const houses = await createRound(tx, {
      id,
      name: round.name,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      message: round.message || null,
      by: actor.id,
      fictional: false,
      houseIds: all ? null : round.houseIds,
      provinces: all ? [] : round.provinces,
    });
    // Nothing to ask: the transaction rolls back, no empty round stays behind.
    if (houses === 0)
      throw new ValidationError({ houseIds: ['Deze selectie telt geen huizen.'] }, 'Deze selectie telt geen huizen. De bevraging werd niet geopend.');
    await recordChange(tx, {
      by: actor.id,
      action: 'round.open',
      target: `round:${id}`,
      to: { name: round.name, opensOn: round.opensOn, closesOn: round.closesOn, houses, message: round.message || null },
    });
    return { id, houses };
  });
}
