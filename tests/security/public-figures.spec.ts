import { expect, test, type APIRequestContext } from '@playwright/test';
import { readTx } from '@/graph/session';
import { PROVINCES, URBANISATION_CODES } from '@/lib/domain/regions';
import { anonymous, signedIn } from './http';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';

// Issue 15, item 5: /cijfers and /api/cijfers checked only each selection's own size, so two
// selections could be subtracted down to one house (Limburg + buitengebied minus Limburg +
// buitengebied + not intermunicipal). Here every selection an anonymous visitor can ask for is
// tried over HTTP; of those answered, every pair, and every sum and difference of them with
// coefficients -1, 0 or 1, must come down to at least 5 houses or none.
const MIN = 5;
let fixture: SecurityFixture;
let baseURL: string;
let visitor: APIRequestContext;
let agency: APIRequestContext;

type Filter = Record<string, string>;
const dimensions: [string, readonly string[]][] = [['provincie', PROVINCES], ['verstedelijking', URBANISATION_CODES], ['intergemeentelijk', ['ja', 'nee']]];

/** Every selection the form can make: nothing, one filter, two, or three. */
function everySelection(): Filter[] {
  let selections: Filter[] = [{}];
  for (const [key, values] of dimensions) selections = selections.flatMap((s) => [s, ...values.map((v) => ({ ...s, [key]: v }))]);
  return selections;
}

const query = (f: Filter) => new URLSearchParams(f).toString();

test.beforeAll(async ({ playwright }, info) => {
  baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('figures');
  visitor = await anonymous(playwright, baseURL);
  agency = await signedIn(playwright, baseURL, fixture.kindEnGezin.email, fixture.password);
});
test.afterAll(async () => {
  await visitor?.dispose();
  await agency?.dispose();
  await removeSecurityFixture(fixture);
});

test('no two (or more) selections an anonymous visitor gets can be differenced below 5 houses', async () => {
  test.setTimeout(300_000);
  const houses = await readTx(async (tx) => (await tx.run('MATCH (h:House) RETURN h.id AS id, h.province AS provincie, h.urbanisation AS verstedelijking, h.intermunicipal AS inter')).records.map((r) => ({ id: r.get('id') as string, provincie: r.get('provincie'), verstedelijking: r.get('verstedelijking'), intergemeentelijk: r.get('inter') === null ? null : r.get('inter') ? 'ja' : 'nee' })));
  const members = (f: Filter) => houses.filter((h) => Object.entries(f).every(([k, v]) => (h as Record<string, unknown>)[k] === v)).map((h) => h.id);

  const allowed: { filter: Filter; houses: string[] }[] = [];
  for (const filter of everySelection()) {
    const response = await visitor.get(`/api/cijfers/tabel-26?${query(filter)}`);
    const count = Object.keys(filter).length;
    if (response.status() === 200) {
      const body = await response.json();
      const ids = members(filter);
      expect(body.houses, query(filter)).toBe(ids.length);
      allowed.push({ filter, houses: ids });
    } else {
      expect([403, 422], query(filter)).toContain(response.status());
      expect((await response.json()).error, query(filter)).toMatch(/^(Zonder aanmelden|Deze selectie)/);
    }
    if (count > 1) expect(response.status(), `combined ${query(filter)}`).not.toBe(200);
  }
  console.log(`anonymous selections answered: ${allowed.map((a) => query(a.filter) || 'heel Vlaanderen').join(', ')}`);
  expect(allowed.length).toBeGreaterThan(4);

  // Every pair: one table minus the other adds the houses only the first holds and subtracts
  // those only the second holds; together none, or at least 5 houses.
  for (const a of allowed) {
    for (const b of allowed) {
      const left = a.houses.filter((h) => !b.houses.includes(h)).length + b.houses.filter((h) => !a.houses.includes(h)).length;
      expect(left === 0 || left >= MIN, `${query(a.filter) || 'alles'} minus ${query(b.filter) || 'alles'}: ${left} houses`).toBe(true);
    }
  }
  // Every combination with coefficients -1, 0, 1: the houses it does not cancel out.
  const index = new Map(houses.map((h, i) => [h.id, i]));
  const vectors = allowed.map((a) => a.houses.map((h) => index.get(h)!));
  const weights = new Int8Array(houses.length);
  let combinations = 0;
  const visit = (k: number, used: boolean) => {
    if (k === vectors.length) {
      if (!used) return;
      combinations += 1;
      let touched = 0;
      for (const w of weights) if (w !== 0) touched += 1;
      if (touched > 0 && touched < MIN) throw new Error(`a combination of the anonymous selections comes down to ${touched} houses`);
      return;
    }
    visit(k + 1, used);
    for (const sign of [1, -1]) {
      for (const i of vectors[k]) weights[i] += sign;
      visit(k + 1, true);
      for (const i of vectors[k]) weights[i] -= sign;
    }
  };
  visit(0, false);
  console.log(`${allowed.length} anonymous selections, ${combinations} sums and differences checked`);
});

test('Kind en Gezin still gets combined filters; a visitor gets a Dutch explanation instead', async ({ page }) => {
  const combined = { provincie: 'Limburg', verstedelijking: 'buitengebied' };
  const forAgency = await agency.get(`/api/cijfers/tabel-26?${query(combined)}`);
  expect(forAgency.status()).toBe(200);
  const forVisitor = await visitor.get(`/api/cijfers/tabel-26?${query(combined)}`);
  expect(forVisitor.status()).toBe(403);
  await page.goto(`${baseURL}/cijfers?${query(combined)}`);
  await expect(page.getByRole('status')).toContainText('Zonder aanmelden als Kind en Gezin kunt u één filter tegelijk kiezen');
  await expect(page.getByRole('status').getByRole('link', { name: 'Heel Vlaanderen' })).toBeVisible();
  await expect(page.locator('#tabel-26')).toHaveCount(0);
});
