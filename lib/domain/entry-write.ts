import type { DerivedAnswerChange } from './derived-answer';
import type { EntryDetails } from './house-network';
import { DerivedAnswerError, LevelRequiredError } from './errors';
import type { LevelCode } from './levels';

/** Who writes, for which house. `by` is the user id (audit), `byName` what the map shows. */
export interface WriteContext {
  houseId: string;
  by: string;
  byName: string;
  /**
   * Called with every change of a type's answer that its organisations cause, before it is
   * written, under the house's lock; throwing rolls the whole write back. The use case decides
   * here whether the change may be made (a lowering needs the user's explicit choice).
   */
  checkDerived?: (change: DerivedAnswerChange) => void;
}

/** The state of one answer or involvement, as a stale-write refusal reports it. */
export interface EntryState extends EntryDetails {
  level: LevelCode | null;
  desired: LevelCode | null;
  via: string | null;
  version: number;
}

/** Fields a write may change; undefined keeps the current value. */
export interface EntryChange {
  level?: LevelCode | null;
  note?: string | null;
  owner?: string | null;
  nextStep?: string | null;
  due?: string | null;
  desired?: LevelCode | null;
  via?: string | null;
}

const FIELDS = ['level', 'note', 'owner', 'nextStep', 'due', 'desired', 'via'] as const;

/** No answer yet: version 0, every field empty. */
export const NO_ENTRY: EntryState = { level: null, note: null, owner: null, nextStep: null, due: null, desired: null, via: null, version: 0 };

/** The fields a change really changes, before and after (what the audit trail records). */
export function entryDiff(current: EntryState, change: EntryChange): { from: Record<string, unknown>; to: Record<string, unknown> } {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const next = change[field];
    if (next === undefined || next === current[field]) continue;
    from[field] = current[field];
    to[field] = next;
  }
  return { from, to };
}

/** The state after a change (its undefined fields keep their value), one version further. */
export function nextEntryState(current: EntryState, change: EntryChange): EntryState {
  const keep = <T>(value: T | undefined, now: T): T => (value === undefined ? now : value);
  return {
    level: keep(change.level, current.level),
    note: keep(change.note, current.note),
    owner: keep(change.owner, current.owner),
    nextStep: keep(change.nextStep, current.nextStep),
    due: keep(change.due, current.due),
    desired: keep(change.desired, current.desired),
    via: keep(change.via, current.via),
    version: current.version + 1,
  };
}

/** A type's answer changes its level only while no organisation of the type is named (then it follows them). */
export function checkTypeAnswerChange(named: boolean, current: EntryState, change: EntryChange): void {
  if (named && change.level !== undefined && change.level !== current.level) throw new DerivedAnswerError();
}

/** A named organisation's involvement keeps a level. */
export function checkInvolvementChange(change: EntryChange): void {
  if (change.level === null) throw new LevelRequiredError();
}

/** What a map or questionnaire form learns from its action (the payload of its ActionState). */
export interface EntryOutcome {
  /** After a save or a stale refusal: the value now in the database. */
  current?: EntryState | null;
  /** Refused because it would lower these type answers: the form offers to choose it explicitly. */
  lowering?: DerivedAnswerChange[];
}
