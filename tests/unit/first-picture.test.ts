import { describe, expect, it } from 'vitest';
import { firstPicture, PHONE_SCREEN } from '@/lib/domain/map/first-picture';
import { LAYOUTS } from '@/lib/domain/map/layouts';
import { forcePicture } from '@/lib/domain/map/layouts/force-picture';
import { nodeSpecs } from '@/lib/domain/map/node-specs';
import type { TieElement } from '@/lib/domain/ties/tie-elements';
import { TIE_STYLES } from '@/lib/domain/ties/tie-style';
import { nodeAtPoint } from '@/components/map/first-picture-hit';
import { testMapModel } from '../support/test-map-model';

const HOUSE = 'Huis van het Kind Proefstede';

/** The label lines drawn for each node id in an SVG of lib/domain/map/to-svg.ts. */
function labelled(svg: string): Set<string> {
  return new Set([...svg.matchAll(/<g(?: class="appear")? data-id="([^"]+)"[^>]*>(.*?)<\/g>/gs)].filter(([, , body]) => /<text/.test(body)).map(([, id]) => id));
}

describe('the map page’s first picture', () => {
  const model = testMapModel(40);

  it('stands where the canvas would place every node, on a laptop and on a phone', () => {
    for (const layout of ['ringen', 'clusters'] as const) {
      const picture = firstPicture(HOUSE, model, layout, [], null)!;
      const list = layout === 'clusters';
      expect(picture.wide.base).toEqual(LAYOUTS[layout].arrange(nodeSpecs(HOUSE, model, { list }), null, {}));
      expect(picture.compact.base).toEqual(LAYOUTS[layout].arrange(nodeSpecs(HOUSE, model, { list, compact: true }), null, { screen: PHONE_SCREEN }));
      // Every node of the map is in the picture, at the position given (data-x/y, the map's units).
      for (const [id, p] of Object.entries(picture.wide.base)) {
        if (id.startsWith('cluster:')) continue;
        expect(picture.wide.svg).toContain(`data-id="${id}" data-x="${Math.round(p.x * 10) / 10}" data-y="${Math.round(p.y * 10) / 10}"`);
      }
    }
  });

  it('names on a phone only the kernpartners and gemiddeld partners, as the phone’s canvas does', () => {
    const picture = firstPicture(HOUSE, model, 'ringen', [], null)!;
    const wide = labelled(picture.wide.svg);
    const compact = labelled(picture.compact.svg);
    const strong = model.entries.filter((e) => e.level === 'kernpartner' || e.level === 'gemiddeld').map((e) => e.key);
    const others = model.entries.filter((e) => e.level !== 'kernpartner' && e.level !== 'gemiddeld').map((e) => e.key);
    expect(strong.length).toBeGreaterThan(0);
    for (const key of [...strong, ...others]) expect(wide.has(key)).toBe(true);
    for (const key of strong) expect(compact.has(key)).toBe(true);
    for (const key of others) expect(compact.has(key)).toBe(false);
  });

  it('puts the saved arrangement over the layout, and says where the house stands', () => {
    const picture = firstPicture(HOUSE, model, 'ringen', [], { 'actor:a3': { x: 900, y: -40 } })!;
    expect(picture.wide.svg).toContain('data-id="actor:a3" data-x="900" data-y="-40"');
    // The layout's own place stays the base: a reset goes back there.
    expect(picture.wide.base['actor:a3']).not.toEqual({ x: 900, y: -40 });
    const [w, h] = [picture.wide.width, picture.wide.height];
    expect(picture.wide.svg).toContain(`viewBox="0 0 ${w} ${h}"`);
    expect(picture.wide.house.x).toBeGreaterThan(0);
    expect(picture.wide.house.x).toBeLessThan(w);
    expect(picture.wide.house.y).toBeGreaterThan(0);
    expect(picture.wide.house.y).toBeLessThan(h);
  });

  it('draws the ties between partners in their kind’s colour and line', () => {
    const tie = (kind: string, source: string, target: string): TieElement => ({
      group: 'edges',
      data: { id: `tie:${kind}`, source, target, tieId: kind, kind, sentence: '', cpd: 40 },
      classes: `tie tie-${kind}`,
    });
    const picture = firstPicture(HOUSE, model, 'ringen', [tie('afstemming', 'actor:a0', 'actor:a1'), tie('doorverwijzing', 'actor:a2', 'actor:gone')], null)!;
    expect(picture.wide.svg).toContain(`Q`);
    expect(picture.wide.svg).toContain(`stroke="${TIE_STYLES.afstemming.colour}"`);
    // A tie whose other end is not on the map is not drawn.
    expect(picture.wide.svg).not.toContain(`stroke="${TIE_STYLES.doorverwijzing.colour}"`);
  });

  it('is drawn for the force layout too: fcose run headless and settled, as the layout worker does', () => {
    const picture = firstPicture(HOUSE, model, 'kracht', [], null);
    const specs = nodeSpecs(HOUSE, model, {});
    expect(picture.wide.base).toEqual(forcePicture(specs, {}));
    expect(picture.compact.base).toEqual(forcePicture(nodeSpecs(HOUSE, model, { compact: true }), { screen: PHONE_SCREEN }));
    // Not the rings it starts from, and the same picture on every run.
    expect(picture.wide.base).not.toEqual(LAYOUTS.kracht.arrange(specs, null, {}));
    expect(firstPicture(HOUSE, model, 'kracht', [], null).wide.base).toEqual(picture.wide.base);
    for (const s of specs) expect(picture.wide.svg).toContain(`data-id="${s.id}"`);
  });

  it('finds the organisation under a click on the picture, fitted or at a phone’s zoom', () => {
    const picture = firstPicture(HOUSE, model, 'ringen', [], null)!;
    const keys = model.entries.map((e) => e.key);
    const frame = picture.wide;
    const house = frame.drawn.house;
    // Where a node is drawn in a box of the given size: the picture fitted and centred in it.
    const screenOf = (id: string, box: DOMRect) => {
      const scale = Math.min(box.width / frame.width, box.height / frame.height);
      const left = box.left + (box.width - frame.width * scale) / 2;
      const top = box.top + (box.height - frame.height * scale) / 2;
      return { x: left + (frame.drawn[id].x - house.x + frame.house.x) * scale, y: top + (frame.drawn[id].y - house.y + frame.house.y) * scale };
    };
    const box = { left: 40, top: 120, width: 1200, height: 600 } as DOMRect;
    for (const id of ['actor:a0', 'actor:a17', 'actor:a39']) {
      const at = screenOf(id, box);
      expect(nodeAtPoint(frame, box, at, keys)).toBe(id);
      expect(nodeAtPoint(frame, box, { x: at.x + 3, y: at.y - 2 }, keys)).toBe(id);
    }
    // The house is not an organisation; an empty corner hits nothing.
    expect(nodeAtPoint(frame, box, screenOf('house', box), keys)).toBeNull();
    expect(nodeAtPoint(frame, box, { x: box.left + 1, y: box.top + 1 }, keys)).toBeNull();
  });
});
