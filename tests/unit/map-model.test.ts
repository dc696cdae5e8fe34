import { describe, expect, it } from 'vitest';
import type { HouseNetwork, NetworkActor, NetworkType } from '@/lib/domain/house-network';
import { hiddenKeys, searchMatches } from '@/lib/domain/map/filter-entries';
import { arrangeMap } from '@/lib/domain/map/layouts/arrange-map';
import { RINGS_DEFAULTS } from '@/lib/domain/map/layouts/rings';
import { ringOf, toMapEntries } from '@/lib/domain/map/map-entries';
import { trimForMap } from '@/lib/domain/map/trim-for-map';
import { HOUSE_NODE_ID, forumNodeId, toElements, toMapModel } from '@/lib/domain/map/to-elements';

function type(code: string, cluster: string, mandatory: boolean, level: NetworkType['answer'] extends infer A ? (A extends { level: infer L } ? L | null : never) : never): NetworkType {
  return {
    code, name: code.toUpperCase(), order: 1, cluster, mandatory, mandatoryNote: null, catalogue: true,
    answer: level ? { level, derived: false, version: 3, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null } : null,
  };
}

function actor(id: string, typeCode: string, level: NetworkActor['level'], extra: Partial<NetworkActor> = {}): NetworkActor {
  return { id, name: `Actor ${id}`, typeCode, regional: false, level, via: null, version: 1, updatedAt: null, updatedBy: null, forums: [], otherHouses: [], note: null, owner: null, nextStep: null, due: null, ...extra };
}

const network: HouseNetwork = {
  house: { id: 'h1', name: 'Huis', municipalities: ['A'], province: 'Antwerpen', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
  clusters: [
    { code: 'c1', name: 'Eerste', order: 1 },
    { code: 'c2', name: 'Tweede', order: 2 },
  ],
  types: [
    type('ocmw', 'c1', false, 'kernpartner'),
    type('cb', 'c2', true, null),
    type('inloop', 'c2', true, 'nog_niet'),
    type('regioteam', 'c2', true, 'niet_aanwezig'),
    type('school', 'c1', false, 'indirect'),
    type('politie', 'c1', false, 'niet'),
    type('bib', 'c1', false, null),
    type('caw', 'c2', true, 'gemiddeld'),
  ],
  actors: [
    actor('s1', 'school', 'indirect', { via: 'f1' }),
    actor('s2', 'school', 'minimaal'),
    actor('caw1', 'caw', 'niet'),
  ],
  forums: [{ id: 'f1', name: 'Scholenoverleg', regional: false, members: ['s1'] }],
};

describe('the map model', () => {
  const entries = toMapEntries(network);
  const byKey = Object.fromEntries(entries.map((e) => [e.key, e]));

  it('shows named organisations instead of their type, and a type answer where none are named', () => {
    expect(byKey['type:school']).toBeUndefined();
    expect(byKey['actor:s1']).toMatchObject({ level: 'indirect', via: { id: 'f1', name: 'Scholenoverleg' }, placement: 'ring' });
    expect(byKey['type:ocmw']).toMatchObject({ level: 'kernpartner', placement: 'ring', targetId: 'ocmw', version: 3 });
  });

  it('puts niet aanwezig and niet in the tray, and leaves unanswered optional types off the map', () => {
    expect(byKey['type:regioteam'].placement).toBe('tray');
    expect(byKey['type:politie'].placement).toBe('tray');
    expect(entries.some((e) => e.typeCode === 'bib')).toBe(false);
  });

  it('places a warning placeholder for each mandatory partner that is missing, never for niet aanwezig', () => {
    expect(byKey['missing:cb']).toMatchObject({ kind: 'missing', level: null, placement: 'ring', missingMandatory: true });
    // caw's only organisation is "niet": the type is a gap; the organisation stays in the tray.
    expect(byKey['missing:caw']).toMatchObject({ level: 'niet', missingMandatory: true });
    expect(byKey['actor:caw1'].placement).toBe('tray');
    // nog niet: the ghost node itself carries the warning, no extra placeholder.
    expect(byKey['missing:inloop']).toBeUndefined();
    expect(byKey['type:inloop']).toMatchObject({ missingMandatory: true, placement: 'ring' });
    expect(byKey['missing:regioteam']).toBeUndefined();
  });

  it('sorts by cluster, then name, and rings by level', () => {
    expect(entries.map((e) => e.cluster)).toEqual([...entries.map((e) => e.cluster)].sort());
    expect(ringOf(byKey['type:ocmw'])).toBe(1);
    expect(ringOf(byKey['actor:s1'])).toBe(4);
    expect(ringOf(byKey['missing:cb'])).toBe(5);
    expect(ringOf(byKey['type:inloop'])).toBe(5);
  });

  it('routes an indirect link through its forum, labelled with the forum', () => {
    const elements = toElements('Huis', toMapModel(network));
    const edge = elements.find((e) => e.data.id === 'edge:actor:s1')!;
    expect(edge.data).toMatchObject({ source: forumNodeId('f1'), target: 'actor:s1', label: 'via Scholenoverleg' });
    expect(edge.classes).toContain('via');
    expect(elements.find((e) => e.data.id === `edge:${forumNodeId('f1')}`)!.data).toMatchObject({ source: HOUSE_NODE_ID });
    expect(elements.some((e) => e.data.id === 'type:politie')).toBe(false);
    expect(elements.find((e) => e.data.id === 'missing:cb')!.classes).toContain('missing');
    expect(elements.find((e) => e.data.id === 'type:inloop')!.classes).toContain('ghost');
  });

  it('adds the clusters as compound parents in the clusters view', () => {
    const elements = toElements('Huis', toMapModel(network), { clusters: true });
    expect(elements.filter((e) => e.classes === 'cluster').map((e) => e.data.id)).toEqual(['cluster:c1', 'cluster:c2']);
    expect(elements.find((e) => e.data.id === 'type:ocmw')!.data.parent).toBe('cluster:c1');
  });
});

describe('the network the map page carries', () => {
  it('leaves out unanswered optional types, and gives a kept (frozen) network the same trim every time', () => {
    const trimmed = trimForMap(network);
    // 'bib' is optional and unanswered: off the wire; the mandatory 'cb' stays though unanswered.
    expect(trimmed.types.map((t) => t.code)).toEqual(['ocmw', 'cb', 'inloop', 'regioteam', 'school', 'politie', 'caw']);
    expect(trimForMap(network)).not.toBe(trimmed);
    const kept = Object.freeze({ ...network });
    const once = trimForMap(kept);
    expect(once).toEqual(trimmed);
    expect(trimForMap(kept)).toBe(once);
    expect(Object.isFrozen(once)).toBe(true);
  });
});

describe('the layouts', () => {
  const model = toMapModel(network);
  // Rings are ellipses, wider than tall: measure in ring units.
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x / RINGS_DEFAULTS.aspects[0], p.y);

  it('rings: the house in the centre, each level further out, the same positions on every call', () => {
    const { positions } = arrangeMap('Huis', model, 'ringen');
    expect(positions[HOUSE_NODE_ID]).toEqual({ x: 0, y: 0 });
    const kern = distance(positions['type:ocmw']);
    const min = distance(positions['actor:s2']);
    const ind = distance(positions['actor:s1']);
    const outer = distance(positions['missing:cb']);
    expect(kern).toBeLessThan(min);
    expect(min).toBeLessThan(ind);
    expect(ind).toBeLessThan(outer);
    expect(distance(positions[forumNodeId('f1')])).toBeLessThan(ind);
    expect(arrangeMap('Huis', toMapModel(structuredClone(network)), 'ringen').positions).toEqual(positions);
  });

  it('clusters: every node on the map gets a position', () => {
    const { positions } = arrangeMap('Huis', model, 'clusters');
    for (const e of model.entries.filter((x) => x.placement === 'ring')) expect(positions[e.key]).toBeDefined();
    expect(positions[HOUSE_NODE_ID]).toBeDefined();
  });
});

describe('filters and search', () => {
  const entries = toMapEntries(network);
  it('hides other levels and clusters; search ignores case and accents', () => {
    const hidden = hiddenKeys(entries, { levels: new Set(['kernpartner']), clusters: new Set(), search: '' });
    expect(hidden.has('type:ocmw')).toBe(false);
    expect(hidden.has('actor:s2')).toBe(true);
    expect(hiddenKeys(entries, { levels: new Set(), clusters: new Set(['c2']), search: '' }).has('type:ocmw')).toBe(true);
    expect([...searchMatches(entries, 'SCHÖLENoverleg')]).toEqual(['actor:s1']);
  });
});
