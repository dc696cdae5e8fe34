import { ConflictError, ValidationError } from '../errors';
import type { TieDraft } from './tie';
import { tieEnds, tieKey } from './tie-ends';
import { TIE_KIND_DEFINITIONS } from './tie-kinds';

/**
 * The rules a new tie must meet, decided on what the house holds now (read under its lock):
 * two different organisations, both named by this house (a tie never joins organisations of two
 * houses; the message names neither, so another house's organisations do not leak), and not a
 * tie the house already has.
 */
export interface TieFacts {
  /** Ids of the organisations this house names (INVOLVES). */
  houseActorIds: ReadonlySet<string>;
  /** tieKey() of every tie the house holds. */
  existingKeys: ReadonlySet<string>;
}

/** A tie that would join an organisation outside the house (another house's, or none). */
export class TieOutsideHouseError extends ValidationError {
  constructor() {
    const message = 'Een samenwerking verbindt twee organisaties van dit huis. Kies beide organisaties op de kaart van dit huis.';
    super({ to: [message] }, message);
  }
}

export function checkNewTie(draft: TieDraft, facts: TieFacts): TieDraft {
  if (draft.from === draft.to) {
    const message = 'Kies twee verschillende organisaties: een organisatie werkt niet met zichzelf samen.';
    throw new ValidationError({ to: [message] }, message);
  }
  if (!facts.houseActorIds.has(draft.from) || !facts.houseActorIds.has(draft.to)) throw new TieOutsideHouseError();
  if (facts.existingKeys.has(tieKey(draft.kind, draft.from, draft.to))) {
    const what = TIE_KIND_DEFINITIONS[draft.kind].label.toLowerCase();
    throw new ConflictError(`tie ${tieKey(draft.kind, draft.from, draft.to)} exists`, `Deze ${what} staat al op de kaart.`);
  }
  return { ...draft, ...tieEnds(draft.kind, draft.from, draft.to) };
}
