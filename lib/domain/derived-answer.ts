import { LEVELS, levelLabel, strongestLevel, type LevelCode } from './levels';

/**
 * A type's answer to question 4 follows from the organisations the house names of that type
 * (the strongest wins; DESIGN.md). Naming or re-levelling an organisation therefore changes the
 * type's answer too, and can lower one the house gave itself ("Kernpartner" for the type, then a
 * "Gemiddeld" organisation named). Such a change is shown before it is made, and a lowering is
 * made only when the user chose it explicitly. Pure, client-safe: the forms, the import preview
 * and the server's check use the same rule.
 */
export interface DerivedAnswerChange {
  typeCode: string;
  typeName: string;
  /** The type's answer now (null: no answer). */
  from: LevelCode | null;
  /** The answer its organisations give after the change. */
  to: LevelCode;
  /** The answer now was the house's own, not yet derived from organisations. */
  fromOwn: boolean;
}

export interface CurrentAnswer {
  level: LevelCode | null;
  derived: boolean;
}

/**
 * How a type's answer changes once its organisations have `levels`; null when it stays the same
 * (or when no organisation is left: the last answer then stays, as the house's own).
 */
export function derivedAnswerChange(
  type: { code: string; name: string },
  current: CurrentAnswer | null,
  levels: readonly LevelCode[],
): DerivedAnswerChange | null {
  const to = strongestLevel(levels);
  const from = current?.level ?? null;
  if (to === null || to === from) return null;
  return { typeCode: type.code, typeName: type.name, from, to, fromOwn: from !== null && !current?.derived };
}

/** The change makes the type's answer weaker than it is (kernpartner → gemiddeld, …). */
export function lowersAnswer(change: Pick<DerivedAnswerChange, 'from' | 'to'>): boolean {
  return change.from !== null && LEVELS[change.to].strength < LEVELS[change.from].strength;
}

/** The lowerings among `changes` the user did not choose (`confirmed`: the type codes they agreed to lower). */
export function unconfirmedLowerings(changes: readonly DerivedAnswerChange[], confirmed: readonly string[]): DerivedAnswerChange[] {
  return changes.filter((c) => lowersAnswer(c) && !confirmed.includes(c.typeCode));
}

/** "Consultatiebureauwerking: Kernpartner → Gemiddeld" */
export function derivedChangeText(change: DerivedAnswerChange): string {
  return `${change.typeName}: ${levelLabel(change.from)} → ${LEVELS[change.to].label}`;
}

/** The explicit choice, as the checkbox says it. */
export function loweringChoiceLabel(change: DerivedAnswerChange): string {
  return `Verlaag ${change.typeName} van ${levelLabel(change.from)} naar ${LEVELS[change.to].label}`;
}

/** Why a write was refused: it would lower answers the user did not choose to lower. */
export function loweringRefusal(changes: readonly DerivedAnswerChange[]): string {
  const list = changes.map((c) => `${c.typeName} (van ${levelLabel(c.from)} naar ${LEVELS[c.to].label})`).join(', ');
  const one = changes.length === 1;
  return `Er werd niets opgeslagen: dit zou het antwoord voor ${list} verlagen. Vink aan dat u ${one ? 'dit antwoord' : 'deze antwoorden'} wilt verlagen, of kies een andere betrokkenheid.`;
}

/**
 * What deriving a type's answer from its organisations' `levels` does: nothing (null: no
 * organisation left, or the answer is derived and the strongest already), or the answer becomes
 * `level`, marked derived. `change` is what the user must agree to (null when only the answer's
 * origin changes: the house's own answer equals the strongest level).
 */
export function derivedAnswerUpdate(
  type: { code: string; name: string },
  current: CurrentAnswer,
  levels: readonly LevelCode[],
): { level: LevelCode; change: DerivedAnswerChange | null } | null {
  const strongest = strongestLevel(levels);
  if (strongest === null || (current.level === strongest && current.derived)) return null;
  return { level: strongest, change: derivedAnswerChange(type, current, levels) };
}
