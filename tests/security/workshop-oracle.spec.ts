import { expect, test, type APIRequestContext } from '@playwright/test';
import { callAction, readActionManifest, signedIn } from './http';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';

// Issue 15, item 10: /workshop/<code>/actielijst.csv answered 403 for an existing code and 404
// for an unknown one, to any signed-in user: a way to find codes that exist without the join
// form's limit. Now a workshop one may not run answers exactly like an unknown code, and every
// such lookup counts as a wrong code for the address, with the join form's 20 a minute.
let fixture: SecurityFixture;
let baseURL: string;
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({}, info) => {
  baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('oracle');
});
test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
  await removeSecurityFixture(fixture);
});

async function coordinatorOfA(playwright: Parameters<typeof signedIn>[0]) {
  const context = await signedIn(playwright, baseURL, fixture.coordinatorA.email, fixture.password);
  contexts.push(context);
  return context;
}

test('a workshop of another house answers exactly like a code that does not exist', async ({ playwright }) => {
  const prober = await coordinatorOfA(playwright);
  const existing = fixture.workshops[fixture.houseB];
  const unknown = existing === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
  for (const path of ['actielijst.csv', 'verslag.pdf', 'scherm', 'begeleiden', 'afsluiten']) {
    const a = await prober.get(`/workshop/${existing}/${path}`, { maxRedirects: 0 });
    const b = await prober.get(`/workshop/${unknown}/${path}`, { maxRedirects: 0 });
    expect(a.status(), path).toBe(404);
    expect(b.status(), path).toBe(404);
    const normalise = (text: string, code: string) => text.replaceAll(code, 'CODE').replace(/nonce="[^"]*"|"nonce-[^"]*"|\$K[0-9a-z]+/g, '');
    if (path.endsWith('.csv') || path.endsWith('.pdf')) expect(normalise(await a.text(), existing), path).toBe(normalise(await b.text(), unknown));
  }
  // Its own workshop still opens.
  expect((await prober.get(`/workshop/${fixture.workshops[fixture.houseA]}/actielijst.csv`)).status()).toBe(200);
});

test('those lookups count towards the join limit of the address', async ({ playwright }) => {
  const prober = await coordinatorOfA(playwright);
  const statuses: number[] = [];
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (let i = 0; i < 21; i++) {
    const code = Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * 32)]).join('');
    statuses.push((await prober.get(`/workshop/${code}/actielijst.csv`)).status());
  }
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
  expect(statuses[20]).toBe(429);
  // The same address can no longer join with a code either, not even the right one.
  const join = readActionManifest().get('app/workshop/actions.ts#joinWorkshopAction')!;
  const answer = await callAction(prober, { id: join.id, path: '/workshop', args: [], prev: { message: null, fieldErrors: {}, values: { code: '', name: '' } }, fields: { code: fixture.workshops[fixture.houseB], name: 'Nieuwsgierige' } });
  expect(await answer.text()).toContain('Te veel pogingen met een verkeerde code');
  // Its own workshop still opens: the limit only stops guessing.
  expect((await prober.get(`/workshop/${fixture.workshops[fixture.houseA]}/actielijst.csv`)).status()).toBe(200);
});
