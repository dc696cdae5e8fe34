import { expect, test } from '@playwright/test';
import { readTx, writeTx } from '@/graph/session';
import { createTies } from '@/graph/repositories/ties';
import { removeWorkshopsOf } from '../security/fixture';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { dragFromNodeToNode } from './map-support';
import { saveScreenshots } from './screenshot';
import { joinAs } from './workshop-support';

// Ties between partners (issue 17): the Netwerk panel's figures for a network computed by hand,
// and a tie proposed on a phone in a workshop, accepted on the projector.
let fixture: MapFixture;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  fixture = await createMapFixture({
    actors: [
      { name: 'CLB Kempen', type: 'centrum-voor-leerlingenbegeleiding-clb', level: 'kernpartner' },
      { name: 'CAW De Kempen', type: 'caw', level: 'gemiddeld' },
      { name: 'OCMW Proefstede', type: 'ocmw', level: 'minimaal' },
      { name: 'Bibliotheek Proefstede', type: 'bibliotheek', level: 'gemiddeld' },
      { name: 'Kinderopvang Het Nest', type: 'kinderopvang-babys-peuters', level: 'nog_niet' },
    ],
  });
  const ids = fixture.actorIds;
  // A path CLB → CAW – OCMW: CAW is the bridge and the one point of failure; the library has no tie.
  // (Test setup straight through the repository: the use case is server-only.)
  const tie = (id: string, from: string, to: string, kind: 'doorverwijzing' | 'afstemming', note: string | null, since: number | null) => ({ houseId: fixture.houseId, id: `${fixture.houseId}-${id}`, from: ids[from], to: ids[to], kind, note, since, byName: 'Test' });
  await writeTx((tx) => createTies(tx, { ties: [tie('t1', 'CLB Kempen', 'CAW De Kempen', 'doorverwijzing', 'Warme overdracht', 2016), tie('t2', 'CAW De Kempen', 'OCMW Proefstede', 'afstemming', null, null)] }));
});

test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('the Netwerk panel gives the figures of a small network, each with its sentence', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/netwerk`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fixture.houseId);
  await expect(page.getByRole('navigation', { name: 'Onderdelen van het huis' }).getByRole('link', { name: 'Netwerk' })).toHaveAttribute('aria-current', 'page');
  // 4 direct partners (the kinderopvang is "nog niet"): 6 pairs, 2 of them tied.
  await expect(page.getByTestId('figure-ties')).toContainText('2');
  await expect(page.getByTestId('figure-density')).toContainText('33%');
  await expect(page.getByTestId('figure-density')).toContainText('Van de 6 mogelijke paren onder de 4 rechtstreeks betrokken partners werken er 2 samen');
  await expect(page.getByTestId('figure-unconnected')).toContainText('1 partner werkt met geen enkele andere partner samen');
  await expect(page.getByTestId('unconnected')).toHaveText('Bibliotheek Proefstede');
  await expect(page.getByTestId('cut-points')).toHaveText('Zonder ‘CAW De Kempen’ valt het netwerk uiteen in 2 delen die elkaar alleen nog via het huis vinden: (1) ‘CLB Kempen’; (2) ‘OCMW Proefstede’.');
  // CAW lies on the one shortest path between CLB and OCMW: 1 of the 3 pairs of the other three.
  const first = page.getByTestId('partner-figures').locator('tbody tr').first();
  await expect(first).toContainText('CAW De Kempen');
  await expect(first).toContainText('33%');
  await expect(page.getByTestId('bridge-sentences')).toContainText('‘CAW De Kempen’ is een brugfiguur: 33% van de kortste verbindingen');
  await expect(page.getByTestId('tie-table')).toContainText('CLB Kempen');
  await expect(page.getByTestId('tie-table')).toContainText('Warme overdracht');
  await saveScreenshots(page, 'netwerk-paneel');
  // The questionnaire names each organisation's ties from its side.
  await page.goto(`/huizen/${fixture.houseId}/vragenlijst`);
  await expect(page.getByTestId(`ties-${fixture.actorIds['CAW De Kempen']}`)).toHaveText('Werkt samen: krijgt doorverwijzingen van ‘CLB Kempen’ · stemt het aanbod af met ‘OCMW Proefstede’');
});

/** The tie edges on the map and every node's position, from the Cytoscape instance. */
function mapState(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    return {
      ties: cy.edges('.tie').map((e) => ({ kind: e.data('kind') as string, source: e.source().id(), target: e.target().id(), visible: e.visible(), curve: e.style('curve-style') as string, line: e.style('line-style') as string })),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }])),
    };
  });
}

test('ties on the map: curved, a line style per kind, shown or not, drawn from the panel and by dragging, and no node moves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  const ids = fixture.actorIds;
  let state = await mapState(page);
  expect(state.ties.map((t) => [t.kind, t.curve, t.line]).sort()).toEqual([['afstemming', 'unbundled-bezier', 'dashed'], ['doorverwijzing', 'unbundled-bezier', 'solid']]);
  const positions = state.positions;
  await expect(page.getByTestId('tie-legend')).toContainText('Doorverwijzing (pijl: naar wie)');
  await expect(page.getByTestId('tie-table')).toContainText('Warme overdracht');

  // "Samenwerking tonen" off: the ties go, nothing moves; on again: back.
  await page.getByTestId('show-ties').uncheck();
  await expect.poll(async () => (await mapState(page)).ties.length).toBe(0);
  await page.getByTestId('show-ties').check();
  await expect.poll(async () => (await mapState(page)).ties.length).toBe(2);

  // From the detail panel: "Werkt samen met …".
  await page.getByRole('button', { name: 'Toon Bibliotheek Proefstede op de kaart' }).click();
  const editor = page.getByTestId('tie-editor');
  await expect(editor).toContainText('Nog geen samenwerking met andere partners op de kaart.');
  await editor.locator('select[name=kind]').selectOption('informatie-uitwisseling');
  await editor.getByLabel('Werkt samen met').selectOption({ label: 'CLB Kempen' });
  await editor.getByRole('button', { name: 'Samenwerking toevoegen' }).click();
  // An undirected tie has no first end: the sentence names the two in the order they are stored.
  await expect(editor.getByTestId('tie-message')).toHaveText(/^Samenwerking getekend: (Bibliotheek Proefstede wisselt informatie uit met CLB Kempen|CLB Kempen wisselt informatie uit met Bibliotheek Proefstede)\.$/);
  await expect.poll(async () => (await mapState(page)).ties.length).toBe(3);
  await expect(editor.getByTestId('tie-list')).toContainText('wisselt informatie uit met ‘CLB Kempen’');
  await page.getByRole('button', { name: 'Sluit de details' }).click();

  // By dragging: "Samenwerking tekenen", a doorverwijzing from the OCMW to the library.
  await page.getByTestId('draw-ties').click();
  await page.getByTestId('draw-kind').selectOption('doorverwijzing');
  await dragFromNodeToNode(page, `actor:${ids['OCMW Proefstede']}`, `actor:${ids['Bibliotheek Proefstede']}`);
  await expect(page.getByTestId('tie-bar-message')).toContainText('Samenwerking getekend: OCMW Proefstede verwijst door naar Bibliotheek Proefstede');
  await expect.poll(async () => (await mapState(page)).ties.length).toBe(4);
  state = await mapState(page);
  expect(state.ties).toContainEqual(expect.objectContaining({ kind: 'doorverwijzing', source: `actor:${ids['OCMW Proefstede']}`, target: `actor:${ids['Bibliotheek Proefstede']}` }));
  // Drawing ties moved no node.
  for (const [id, at] of Object.entries(positions)) expect(state.positions[id], id).toEqual(at);
  await page.getByRole('button', { name: 'Klaar met tekenen' }).click();
  await saveScreenshots(page, 'kaart-samenwerking');

  const stored = await readTx(async (tx) => (await tx.run('MATCH ()-[w:WORKS_WITH {houseId: $id}]->() RETURN count(w) AS n', { id: fixture.houseId })).records[0].get('n'));
  expect(stored).toBe(4);
});

test('a participant proposes a tie on the phone; the facilitator accepts it on the projector', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await context.newPage();
  await signIn(projector, fixture.user, '/workshops');
  await projector.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' }).click();
  await projector.waitForURL(/\/workshop\/[A-Z2-9]{6}\/begeleiden$/);
  const code = (await projector.getByTestId('join-code').getAttribute('data-code'))!;
  const phone = await joinAs(browser, code, 'An');

  await phone.getByRole('button', { name: /Een samenwerking voorstellen/ }).click();
  const form = phone.getByTestId('tie-proposal-form');
  await form.locator('select[name=tieFrom]').selectOption({ label: 'Bibliotheek Proefstede' });
  await form.locator('input[name=tieKind][value=co-creatie]').check();
  await form.locator('select[name=tieTo]').selectOption({ label: 'OCMW Proefstede' });
  await expect(form.getByTestId('tie-proposal-sentence')).toHaveText('Bibliotheek Proefstede organiseert samen aanbod met OCMW Proefstede');
  await form.getByLabel('Notitie (niet verplicht)').fill('Voorleesmoment in het sociaal huis');
  await phone.screenshot({ path: 'test-results/screenshots/workshop-samenwerking-voorstel-390.png', fullPage: true });
  await form.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(phone.getByTestId('participant-flash')).toContainText('Bibliotheek Proefstede organiseert samen aanbod met OCMW Proefstede');

  const card = projector.getByTestId('proposal').filter({ hasText: 'Bibliotheek Proefstede organiseert samen aanbod met OCMW Proefstede' });
  await expect(card).toContainText('samenwerking');
  await card.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(projector.getByTestId('recent-changes')).toContainText('Bibliotheek Proefstede organiseert samen aanbod met OCMW Proefstede');
  await expect(phone.getByTestId('my-proposals').locator('li').first()).toHaveAttribute('data-status', 'accepted');
  await projector.screenshot({ path: 'test-results/screenshots/workshop-samenwerking-aanvaard-1920.png' });

  // The projector draws it live: a co-creatie edge between the two.
  await expect.poll(() => projector.evaluate(() => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.edges('.tie-co-creatie').length)).toBe(1);
  const stored = await readTx(async (tx) => (await tx.run("MATCH (a:Actor)-[w:WORKS_WITH {houseId: $id, kind: 'co-creatie'}]->(b:Actor) RETURN a.name AS a, b.name AS b, w.note AS note", { id: fixture.houseId })).records.map((r) => r.toObject()));
  expect(stored).toEqual([{ a: expect.any(String), b: expect.any(String), note: 'An: Voorleesmoment in het sociaal huis' }]);
  expect([stored[0].a, stored[0].b].sort()).toEqual(['Bibliotheek Proefstede', 'OCMW Proefstede']);
  await context.close();
  await phone.context().close();
});
