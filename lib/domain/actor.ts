import type { Role } from './roles';

/**
 * The acting user: who a use case acts for, as the edge resolved it from the session (role and
 * houses read fresh from the graph on every request). The access rules of access-rules.ts take it.
 */

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Houses this user coordinates (coordinator) or facilitates now (facilitator). */
  houseIds: string[];
}

/**
 * Who acts when no person does: the command line (a restore, the database setup), the demo
 * loader, the first-start page before its beheerder exists, and tests. The audit trail records
 * their id as `by`; the trail shows their label.
 */
export const SYSTEM_ACTORS = {
  commandLine: { id: 'system', label: 'Systeem' },
  demoSeed: { id: 'demo-seed', label: 'Demogegevens' },
  firstStart: { id: 'first-start', label: 'Eerste start' },
  test: { id: 'test', label: 'Test' },
} as const;

/** The label of a system actor's id, or null for any other id. */
export function systemActorLabel(id: string): string | null {
  return Object.values(SYSTEM_ACTORS).find((actor) => actor.id === id)?.label ?? null;
}
