import { describe, expect, it } from 'vitest';
import type { HouseNetwork } from '@/lib/domain/house-network';
import type { LevelCode } from '@/lib/domain/levels';
import { presentationDeck } from '@/lib/domain/presentation/presentation-deck';
import { defaultPresentation, presentationInputFromForm, presentationInputSchema } from '@/lib/domain/presentation/presentation-steps';

const answer = (level: LevelCode) => ({ level, derived: false, version: 1, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null });
const type = (code: string, level: LevelCode | null, mandatory = false) => ({ code, name: code.toUpperCase(), order: 1, cluster: 'c', mandatory, mandatoryNote: null, catalogue: true, answer: level ? answer(level) : null });
const actor = (id: string, level: LevelCode, via: string | null = null) => ({ id, name: `Actor ${id}`, typeCode: 'school', regional: false, level, via, version: 1, updatedAt: null, updatedBy: null, forums: [], otherHouses: [], note: null, owner: null, nextStep: null, due: null });

const network: HouseNetwork = {
  house: { id: 'h', name: 'Huis Proefstede', municipalities: [], province: 'Limburg', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
  clusters: [{ code: 'c', name: 'C', order: 1 }],
  types: [type('ocmw', 'kernpartner'), type('bib', 'gemiddeld'), type('cb', 'minimaal'), type('school', null), type('caw', 'nog_niet'), type('inloop', null, true)],
  actors: [actor('s1', 'indirect', 'f')],
  forums: [{ id: 'f', name: 'Scholenoverleg', regional: false, members: ['s1'] }],
};

/** Each node's place as drawn: the data-x/y the SVG carries (the map's own units). */
function places(svg: string): Record<string, string> {
  return Object.fromEntries([...svg.matchAll(/<g(?: class="appear")? data-id="([^"]+)" data-x="([^"]+)" data-y="([^"]+)"/g)].map((m) => [m[1], `${m[2]},${m[3]}`]));
}
const appearing = (svg: string) => [...svg.matchAll(/<g class="appear" data-id="([^"]+)"/g)].map((m) => m[1]).sort();

describe('the presentation of a map', () => {
  const deck = presentationDeck(network, defaultPresentation(), null, null, new Date('2027-01-15T10:00:00Z'));

  it('adds one layer per step, with its figures', () => {
    expect(deck.map((s) => s.id)).toEqual(['kern', 'betrokken', 'indirect', 'nog-niet', 'ontbrekend', 'voor-na']);
    expect(Object.keys(places(deck[0].svg)).sort()).toEqual(['house', 'type:ocmw']);
    expect(appearing(deck[1].svg)).toEqual(['type:bib', 'type:cb']);
    expect(appearing(deck[2].svg)).toEqual(['actor:s1', 'forum:f']);
    expect(deck[2].detail).toBe('Via: Scholenoverleg (1).');
    expect(appearing(deck[3].svg)).toEqual(['type:caw']);
    expect(appearing(deck[4].svg)).toEqual(['missing:inloop']);
    expect(deck[1].counts).toEqual([
      { label: 'Gemiddeld', value: 1 },
      { label: 'Minimaal', value: 1 },
      { label: 'Rechtstreeks betrokken', value: 3 },
    ]);
    expect(deck[4].counts).toEqual([{ label: 'Ontbrekende verplichte partners', value: 1 }]);
    expect(deck[4].detail).toBe('Ontbreekt: INLOOP.');
  });

  it('keeps every node in its place from step to step, in one frame', () => {
    const all = places(deck[4].svg);
    for (const step of deck) for (const [id, at] of Object.entries(places(step.svg))) expect(at, `${step.id} ${id}`).toBe(all[id]);
    const size = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1];
    expect(new Set(deck.map((s) => size(s.svg))).size).toBe(1);
  });

  it('shows only the steps left visible, in the chosen order, numbered from 1', () => {
    const settings = defaultPresentation();
    settings.steps = [settings.steps[3], ...settings.steps.filter((_, i) => i !== 3)].map((s) => ({ ...s, hidden: s.id === 'betrokken' }));
    const reordered = presentationDeck(network, settings, null, null);
    expect(reordered.map((s) => `${s.number}:${s.id}`)).toEqual(['1:nog-niet', '2:kern', '3:indirect', '4:ontbrekend', '5:voor-na']);
    expect(Object.keys(places(reordered[1].svg)).sort()).toEqual(['house', 'type:caw', 'type:ocmw']);
  });

  it('compares a snapshot with now in the last step', () => {
    const before: HouseNetwork = { ...network, types: network.types.map((t) => (t.code === 'bib' ? { ...t, answer: null } : t)) };
    const compared = presentationDeck(network, defaultPresentation(), { label: 'Stand 2026', takenAt: '2026-06-01T10:00:00Z', network: before }, null);
    expect(compared[5].counts).toEqual([
      { label: 'Bijgekomen', value: 1 },
      { label: 'Gewijzigd', value: 0 },
      { label: 'Verdwenen', value: 0 },
    ]);
    expect(compared[5].subtitle).toContain('Stand 2026');
    // The handout draws it into the map, with the legend; the screen shows both as its own text.
    const printed = presentationDeck(network, defaultPresentation(), { label: 'Stand 2026', takenAt: '2026-06-01T10:00:00Z', network: before }, null, new Date(), 'print');
    expect(printed[5].svg).toContain('Stand 2026');
    expect(printed[5].svg).toContain('id="legend"');
    expect(compared[5].svg).not.toContain('id="legend"');
    expect(compared[5].svg).not.toContain('Stand 2026');
  });

  it('draws the screen map tight around its nodes: no title band, no legend column', () => {
    const printed = presentationDeck(network, defaultPresentation(), null, null, new Date('2027-01-15T10:00:00Z'), 'print');
    const box = (svg: string) => /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number);
    const [screenW, screenH] = box(deck[4].svg);
    const [printW, printH] = box(printed[4].svg);
    expect(printW - screenW).toBeGreaterThanOrEqual(270);
    expect(screenH).toBeLessThan(printH);
    // Same positions in both drawings, shifted by the title band and margin only.
    expect(Object.keys(places(deck[4].svg)).sort()).toEqual(Object.keys(places(printed[4].svg)).sort());
  });

  it('reads the editor’s form and refuses a step twice or no step shown', () => {
    const form = new Map<string, string>([
      ['order', 'voor-na,kern,betrokken,indirect,nog-niet,ontbrekend'],
      ['caption-kern', ' Onze stuurgroep '],
      ['hidden-indirect', 'on'],
      ['version', '3'],
      ['snapshot', ''],
    ]);
    const input = presentationInputSchema.parse(presentationInputFromForm(form));
    expect(input.version).toBe(3);
    expect(input.steps[0].id).toBe('voor-na');
    expect(input.steps[1]).toEqual({ id: 'kern', caption: 'Onze stuurgroep', hidden: false });
    expect(input.steps.find((s) => s.id === 'indirect')?.hidden).toBe(true);
    form.set('order', 'kern,kern,indirect,nog-niet,ontbrekend,voor-na');
    expect(presentationInputSchema.safeParse(presentationInputFromForm(form)).success).toBe(false);
  });
});
