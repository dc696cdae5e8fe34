import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LEVEL_STYLES, MAP_COLOURS } from '@/lib/domain/level-style';
import { LEVEL_CODES } from '@/lib/domain/levels';
import { LINK_WIDTH, MAP_LEGEND } from '@/lib/domain/map/legend';
import { mapStylesheet } from '@/lib/domain/map/stylesheet';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('level colours (WCAG AA)', () => {
  it.each(LEVEL_CODES)('%s: text on its fill at least 4.5:1, border on white at least 3:1', (code) => {
    expect(contrast(LEVEL_STYLES[code].text, LEVEL_STYLES[code].fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(LEVEL_STYLES[code].border, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('map labels and the warning colour read on white', () => {
    for (const colour of [MAP_COLOURS.ink, MAP_COLOURS.muted, MAP_COLOURS.warning, MAP_COLOURS.forum]) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('no two levels on the map share both shape and line style: colour is never the only cue', () => {
    const onMap = MAP_LEGEND.map((item) => `${item.shape}/${item.line}/${item.borderStyle}/${item.size}`);
    expect(new Set(onMap).size).toBe(onMap.length);
  });

  it('the stylesheet takes its colours from lib/level-style.ts', () => {
    const rule = mapStylesheet().find((r) => r.selector === 'node.level-kernpartner')!;
    expect(rule.style['background-color']).toBe(LEVEL_STYLES.kernpartner.fill);
    expect(rule.style.shape).toBe(LEVEL_STYLES.kernpartner.shape);
  });

  it("Cytoscape draws each link in its level's colour, width and line style (no later rule paints over it)", () => {
    // Cytoscape applies the rules in order, a later one winning whatever its selector: computed
    // here by Cytoscape itself (headless), as the canvas computes it.
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStylesheet() as unknown as cytoscape.StylesheetJson });
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    cy.add({ group: 'nodes', data: { id: 'house' } });
    for (const code of LEVEL_CODES) {
      cy.add({ group: 'nodes', data: { id: code } });
      const edge = cy.add({ group: 'edges', data: { id: `edge:${code}`, source: 'house', target: code }, classes: `link level-${code}` });
      expect(edge.style('line-color'), code).toBe(rgb(LEVEL_STYLES[code].border));
      expect(edge.style('width'), code).toBe(`${LINK_WIDTH[code]}px`);
      const line = LEVEL_STYLES[code].line;
      expect(edge.style('line-style'), code).toBe(line === 'dotted' || line === 'dashed' ? 'dashed' : 'solid');
    }
    cy.destroy();
  });
});
