import type { DerivedAnswerChange } from '../domain/derived-answer';
import type { LevelCode } from '../domain/levels';

/** What a map or questionnaire form gets back from its server action. Client-safe. */
export interface EntryFormState {
  status: 'idle' | 'saved' | 'stale' | 'invalid' | 'error';
  message: string;
  fieldErrors: Record<string, string[]>;
  /** After a save or a stale refusal: the value now in the database. */
  current?: {
    level: LevelCode | null;
    note: string | null;
    owner: string | null;
    nextStep: string | null;
    due: string | null;
    desired: LevelCode | null;
    via: string | null;
    version: number;
  } | null;
  /** Refused because it would lower these type answers: the form offers to choose it explicitly. */
  lowering?: DerivedAnswerChange[];
  /** Changes on every answer, so a form can tell two equal answers apart. */
  stamp?: number;
}

export const IDLE_ENTRY_STATE: EntryFormState = { status: 'idle', message: '', fieldErrors: {} };
