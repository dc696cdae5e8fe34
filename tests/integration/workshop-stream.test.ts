import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent } from '@/graph/repositories/workshop-events';
import { createProposal } from '@/graph/repositories/workshop-proposals';
import { createWorkshop } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { publish } from '@/lib/use-cases/workshops/bus';
import type { WorkshopEvent } from '@/lib/domain/workshop/events';
import { generateCode } from '@/lib/domain/workshop/code';
import { eventStreamResponse } from '@/lib/use-cases/workshops/event-stream';
import { removeWorkshopsOf } from '../security/fixture';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { takeSseBlocks } from '../support/sse-blocks';

let houseId: string;
let code: string;

/** Reads SSE events from a stream until `count` arrived (or the time is up). */
async function readEvents(response: Response, count: number, timeoutMs = 5_000): Promise<WorkshopEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: WorkshopEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    const taken = takeSseBlocks(buffer + decoder.decode(chunk.value, { stream: true }));
    buffer = taken.rest;
    for (const { id, data } of taken.blocks) {
      if (!id || !data) continue;
      const event = JSON.parse(data) as WorkshopEvent;
      expect(event.seq).toBe(Number(id));
      events.push(event);
    }
  }
  reader.releaseLock();
  return events;
}

async function propose(name: string) {
  const created = await createProposal(code, { actorKey: null, actorName: name, typeName: null, now: 'minimaal', desired: null, note: null, newActorName: name, newActorType: null, basedOnVersion: 0 }, { id: 'p-test', name: 'Test' });
  return created!.event;
}

beforeAll(async () => {
  houseId = (await createNetworkFixture()).houseId;
  code = generateCode();
  const now = new Date();
  await createWorkshop({ code, houseId, by: 'test', byName: 'Test', opensAt: now, closesAt: new Date(now.getTime() + 3_600_000), beforeSnapshotId: 'geen' });
  for (const name of ['Een', 'Twee', 'Drie']) await propose(name);
});

afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [houseId]));
  await deleteNetworkFixtures([houseId]);
});

describe('the workshop stream', () => {
  it('replays the log from the start, then carries live events', async () => {
    const abort = new AbortController();
    const response = eventStreamResponse(code, 0, abort.signal);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toContain('no-transform');
    const replayed = await readEvents(response, 3);
    expect(replayed.map((e) => e.seq)).toEqual([1, 2, 3]);
    const live = await propose('Vier');
    publish(code, live);
    const [next] = await readEvents(response, 1);
    expect(next.seq).toBe(4);
    expect(next.type).toBe('proposal.created');
    abort.abort();
  });

  it('resumes after the last event id a client saw, with no change lost or repeated', async () => {
    const abort = new AbortController();
    // A browser that saw up to id 2 reconnects with Last-Event-ID: 2.
    const events = await readEvents(eventStreamResponse(code, 2, abort.signal), 10, 1_500);
    expect(events.map((e) => e.seq)).toEqual([3, 4]);
    abort.abort();
  });

  it('fills a gap from the log when a live event arrives before an earlier one', async () => {
    const abort = new AbortController();
    const response = eventStreamResponse(code, 4, abort.signal);
    await readEvents(response, 0, 300);
    // Two writes commit (seq 5, 6); only the second is published here (the first came from
    // another process, or its publish is late). The stream reads 5 from the log first.
    await propose('Vijf');
    const six = await propose('Zes');
    publish(code, six);
    const events = await readEvents(response, 2);
    expect(events.map((e) => e.seq)).toEqual([5, 6]);
    abort.abort();
  });

  it('carries events another process wrote, read from the log by the poller, each once', async () => {
    const abort = new AbortController();
    const after = (await propose('Zeven')).seq;
    const response = eventStreamResponse(code, after, abort.signal);
    await readEvents(response, 0, 300);
    // Written and never published here, as by another app process: the poller's one-statement read finds them.
    const eight = await propose('Acht');
    const nine = await propose('Negen');
    const events = await readEvents(response, 3, 3_000);
    expect(events.map((e) => e.seq)).toEqual([eight.seq, nine.seq]);
    abort.abort();
  });

  it('numbers events per workshop without gaps under concurrent writes', async () => {
    const events = await Promise.all(Array.from({ length: 8 }, () => writeTx((tx) => appendEvent(tx, code, { type: 'workshop.closed', payload: { closedAt: 'test' } }))));
    const seqs = events.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 8 }, (_, i) => seqs[0] + i));
  });
});
