import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory } from '../security/app-inventory';
import { ROUTES, SENSITIVE } from '../security/route-table';

const root = path.resolve(__dirname, '..', '..');
const found = inventory(root);

describe('every route of app/ has a security decision and a test', () => {
  it('lists every page', () => {
    const listed = ROUTES.filter((r) => r.type === 'page').map((r) => r.file);
    expect(found.pages.filter((f) => !listed.includes(f)), 'pages missing from tests/security/route-table.ts').toEqual([]);
  });

  it('lists every route handler', () => {
    const listed = ROUTES.filter((r) => r.type === 'route').map((r) => r.file);
    expect(found.routes.filter((f) => !listed.includes(f)), 'route handlers missing from tests/security/route-table.ts').toEqual([]);
  });

  it("lists every exported function of every 'use server' file", () => {
    const listed = ROUTES.filter((r) => r.type === 'action').map((r) => (r.type === 'action' ? `${r.file}#${r.name}` : ''));
    const missing = found.actions.map((a) => `${a.file}#${a.name}`).filter((key) => !listed.includes(key));
    expect(missing, 'server actions missing from tests/security/route-table.ts').toEqual([]);
  });

  it('lists nothing that no longer exists', () => {
    const existing = new Set([...found.pages, ...found.routes, ...found.actions.map((a) => `${a.file}#${a.name}`)]);
    const stale = ROUTES.map((r) => (r.type === 'action' ? `${r.file}#${r.name}` : r.file)).filter((key) => !existing.has(key));
    expect(stale).toEqual([]);
  });

  it('gives a reason for every public route where house data lives, and a way to call every guarded action', () => {
    for (const entry of ROUTES) {
      if (entry.access.kind === 'public' || entry.access.kind === 'special') expect(entry.access.reason.length, entry.file).toBeGreaterThan(10);
      if (entry.type === 'action' && ['house-edit', 'agency', 'admin'].includes(entry.access.kind)) expect(entry.call, `${entry.file}#${entry.name}`).toBeDefined();
      if (entry.type !== 'action' && entry.access.kind === 'house-read') expect(entry.path).toContain('{house}');
      if (entry.type !== 'action' && ['workshop-run', 'participant', 'participant-or-run'].includes(entry.access.kind)) expect(entry.path).toContain('{workshop}');
      if (entry.type === 'action' && entry.access.kind === 'workshop-run') expect(entry.call, `${entry.file}#${entry.name}`).toBeDefined();
    }
    const sensitivePublic = ROUTES.filter((r) => SENSITIVE.some((re) => re.test(r.file)) && r.access.kind === 'public');
    expect(sensitivePublic.map((r) => r.file)).toEqual(['app/workshop/page.tsx', 'app/w/[code]/route.ts']);
  });
});
