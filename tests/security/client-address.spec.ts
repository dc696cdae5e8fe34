import { expect, test } from '@playwright/test';
import { readTx } from '@/graph/session';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { signInAttempt } from './raw-http';

// Issue 15, item 2: X-Forwarded-For was believed from anyone, so rotating it escaped the
// per-address limits and wrote any address into the audit trail. The app's own server
// (scripts/serve.mjs) now takes the socket's peer, and the header only from a proxy named in
// NETWERKKAART_TRUSTED_PROXIES (127.0.0.1 for the test server, standing in for a local nginx).
// 127.0.0.2 … are other peers on the same loopback: untrusted. (nginx.spec.ts puts a real
// nginx in front.)
let user: TestUser;
let baseURL: string;

test.beforeAll(async ({}, info) => {
  baseURL = info.project.use.baseURL!;
  user = await createTestUser('coordinator', [], 'Adres Test');
});
test.afterAll(() => deleteUsers([user.id]));

async function lastSignInAddress(userId: string): Promise<string | null> {
  return readTx(async (tx) => {
    const result = await tx.run("MATCH (c:Change {action: 'auth.sign_in', by: $userId}) RETURN c.to AS to ORDER BY c.at DESC LIMIT 1", { userId });
    return (JSON.parse((result.records[0]?.get('to') as string | undefined) ?? '{}') as { address?: string }).address ?? null;
  });
}

test('a client that reaches the app directly cannot escape the address limit by naming other addresses', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    // A new account name each time, so only the per-address limit (30 a minute) applies.
    const response = await signInAttempt(baseURL, `niemand-${i}-${Date.now()}@voorbeeld.be`, 'verkeerd-wachtwoord', { localAddress: '127.0.0.2', forwardedFor: `198.51.100.${i + 1}` });
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
  expect(statuses[30]).toBe(429);
});

test('the audit trail records the socket’s address, not the one the client names', async () => {
  const response = await signInAttempt(baseURL, user.email, TEST_PASSWORD, { localAddress: '127.0.0.5', forwardedFor: '203.0.113.77' });
  expect(response.status).toBe(200);
  expect(await lastSignInAddress(user.id)).toBe('127.0.0.5');
});

test('behind a trusted proxy, the address it forwards counts: the rightmost one it appended', async () => {
  // From 127.0.0.1, the test server's trusted proxy; a client put a made-up entry first.
  const response = await signInAttempt(baseURL, user.email, TEST_PASSWORD, { forwardedFor: '1.2.3.4, 198.51.100.200' });
  expect(response.status).toBe(200);
  expect(await lastSignInAddress(user.id)).toBe('198.51.100.200');
});
