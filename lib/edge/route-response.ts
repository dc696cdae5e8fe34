import 'server-only';
import {
  DomainError,
  ForbiddenError,
  LoweringNotConfirmedError,
  NotFoundError,
  StaleWriteError,
  UnauthenticatedError,
  ValidationError,
  ConflictError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  NotParticipantError,
  TooManyAttemptsError,
  WorkshopClosedError,
} from '../domain/errors';
import { CROSS_SITE_MESSAGE, isSameOrigin } from './same-origin';

/**
 * Route handlers turn the named errors into HTTP answers with the Dutch message:
 * 401 not signed in, 403 not allowed (or no participant of the workshop), 404 not found, 409 stale
 * or conflicting, 410 workshop closed, 400 invalid input, 429 too many attempts, 503 database down or too busy. Anything else is rethrown (a 500, logged by Next).
 */
export function errorResponse(error: unknown): Response {
  const status = statusOf(error);
  if (status === null) throw error;
  const domain = error as DomainError;
  const body: Record<string, unknown> = { message: domain.userMessage };
  if (error instanceof ValidationError) body.fieldErrors = error.fieldErrors;
  if (error instanceof StaleWriteError) body.current = error.current;
  if (error instanceof LoweringNotConfirmedError) body.lowering = error.changes;
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

function statusOf(error: unknown): number | null {
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ForbiddenError || error instanceof NotParticipantError) return 403;
  if (error instanceof WorkshopClosedError) return 410;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof StaleWriteError || error instanceof ConflictError) return 409;
  if (error instanceof ValidationError) return 400;
  if (error instanceof TooManyAttemptsError) return 429;
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseBusyError) return 503;
  return null;
}

/** A 403 answer when a mutating request does not come from this site (CSRF); else null. */
export function crossSiteRefusal(request: Request): Response | null {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return null;
  if (isSameOrigin(request.headers)) return null;
  return Response.json({ message: CROSS_SITE_MESSAGE }, { status: 403 });
}
