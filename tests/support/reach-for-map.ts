import type { Page } from '@playwright/test';

/**
 * The house page first shows the server's picture of the map and starts Cytoscape when the
 * reader reaches for the map (components/map/house-map-canvas.tsx). This does what a person's
 * pointer does: once the page answers (the picture is hydrated, or the map is drawn already), it
 * moves onto the picture. Pages without a first picture are left as they are.
 */
export async function reachForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="house-map"]') as HTMLElement | null;
      return !!el && (el.dataset.layoutReady === 'true' || el.dataset.firstPicture === 'svg' || el.dataset.engagedAt !== undefined);
    },
    null,
    { timeout: 30_000 },
  );
  const picture = page.getByTestId('first-picture');
  if ((await picture.count()) > 0) await picture.hover();
}
