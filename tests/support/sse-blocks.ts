/** One Server-Sent Events block: its `id:` and `data:` lines (null when absent). */
export interface SseBlock {
  id: string | null;
  data: string | null;
}

/**
 * Splits the complete SSE blocks off the front of a text buffer (blocks end with a blank line);
 * what follows the last complete block stays in `rest` for the next chunk. For the tests and
 * bench/ that read workshop streams by hand.
 */
export function takeSseBlocks(buffer: string): { blocks: SseBlock[]; rest: string } {
  const blocks: SseBlock[] = [];
  let rest = buffer;
  let end: number;
  while ((end = rest.indexOf('\n\n')) !== -1) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    blocks.push({ id: /^id: (.*)$/m.exec(block)?.[1] ?? null, data: /^data: (.*)$/m.exec(block)?.[1] ?? null });
  }
  return { blocks, rest };
}
