import { DomainError, ValidationError } from '../errors';
import { formatDate } from '../format-date';
import { closedOn, type RoundRecord } from './round';

/** A submission after the round closed (its closing day passed, or Kind en Gezin closed it): nothing is saved. */
export class RoundClosedError extends DomainError {
  constructor(round: Pick<RoundRecord, 'id' | 'name' | 'opensOn' | 'closesOn' | 'closedAt'>) {
    super(
      `Round ${round.id} is closed`,
      `${round.name} is afgesloten sinds ${formatDate(closedOn(round))}: indienen of opnieuw indienen kan niet meer. Er werd niets opgeslagen. Neem contact op met Kind en Gezin als uw antwoord toch nog moet meetellen.`,
    );
  }
}

/** A submission before the round opens. */
export class RoundNotOpenYetError extends DomainError {
  constructor(round: Pick<RoundRecord, 'id' | 'name' | 'opensOn'>) {
    super(`Round ${round.id} is not open yet`, `${round.name} opent pas op ${formatDate(round.opensOn)}. Er werd niets opgeslagen.`);
  }
}

/** A submission for a house the round does not cover. */
export class RoundNotForHouseError extends DomainError {
  constructor(roundId: string, houseId: string) {
    super(`Round ${roundId} does not cover house ${houseId}`, 'Deze bevraging geldt niet voor dit huis. Er werd niets opgeslagen.');
  }
}

/** Closing a round that is closed already, or reopening one that is not closed. */
export class RoundStateError extends DomainError {
  constructor(roundId: string, userMessage: string) {
    super(`Round ${roundId}: state does not allow this`, userMessage);
  }
}

/** A round form with rows left unanswered (or a free row without a name): nothing is submitted; `missing` names them. */
export class RoundFormIncompleteError extends ValidationError {
  constructor(
    message: string,
    fieldErrors: Record<string, string[]>,
    readonly missing: string[],
  ) {
    super(fieldErrors, message);
  }
}
