import { loweringRefusal, unconfirmedLowerings, type DerivedAnswerChange } from './derived-answer';
import { LoweringNotConfirmedError } from './errors';

/**
 * The check a write runs on each type answer its organisations change (WriteContext.checkDerived):
 * a lowering the user did not choose (`confirmed`: the type codes they agreed to lower) stops
 * the whole write with a Dutch message.
 */
export function loweringGuard(confirmed: readonly string[]): (change: DerivedAnswerChange) => void {
  return (change) => {
    const refused = unconfirmedLowerings([change], confirmed);
    if (refused.length) throw new LoweringNotConfirmedError(refused, loweringRefusal(refused));
  };
}
