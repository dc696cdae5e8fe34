import 'server-only';
import { listDemoAccounts } from '@/graph/repositories/users';
import { DEMO_PASSWORD } from '../domain/demo-password';
import { ROLE_LABELS } from '../domain/roles';

/** How many coordinators the login page offers by name; the rest follow one pattern. */
const COORDINATORS_SHOWN = 3;

export interface DemoLogin {
  password: string;
  accounts: { email: string; label: string; detail: string }[];
  coordinatorCount: number;
}

/** The demo accounts for the login page, or null when the database has none (no demo mode). */
export async function demoLogin(): Promise<DemoLogin | null> {
  const all = await listDemoAccounts();
  if (!all.length) return null;
  const coordinators = all.filter((a) => a.role === 'coordinator');
  const shown = [...all.filter((a) => a.role !== 'coordinator'), ...coordinators.slice(0, COORDINATORS_SHOWN)];
  return {
    password: DEMO_PASSWORD,
    coordinatorCount: coordinators.length,
    accounts: shown.map((a) => ({
      email: a.email,
      label: ROLE_LABELS[a.role],
      detail:
        a.role === 'coordinator'
          ? (a.houseName ?? a.name)
          : a.role === 'facilitator'
            ? 'Uitgenodigd door de eerste drie huizen'
            : 'Leest alle huizen en het overzicht',
    })),
  };
}
