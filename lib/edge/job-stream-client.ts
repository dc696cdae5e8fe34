import type { ImportEvent } from '../domain/import/progress';

/**
 * Reads a streamed import answer (newline-delimited JSON) in the browser, calling `onEvent` per
 * line. An answer that is not a stream (401, 403, 413 …) becomes one error event with its message.
 */
export async function readImportEvents<T>(response: Response, onEvent: (event: ImportEvent<T>) => void): Promise<void> {
  if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').includes('ndjson')) {
    let message = 'Er ging iets mis bij het inlezen. Er werd niets opgeslagen.';
    try {
      const body = (await response.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // not JSON: keep the general message
    }
    onEvent({ type: 'error', status: response.status, message });
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) onEvent(JSON.parse(line) as ImportEvent<T>);
    }
    if (done) break;
  }
}
