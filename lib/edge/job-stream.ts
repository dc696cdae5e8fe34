import 'server-only';
import { DomainError } from '../domain/errors';
import { errorResponse } from './route-response';
import { ImportFileError } from '../domain/import/file-error';
import { ImportRefusedError } from '../domain/import/import-refused';
import type { ImportOutcome } from '../domain/import/import-result';
import { MAX_IMPORT_BYTES } from '../domain/import/limits';
import type { ImportPreview } from '../domain/import/preview';
import type { ImportEvent, ProgressListener } from '../domain/import/progress';
import { readBoundedBody } from './read-bounded-body';

/** Rows sent to the browser: every row with a problem (up to a bound) and the first of the rest. */
const SHOWN_WITH_PROBLEMS = 2_000;
const SHOWN_OTHERS = 300;

function slimPreview(preview: ImportPreview): ImportPreview {
  const withProblems = preview.rows.filter((r) => r.problems.length).slice(0, SHOWN_WITH_PROBLEMS);
  const others = preview.rows.filter((r) => !r.problems.length).slice(0, SHOWN_OTHERS);
  const rows = [...withProblems, ...others].sort((a, b) => a.line - b.line);
  return { ...preview, rows, omittedRows: preview.rows.length - rows.length };
}

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The uploaded file of a multipart request (field "bestand"). The body is read only up to the
 * limit, whatever Content-Length says (or whether it says anything): a larger one is refused
 * as soon as it passes the limit, without reading the rest.
 */
export async function uploadedFile(request: Request, maxBytes: number = MAX_IMPORT_BYTES): Promise<{ name: string; bytes: Uint8Array }> {
  const tooBig = () =>
    new ImportFileError(
      `Het bestand is groter dan ${maxBytes / 1024 / 1024} MB en wordt niet ingelezen.${maxBytes === MAX_IMPORT_BYTES ? ' Splits het bestand.' : ''}`,
    );
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBytes + ENVELOPE_BYTES) throw tooBig();
  const body = await readBoundedBody(request, maxBytes + ENVELOPE_BYTES);
  if (!body) throw tooBig();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new ImportFileError('Kies een bestand om in te lezen.');
  }
  const file = form.get('bestand');
  if (!file || typeof file === 'string') throw new ImportFileError('Kies een bestand om in te lezen.');
  return { name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Runs a preview or an import and streams its progress as newline-delimited JSON: progress
 * events while it runs, then one "done" (with the outcome) or "error" (with the Dutch message and,
 * for a refused import, the preview that says what to fix). Access was checked before this.
 */
export function streamImport(run: (onProgress: ProgressListener) => Promise<ImportOutcome>): Response {
  return streamJob(async (onProgress) => {
    const outcome = await run(onProgress);
    return { ...outcome, preview: slimPreview(outcome.preview) };
  });
}

/** Any long job (an import, a restore) streamed the same way: progress lines, then done or error. */
export function streamJob<T>(run: (onProgress: ProgressListener) => Promise<T>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent<T>) => controller.enqueue(encoder.encode(JSON.stringify(event) + '\n'));
      let last = 0;
      try {
        const outcome = await run((progress) => {
          // At most ten progress lines a second; the last step of a phase always goes out.
          const now = Date.now();
          if (now - last < 100 && progress.done < progress.total) return;
          last = now;
          send({ type: 'progress', progress });
        });
        send({ type: 'done', result: outcome });
      } catch (error) {
        if (error instanceof ImportRefusedError) send({ type: 'error', status: 400, message: error.userMessage, preview: slimPreview(error.preview) });
        else if (error instanceof DomainError) {
          const response = errorResponse(error);
          send({ type: 'error', status: response.status, message: error.userMessage });
        } else {
          console.error(error);
          send({ type: 'error', status: 500, message: 'Er ging iets mis. Er werd niets opgeslagen.' });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
