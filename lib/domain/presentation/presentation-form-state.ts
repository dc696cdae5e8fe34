import type { PresentationSettings } from './presentation-steps';

/** What the presentation editor's action answers: the Dutch message and the settings now stored. */
export interface PresentationFormState {
  status: 'idle' | 'saved' | 'stale' | 'invalid' | 'error';
  message: string;
  settings: PresentationSettings | null;
  stamp: number;
}

export const IDLE_PRESENTATION_FORM: PresentationFormState = { status: 'idle', message: '', settings: null, stamp: 0 };
