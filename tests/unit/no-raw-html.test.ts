import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// React escapes text; raw HTML is the one way around that. Each use must be listed here with
// the reason it is safe, and user text in it must be escaped where it is built.
const ALLOWED: Record<string, string> = {
  'app/huizen/[id]/afdrukken/page.tsx': 'The map SVG from lib/domain/map/to-svg.ts, which escapes every label (escapeXml); checked with hostile names in tests/e2e/hostile-text.spec.ts.',
  'components/presentation/presentation-view.tsx': 'Each step’s map SVG from lib/domain/map/to-svg.ts (lib/domain/presentation/presentation-deck.ts), which escapes every label (escapeXml); captions are React text.',
  'components/timeline/timeline-view.tsx': 'The map SVG at a moment and of a comparison, from lib/domain/map/to-svg.ts, which escapes every label (escapeXml).',
  'components/map/phone-zoom.tsx': 'The deellink’s map SVG (components/share/shared-map-view.tsx) from lib/domain/map/to-svg.ts, which escapes every label (escapeXml).',
};

const root = path.resolve(__dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(tsx?|jsx?)$/.test(name) ? [full] : [];
  });
}

describe('raw HTML', () => {
  it('is used only where listed, with its reason', () => {
    const users = ['app', 'components', 'lib']
      .flatMap((dir) => walk(path.join(root, dir)))
      .filter((file) => readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'))
      .map((file) => path.relative(root, file).split(path.sep).join('/'));
    expect(users.filter((file) => !ALLOWED[file])).toEqual([]);
  });
});
