import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { getAuth } from '@/lib/edge/auth';
import { ACCOUNT_ATTEMPTS_PER_WINDOW, admitLoginAttempt, LOGIN_WINDOW_MS } from '@/lib/use-cases/login-limits';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';

let address = 0;
function from(ip?: string) {
  address += 1;
  return new Headers({ host: 'localhost:3000', 'x-netwerkkaart-client-address': ip ?? `10.6.${Math.floor(address / 250)}.${address % 250}` });
}

async function status(email: string, password: string, headers = from()): Promise<number> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers });
    return 200;
  } catch (error) {
    return (error as { statusCode: number }).statusCode;
  }
}

describe('sign-in limits', () => {
  const users: TestUser[] = [];
  beforeAll(async () => {
    users.push(await createTestUser('coordinator'), await createTestUser('coordinator'));
  });
  afterAll(async () => {
    await deleteUsers(users.map((u) => u.id));
    await closeDriver();
  });

  it('refuses the 11th wrong password within a minute, and then the right one too', async () => {
    const [victim] = users;
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push(await status(victim.email, `fout-wachtwoord-${i}`));
    expect(answers).toEqual([...Array(10).fill(401), 429]);
    expect(await status(victim.email, TEST_PASSWORD)).toBe(429);
  });

  it('counts failures only: signing in again and again is fine', async () => {
    const [, regular] = users;
    for (let i = 0; i < ACCOUNT_ATTEMPTS_PER_WINDOW + 3; i++) expect(await status(regular.email, TEST_PASSWORD)).toBe(200);
  });

  it('forgets failures after the window', async () => {
    const email = `venster-${Date.now()}@voorbeeld.be`;
    const start = Date.now();
    for (let i = 0; i < ACCOUNT_ATTEMPTS_PER_WINDOW; i++) expect((await admitLoginAttempt(email, '10.5.0.1', start)).allowed).toBe(true);
    const refused = await admitLoginAttempt(email, '10.5.0.2', start + 1000);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.retryAfter).toBeGreaterThan(50);
    expect((await admitLoginAttempt(email, '10.5.0.3', start + LOGIN_WINDOW_MS + 1)).allowed).toBe(true);
  });

  it('lets parallel guesses not slip past the limit', async () => {
    const email = `parallel-${Date.now()}@voorbeeld.be`;
    const decisions = await Promise.all(Array.from({ length: 25 }, (_, i) => admitLoginAttempt(email, `10.4.0.${i}`)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(ACCOUNT_ATTEMPTS_PER_WINDOW);
  });
});
