import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** A module's own source files reached by value imports (type-only imports are erased), from `entry`. */
function reached(entry: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const stack = [path.join(root, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (imports.has(file)) continue;
    const specs = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    imports.set(file, specs);
    for (const spec of specs) {
      const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
      const found = base && ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f));
      if (found) stack.push(found);
    }
  }
  return imports;
}

describe("the map page's browser code", () => {
  // zod is 390 kB of script: the map checks no input in the browser (the server does), so it must
  // not come along with a vocabulary the map reads (levels, tie kinds, arrangements). Issue 13.
  it('does not load zod', () => {
    const withZod = [...reached('components/map/map-workspace.tsx')].filter(([, specs]) => specs.includes('zod')).map(([file]) => path.relative(root, file));
    expect(withZod).toEqual([]);
  });
});
