/** What making a deellink answers: the Dutch message and, once, the token of the new link. */
export interface ShareLinkFormState {
  status: 'idle' | 'created' | 'invalid' | 'error';
  message: string;
  /** The new link's token: shown this once, never stored. */
  token: string | null;
  stamp: number;
}

export const IDLE_SHARE_FORM: ShareLinkFormState = { status: 'idle', message: '', token: null, stamp: 0 };
