import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { FormState } from '../domain/admin-input';
import { DomainError, UnauthenticatedError, ValidationError } from '../domain/errors';
import { loginPath } from './page-guard';

/**
 * Server actions answer forms with a FormState: a Dutch message and the field errors. Invalid
 * input never reaches lib/ or graph/; named errors become their Dutch message; no session sends
 * the visitor to the login page.
 */
export function invalid(error: z.ZodError): FormState {
  return {
    ok: false,
    message: 'Controleer de gemarkeerde velden. Er werd niets opgeslagen.',
    fieldErrors: error.flatten().fieldErrors as FormState['fieldErrors'],
  };
}

export function actionFailure(error: unknown, returnTo: string): FormState {
  if (error instanceof UnauthenticatedError) redirect(loginPath(returnTo));
  if (error instanceof ValidationError) return { ok: false, message: error.userMessage, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) return { ok: false, message: error.userMessage, fieldErrors: {} };
  throw error;
}

export function done(message: string): FormState {
  return { ok: true, message, fieldErrors: {} };
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
