import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { DomainError, UnauthenticatedError, ValidationError } from '../domain/errors';
import { loginPath } from './page-guard';
import type { ActionState } from './action-state';

/**
 * Server actions answer forms with an ActionState (lib/edge/action-state.ts): a status, a Dutch
 * message and the field errors. Invalid
 * input never reaches lib/ or graph/; named errors become their Dutch message; no session sends
 * the visitor to the login page.
 */
export function invalid(error: z.ZodError): ActionState {
  return {
    status: 'invalid',
    message: 'Controleer de gemarkeerde velden. Er werd niets opgeslagen.',
    fieldErrors: error.flatten().fieldErrors as ActionState['fieldErrors'],
  };
}

export function actionFailure(error: unknown, returnTo: string): ActionState {
  if (error instanceof UnauthenticatedError) redirect(loginPath(returnTo));
  if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {} };
  throw error;
}

export function done(message: string): ActionState {
  return { status: 'saved', message, fieldErrors: {} };
}

/** Turns FormData into a plain object of its string fields (files are ignored). */
export function formFields(formData: FormData): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value === 'string') fields[key] = value === '' ? undefined : value;
  }
  return fields;
}
