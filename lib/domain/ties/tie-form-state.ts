import type { NetworkTie } from './tie';

/** What a tie form (the map's panel, a drag on the map) gets back from its server action. */
export interface TieFormState {
  status: 'idle' | 'saved' | 'removed' | 'stale' | 'invalid' | 'error';
  message: string;
  fieldErrors: Record<string, string[]>;
  /** The tie as saved, or as it is now after a stale refusal. */
  tie: NetworkTie | null;
  stamp?: number;
}

export const IDLE_TIE_FORM: TieFormState = { status: 'idle', message: '', fieldErrors: {}, tie: null };
