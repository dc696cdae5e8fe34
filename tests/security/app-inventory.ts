import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What app/ serves: page and route files, and the exported functions of 'use server' files. */
export interface Inventory {
  pages: string[];
  routes: string[];
  actions: { file: string; name: string }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const USE_SERVER = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/;
const EXPORTED_FUNCTION = /export\s+(?:async\s+)?function\s+([A-Za-z0-9_$]+)|export\s+const\s+([A-Za-z0-9_$]+)\s*=/g;

export function inventory(root: string): Inventory {
  const files = walk(path.join(root, 'app')).map((f) => path.relative(root, f).split(path.sep).join('/'));
  const result: Inventory = { pages: [], routes: [], actions: [] };
  for (const file of files) {
    if (/\/page\.(tsx|ts|jsx|js)$/.test(file)) result.pages.push(file);
    if (/\/route\.(ts|js)$/.test(file)) result.routes.push(file);
    if (/\.(ts|tsx|js|jsx)$/.test(file)) {
      const text = readFileSync(path.join(root, file), 'utf8');
      if (USE_SERVER.test(text)) {
        for (const match of text.matchAll(EXPORTED_FUNCTION)) result.actions.push({ file, name: match[1] ?? match[2] });
      }
    }
  }
  return result;
}
