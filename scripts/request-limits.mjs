// How much of a request body the app's own server (scripts/serve.mjs) lets through, decided
// from the request line and headers alone, before a byte of the body is read.
import { MAX_BACKUP_BYTES } from '../lib/domain/backup/backup-limits.ts';
import { MAX_IMPORT_BYTES } from '../lib/domain/import/limits.ts';

/** Room for the multipart envelope around an uploaded file. */
const ENVELOPE = 64 * 1024;

/** The largest body a path accepts: the backup restore its own, everything else the import's 5 MB. */
export function bodyLimitFor(pathname) {
  if (pathname === '/api/beheer/backup') return MAX_BACKUP_BYTES + ENVELOPE;
  return MAX_IMPORT_BYTES + ENVELOPE;
}

const MB = (n) => `${Math.floor(n / 1024 / 1024)} MB`;

/**
 * Null when the body may be read; else the status and Dutch message to answer with. A body must
 * announce its length (Content-Length), so the HTTP parser itself stops at it: a chunked body
 * could say nothing and go on for ever. Browsers always send a length for forms and fetch().
 */
export function bodyRefusal(pathname, headers) {
  const chunked = headers['transfer-encoding'] !== undefined;
  const length = headers['content-length'];
  if (chunked && length === undefined) {
    return { status: 411, message: 'Dit verzoek vermeldt niet hoe groot het is (Content-Length) en werd niet gelezen.' };
  }
  if (length === undefined) return null;
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return { status: 400, message: 'Dit verzoek vermeldt een ongeldige grootte.' };
  const limit = bodyLimitFor(pathname);
  if (bytes > limit) {
    return { status: 413, message: `Dit verzoek is ${MB(bytes)} groot; de grens is ${MB(limit)}. Er werd niets gelezen of opgeslagen.` };
  }
  return null;
}
