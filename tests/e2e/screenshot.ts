import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const DIR = path.resolve('test-results', 'screenshots');

/** Saves a full-page screenshot under test-results/screenshots/ for review (1280 and 390 px). */
export async function saveScreenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  const original = page.viewportSize();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    const file = path.join(DIR, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  if (original) await page.setViewportSize(original);
  return files;
}
