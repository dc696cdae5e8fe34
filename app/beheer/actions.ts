'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { actionFailure, done, formFields, invalid } from '@/lib/edge/run-action';
import { adminCreateHouse, adminCreateInvitation, adminCreateUser, adminEndInvitation, adminSetUserActive, adminUpdateUserAccess } from '@/lib/use-cases/admin';
import {
  endInvitationSchema,
  invitationSchema,
  newHouseSchema,
  newUserSchema,
  passwordLinkSchema,
  userAccessSchema,
  userActiveSchema,
} from '@/lib/domain/admin-input';
import { issuePasswordLink } from '@/lib/use-cases/password-links';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import { type ActionState } from '@/lib/edge/action-state';

/** The password link action's answer: the one-time link the beheerder just made (shown once, never stored in clear). */
type PasswordLinkState = ActionState<{ link?: string }>;

// Every action: same origin, then zod, then lib/use-cases/admin.ts (which checks the beheerder role).
async function crossSite(): Promise<ActionState | null> {
  return isSameOrigin(await headers()) ? null : { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
}

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = newUserSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await adminCreateUser(await requireUser(), parsed.data);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done(`Het account voor ${parsed.data.email} werd aangemaakt.`);
}

export async function updateUserAccessAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = userAccessSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await adminUpdateUserAccess(await requireUser(), parsed.data);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done('De rol en het huis werden aangepast.');
}

export async function createHouseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const fields = formFields(formData);
  const parsed = newHouseSchema.safeParse({
    ...fields,
    municipalities: (fields.municipalities ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean),
  });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await adminCreateHouse(await requireUser(), parsed.data);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done(`Het huis “${parsed.data.name}” werd toegevoegd.`);
}

export async function createInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = invitationSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await adminCreateInvitation(await requireUser(), parsed.data);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done('De uitnodiging werd opgeslagen.');
}

export async function endInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = endInvitationSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await adminEndInvitation(await requireUser(), parsed.data.invitationId);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done('De uitnodiging werd beëindigd.');
}

export async function createPasswordLinkAction(_previous: PasswordLinkState, formData: FormData): Promise<PasswordLinkState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = passwordLinkSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let link: string;
  try {
    link = await issuePasswordLink(await requireUser(), parsed.data.userId);
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return { ...done('Geef deze link aan de persoon zelf. Hij werkt één keer, 24 uur lang; een vorige link van dit account werkt niet meer.'), link };
}

export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const parsed = userActiveSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const active = parsed.data.actief === 'ja';
  try {
    await adminSetUserActive(await requireUser(), { userId: parsed.data.userId, active });
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  revalidatePath('/beheer');
  return done(
    active ? 'Het account is weer actief: aanmelden kan opnieuw.' : 'Het account is gedeactiveerd: lopende sessies zijn beëindigd en aanmelden kan niet meer.',
  );
}
