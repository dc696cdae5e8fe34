import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from '@playwright/test';

type Playwright = PlaywrightWorkerArgs['playwright'];

/** HTTP helpers for the security tests: signed-in request contexts and server action calls. */
let addressCounter = 0;

/** A distinct client address per context, so the per-address login limit of one test never hits another. */
export function uniqueAddress(): string {
  addressCounter += 1;
  return `192.0.2.${(addressCounter % 250) + 1}`;
}

export async function anonymous(playwright: Playwright, baseURL: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, 'X-Forwarded-For': uniqueAddress() } });
}

export async function signedIn(playwright: Playwright, baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await anonymous(playwright, baseURL);
  const response = await context.post('/api/auth/sign-in/email', { data: { email, password } });
  if (response.status() !== 200) throw new Error(`sign-in of ${email} failed: ${response.status()} ${await response.text()}`);
  return context;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** The build's server action ids, by `file#name`, with the pages that can receive them. */
export function readActionManifest(): Map<string, { id: string; pages: string[] }> {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next-test';
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  const actions = new Map<string, { id: string; pages: string[] }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, pages: Object.keys(entry.workers) });
  }
  return actions;
}

/** 'app/huizen/[id]/page' → '/huizen/<house>'; 'app/workshop/[code]/…' → '/workshop/<workshop>/…'. */
export function pagePath(worker: string, house: string, workshop = ''): string {
  const route = worker.replace(/^app/, '').replace(/\/page$/, '') || '/';
  return route.replace('[id]', house).replace('[code]', workshop);
}

/** A participant's request context: no account, the workshop token cookie sent on every path. */
export async function participant(playwright: Playwright, baseURL: string, token: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, 'X-Forwarded-For': uniqueAddress(), Cookie: `netwerkkaart.deelnemer=${token}` } });
}

/** The cookie header a request context would send (for plain fetch). */
export async function cookieHeader(context: APIRequestContext): Promise<string> {
  return (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * Opens a never-ending stream (SSE), returns its status and content type, and closes it: the
 * request contexts of Playwright would wait for the body's end.
 */
export async function streamStatus(baseURL: string, path: string, headers: Record<string, string>): Promise<{ status: number; type: string }> {
  const controller = new AbortController();
  const response = await fetch(new URL(path, baseURL), { headers, signal: controller.signal });
  const result = { status: response.status, type: response.headers.get('content-type') ?? '' };
  controller.abort();
  return result;
}

/**
 * Calls a server action the way React does (fetch with a Next-Action header and the arguments
 * encoded as a reply): the bound arguments, the previous form state, then the FormData.
 */
export function callAction(
  context: APIRequestContext,
  options: { id: string; path: string; args: unknown[]; prev?: unknown; fields: Record<string, string> },
): Promise<APIResponse> {
  const root = [...options.args, ...(options.prev === undefined ? [] : [options.prev]), '$K1'];
  // The form's entries must come before the root part "0", as React sends them: the server
  // resolves the root as soon as it arrives, reading the entries received so far.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(options.fields)) multipart.append(`_1_${key}`, value);
  multipart.append('0', JSON.stringify(root));
  return context.post(options.path, {
    headers: { 'Next-Action': options.id, Accept: 'text/x-component' },
    multipart,
    maxRedirects: 0,
  });
}

/** Where an action's answer sends the browser, if anywhere. */
export function actionRedirect(response: APIResponse): string | null {
  const header = response.headers()['x-action-redirect'] ?? response.headers()['location'] ?? null;
  return header ? header.split(';')[0] : null;
}
