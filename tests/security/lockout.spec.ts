import { expect, test, type APIRequestContext } from '@playwright/test';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { anonymous, uniqueAddress } from './http';

// Issue 15, item 12: after 10 wrong passwords for an account, the right one also got 429 for a
// minute, so anyone could keep a coordinator out. Now a browser that signed in to the account
// before is counted on its own (lib/trusted-device.ts, lib/login-throttle.ts): guessing from
// anywhere else still stops after 10 a minute, and the owner still gets in.
let owner: TestUser;
let other: TestUser;
let baseURL: string;
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({}, info) => {
  baseURL = info.project.use.baseURL!;
  owner = await createTestUser('coordinator', [], 'Eigenaar Test');
  other = await createTestUser('coordinator', [], 'Andere eigenaar Test');
});
test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
  await deleteUsers([owner.id, other.id]);
});

async function context(playwright: Parameters<typeof anonymous>[0]): Promise<APIRequestContext> {
  const c = await anonymous(playwright, baseURL);
  contexts.push(c);
  return c;
}

const attempt = (c: APIRequestContext, password: string, who: TestUser = owner) => c.post('/api/auth/sign-in/email', { data: { email: who.email, password } });

test('a stranger’s guessing does not lock the owner out, and stays limited', async ({ playwright }) => {
  // The owner signs in once on their own computer: that browser is now known for the account.
  const ownBrowser = await context(playwright);
  expect((await attempt(ownBrowser, TEST_PASSWORD)).status()).toBe(200);
  expect((await ownBrowser.storageState()).cookies.map((c) => c.name)).toContain('netwerkkaart.apparaat');
  await ownBrowser.post('/api/auth/sign-out', { data: {} });

  // A stranger guesses from ten addresses, then from an eleventh: refused, even with the right password.
  const guesses: number[] = [];
  for (let i = 0; i < 10; i++) guesses.push((await attempt(await context(playwright), `gok-${i}-verkeerd`)).status());
  expect(guesses).toEqual(Array(10).fill(401));
  const stranger = await context(playwright);
  expect((await attempt(stranger, 'nog-een-gok-verkeerd')).status()).toBe(429);
  expect((await attempt(stranger, TEST_PASSWORD)).status()).toBe(429);

  // The owner's browser still gets in, during the attack.
  const ownAgain = await attempt(ownBrowser, TEST_PASSWORD);
  expect(ownAgain.status()).toBe(200);

  // A made-up or altered device cookie counts for nothing.
  const forger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, 'X-Forwarded-For': uniqueAddress(), Cookie: 'netwerkkaart.apparaat=AAAAAAAAAAAAAAAAAAAAAA:abc.bogus%3D' } });
  contexts.push(forger);
  expect((await attempt(forger, TEST_PASSWORD)).status()).toBe(429);
});

test('guessing from the owner’s own browser is limited too', async ({ playwright }) => {
  const browser = await context(playwright);
  expect((await attempt(browser, TEST_PASSWORD, other)).status()).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await attempt(browser, `verkeerd-${i}`, other)).status());
  expect(statuses).toEqual([...Array(10).fill(401), 429]);
});
