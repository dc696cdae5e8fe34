import type { ArrangementView } from './arrangement';

/** What the map's arrangement controls get back from their server actions. Client-safe. */
export interface ArrangementFormState {
  status: 'idle' | 'saved' | 'reset' | 'stale' | 'invalid' | 'error';
  message: string;
  /** After a save, a reset or a stale refusal: the arrangement now stored. */
  current: ArrangementView | null;
  /** Changes on every answer, so two equal answers can be told apart. */
  stamp?: number;
}

export const IDLE_ARRANGEMENT_STATE: ArrangementFormState = { status: 'idle', message: '', current: null };
