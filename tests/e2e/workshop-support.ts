import { expect, type Browser, type Page } from '@playwright/test';

/** A participant joins on a phone-sized screen with the code and a name. */
export async function joinAs(browser: Browser, code: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/workshop');
  await page.getByLabel('Code van de workshop').fill(code.toLowerCase());
  await page.getByLabel('Uw naam').fill(name);
  await page.getByRole('button', { name: 'Doe mee' }).click();
  await page.waitForURL(`**/workshop/${code}`);
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  return page;
}

/** The participant picks an actor and sends "nu" / "gewenst". */
export async function propose(page: Page, key: string, now: string | null, desired: string | null, note = ''): Promise<void> {
  await page.getByTestId('actor-choices').locator(`[data-key="${key}"]`).click();
  const form = page.getByTestId('proposal-form');
  if (now) await form.locator(`input[name=now][value=${now}]`).check();
  if (desired) await form.locator(`input[name=desired][value=${desired}]`).check();
  if (note) await form.getByLabel('Notitie (niet verplicht)').fill(note);
  await form.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(page.getByTestId('participant-flash')).toBeVisible();
}

/** The level a participant's list shows for an entry. */
export function choiceLevel(page: Page, key: string) {
  return page.getByTestId('actor-choices').locator(`[data-key="${key}"] [data-testid=choice-level]`);
}

/** Classes of a node on the projector's map. */
export async function nodeClasses(page: Page, key: string): Promise<string> {
  return page.evaluate((id) => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    return cy.getElementById(id).classes().join(' ');
  }, key);
}
