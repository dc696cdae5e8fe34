/** What the join form learns from its action: the code and name typed, to show again. */
export interface JoinOutcome {
  values: { code: string; name: string };
}
