import { createHash, randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';
import { addParticipant, createWorkshop } from '@/graph/repositories/workshops';
import { takeSseBlocks } from '../support/sse-blocks';
import { createMapFixture, type MapFixture } from './house-map-support';

// What the workshop stream tests over real HTTP share: a house with an open workshop and one
// phone, a facilitator's sign-in, reading a stream and posting JSON.

export interface StreamEvent {
  id: number;
  type: string;
  payload: { proposal?: { id: string } };
}

export interface StreamWorkshop {
  fixture: MapFixture;
  code: string;
  /** The phone's participant cookie value. */
  token: string;
}

/** A house with three minimaal answers, an open workshop on it and one participant. */
export async function createStreamWorkshop(): Promise<StreamWorkshop> {
  const fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'caw', level: 'minimaal' }, { type: 'politie', level: 'minimaal' }] });
  const code = Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  const now = Date.now();
  await createWorkshop({ code, houseId: fixture.houseId, by: fixture.user.id, byName: 'Test', opensAt: new Date(now), closesAt: new Date(now + 3_600_000), beforeSnapshotId: 'geen' });
  const token = randomBytes(32).toString('base64url');
  await addParticipant(code, { id: `participant-${randomBytes(5).toString('hex')}`, name: 'Telefoon', tokenHash: createHash('sha256').update(token).digest('hex') });
  return { fixture, code, token };
}

/** The facilitator (the fixture's coordinator) signed in: the cookie header to send. */
export async function signInFacilitator(baseURL: string, fixture: MapFixture): Promise<string> {
  const signIn = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify({ email: fixture.user.email, password: fixture.user.password }),
  });
  expect(signIn.status).toBe(200);
  return signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Reads a workshop stream until `until` says stop, then cuts the connection. */
export async function readStream(url: string, headers: Record<string, string>, until: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + 15_000;
  while (!until(events)) {
    if (Date.now() > deadline) throw new Error(`stream: timed out after ${events.length} events`);
    const { value, done } = await reader.read();
    if (done) break;
    const taken = takeSseBlocks(buffer + decoder.decode(value, { stream: true }));
    buffer = taken.rest;
    for (const { id, data } of taken.blocks) if (id && data) events.push({ id: Number(id), ...(JSON.parse(data) as Omit<StreamEvent, 'id'>) });
  }
  controller.abort();
  return events;
}

/** POSTs JSON as the browser would (same origin) and expects a 2xx answer. */
export async function postJson(baseURL: string, path: string, body: unknown, cookie: string): Promise<Record<string, unknown>> {
  const response = await fetch(baseURL + path, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseURL, cookie }, body: JSON.stringify(body) });
  const data = (await response.json()) as Record<string, unknown>;
  expect(response.ok, JSON.stringify(data)).toBe(true);
  return data;
}
