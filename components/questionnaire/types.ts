import { type ActionState } from '@/lib/edge/action-state';
import type { EntryOutcome } from '@/lib/domain/entry-write';

/** Server actions as the page binds them to its house, handed to the client forms. */
export type EntryAction = (key: string, prev: ActionState<EntryOutcome>, formData: FormData) => Promise<ActionState<EntryOutcome>>;
export type FormAction = (prev: ActionState<EntryOutcome>, formData: FormData) => Promise<ActionState<EntryOutcome>>;
export type RemoveAction = (actorId: string, prev: ActionState<EntryOutcome>, formData: FormData) => Promise<ActionState<EntryOutcome>>;

export interface QuestionnaireActions {
  saveEntry: EntryAction;
  addActor: FormAction;
  removeActor: RemoveAction;
  addCustomType: FormAction;
  addForum: FormAction;
  setMembership: FormAction;
}
