import 'server-only';
import { recordChange } from '@/graph/repositories/audit';
import { lockRound, writeRoundClosed, writeRoundReopened } from '@/graph/repositories/rounds';
import { writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { assertCanManageRounds, assertCanReopenRound, type RoundActor } from '@/lib/domain/rounds/round-access';
import { RoundStateError } from '@/lib/domain/rounds/round-errors';
import { closeRoundSchema, reopenRoundSchema } from '@/lib/domain/rounds/round-input';
import { roundStatus } from '@/lib/domain/rounds/round';
import { fieldErrorsOf } from '@/lib/domain/entry-input';
import { NotFoundError, ValidationError } from '@/lib/domain/errors';

/**
 * Closing a round before its closing day (Kind en Gezin, beheerder): from then on it refuses
 * submissions and its figures are final. Reopening one that is closed (the beheerder only) sets a
 * new closing day. Both under the round's lock, audited in the same transaction.
 */
export async function closeRound(actor: RoundActor, roundId: string, input: unknown, options: { today?: string } = {}): Promise<void> {
  assertCanManageRounds(actor);
  const parsed = closeRoundSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), 'Vink aan dat u de bevraging nu wilt afsluiten. Er werd niets gewijzigd.');
  const today = options.today ?? brusselsDate();
  await writeTx(async (tx) => {
    const round = await lockRound(tx, { roundId });
    if (!round) throw new NotFoundError(`round ${roundId}`);
    if (roundStatus(round, today) === 'gesloten') throw new RoundStateError(roundId, `${round.name} is al afgesloten.`);
    await writeRoundClosed(tx, { roundId, by: actor.id });
    await recordChange(tx, {
      by: actor.id,
      action: 'round.close',
      target: `round:${roundId}`,
      from: { closesOn: round.closesOn },
      to: { name: round.name, closedOn: today, submitted: round.submitted, houses: round.houses },
    });
  });
}

export async function reopenRound(actor: RoundActor, roundId: string, input: unknown, options: { today?: string } = {}): Promise<void> {
  assertCanReopenRound(actor);
  const today = options.today ?? brusselsDate();
  const parsed = reopenRoundSchema(today).safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), 'Controleer de nieuwe sluitingsdatum. De bevraging werd niet heropend.');
  await writeTx(async (tx) => {
    const round = await lockRound(tx, { roundId });
    if (!round) throw new NotFoundError(`round ${roundId}`);
    if (roundStatus(round, today) !== 'gesloten') throw new RoundStateError(roundId, `${round.name} is niet afgesloten; heropenen is niet nodig.`);
    await writeRoundReopened(tx, { roundId, closesOn: parsed.data.closesOn });
    await recordChange(tx, {
      by: actor.id,
      action: 'round.reopen',
      target: `round:${roundId}`,
      from: { closesOn: round.closesOn, closedAt: round.closedAt },
      to: { name: round.name, closesOn: parsed.data.closesOn },
    });
  });
}
