/** What the join form gets back from its action. Client-safe. */
export interface JoinState {
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  values: { code: string; name: string };
}

export const EMPTY_JOIN_STATE: JoinState = { message: null, fieldErrors: {}, values: { code: '', name: '' } };
