import 'server-only';
import { DatabaseUnavailableError } from '../domain/errors';

export type PageData<T> = { ok: true; data: T } | { ok: false; reason: 'database-unavailable' };

/**
 * Loads what a page needs and turns an unreachable database into a state the page can show as
 * a Dutch panel, instead of an error page with a stack trace. Other errors still surface.
 */
export async function loadPageData<T>(load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || isConnectionError(error)) {
      console.error('Page data: database unavailable:', error instanceof Error ? error.message : error);
      return { ok: false, reason: 'database-unavailable' };
    }
    throw error;
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.ClientError.Security.Unauthorized';
}
