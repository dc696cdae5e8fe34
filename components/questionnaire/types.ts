import type { EntryFormState } from '@/lib/edge/entry-form-state';

/** Server actions as the page binds them to its house, handed to the client forms. */
export type EntryAction = (key: string, prev: EntryFormState, formData: FormData) => Promise<EntryFormState>;
export type FormAction = (prev: EntryFormState, formData: FormData) => Promise<EntryFormState>;
export type RemoveAction = (actorId: string, prev: EntryFormState, formData: FormData) => Promise<EntryFormState>;

export interface QuestionnaireActions {
  saveEntry: EntryAction;
  addActor: FormAction;
  removeActor: RemoveAction;
  addCustomType: FormAction;
  addForum: FormAction;
  setMembership: FormAction;
}
