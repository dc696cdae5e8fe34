import { describe, expect, it } from 'vitest';
import { arrangedPositions, movedNodes } from '@/lib/domain/arrangement';
import { parsePositionsText } from '@/lib/domain/arrangement-input';

describe('a saved arrangement over a layout’s positions', () => {
  const layout = { house: { x: 0, y: 0 }, 'type:ocmw': { x: 100, y: 0 }, 'actor:nieuw': { x: 0, y: 100 } };

  it('takes the saved place of every node it names, the layout’s own for nodes added later, and ignores nodes that are gone', () => {
    const saved = { house: { x: 5, y: 5 }, 'type:ocmw': { x: -40, y: 12 }, 'type:weg': { x: 1, y: 1 } };
    expect(arrangedPositions(layout, saved)).toEqual({ house: { x: 5, y: 5 }, 'type:ocmw': { x: -40, y: 12 }, 'actor:nieuw': { x: 0, y: 100 } });
    expect(arrangedPositions(layout, null)).toBe(layout);
  });

  it('reads positions from JSON text, rounded to a tenth, and refuses what is no map position in Dutch', () => {
    expect(parsePositionsText('{"house":{"x":1.234,"y":-0.06}}')).toEqual({ ok: true, positions: { house: { x: 1.2, y: -0.1 } } });
    expect(parsePositionsText('[')).toEqual({ ok: false, message: 'De posities zijn geen geldige JSON.' });
    expect(parsePositionsText('{"cluster:gezondheid":{"x":1,"y":1}}').ok).toBe(false);
    expect(parsePositionsText('{"house":{"x":1,"y":1,"z":3}}').ok).toBe(false);
    expect(parsePositionsText('{"house":{"x":null,"y":1}}').ok).toBe(false);
    expect(parsePositionsText('{}')).toEqual({ ok: false, message: 'Er zijn geen posities om op te slaan.' });
  });

  it('counts the nodes that moved', () => {
    expect(movedNodes(layout, { ...layout, house: { x: 0.2, y: 0 }, 'type:ocmw': { x: 130, y: 0 } })).toBe(1);
    expect(movedNodes(null, layout)).toBe(3);
  });
});
