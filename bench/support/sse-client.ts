// A Server-Sent Events client for the benches: a plain fetch stream parsed by hand, recording
// when each event arrived (and, for workshop events, the server time it was written).
import { takeSseBlocks } from '../../tests/support/sse-blocks';

export const now = () => performance.timeOrigin + performance.now();

export class SseClient {
  readonly received = new Map<string, number>();
  /** Server time (epoch ms) each event was written, from its `at`. */
  readonly writtenAt = new Map<string, number>();
  /** Events received more than once (by key): a doubled delivery. */
  doubled = 0;
  private controller = new AbortController();
  private waiters: (() => void)[] = [];
  constructor(
    private url: string,
    private headers: Record<string, string>,
    private key: (data: Record<string, unknown>) => string | null,
  ) {}

  async open(): Promise<void> {
    const response = await fetch(this.url, { headers: { Accept: 'text/event-stream', ...this.headers }, signal: this.controller.signal });
    if (response.status !== 200) throw new Error(`${this.url}: ${response.status}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          const at = now();
          const taken = takeSseBlocks(buffer + decoder.decode(value, { stream: true }));
          buffer = taken.rest;
          for (const { data } of taken.blocks) {
            const parsed = data ? (JSON.parse(data) as Record<string, unknown>) : null;
            const key = parsed ? this.key(parsed) : null;
            if (!key) continue;
            if (this.received.has(key)) {
              this.doubled += 1;
              continue;
            }
            this.received.set(key, at);
            if (typeof parsed!.at === 'string') this.writtenAt.set(key, Date.parse(parsed!.at as string));
          }
          this.waiters.splice(0).forEach((w) => w());
        }
      } catch {
        // closed by the bench
      }
    })();
  }

  async waitFor(key: string, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!this.received.has(key)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${key}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.received.get(key)!;
  }

  close() {
    this.controller.abort();
  }
}
