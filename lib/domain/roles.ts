import { z } from 'zod';

/**
 * The four roles (issue 7). The one definition: the zod enum, the admin forms, the header and
 * the access rules in lib/edge/session.ts derive from it.
 */
export const ROLE_CODES = ['coordinator', 'kind_en_gezin', 'facilitator', 'beheerder'] as const;

export type Role = (typeof ROLE_CODES)[number];

export const roleSchema = z.enum(ROLE_CODES, { error: 'Kies een rol.' });

export const ROLE_LABELS: Record<Role, string> = {
  coordinator: 'Coördinator',
  kind_en_gezin: 'Kind en Gezin',
  facilitator: 'Facilitator (EXPOO)',
  beheerder: 'Beheerder',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLE_CODES as readonly string[]).includes(value);
}
