import { describe, expect, it } from 'vitest';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { diffDecorations, diffNetworks, mergeForComparison } from '@/lib/domain/snapshot-diff';
import { toMapEntries } from '@/lib/domain/map/map-entries';

const base: HouseNetwork = {
  house: { id: 'h', name: 'H', municipalities: [], province: 'Limburg', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
  clusters: [{ code: 'c', name: 'C', order: 1 }],
  types: [],
  actors: [],
  forums: [],
};
const answer = (level: 'kernpartner' | 'minimaal' | 'indirect') => ({ level, derived: false, version: 1, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null });
const type = (code: string, level: 'kernpartner' | 'minimaal' | 'indirect' | null) => ({ code, name: code, order: 1, cluster: 'c', mandatory: false, mandatoryNote: null, catalogue: true, answer: level ? answer(level) : null });
const actor = (id: string, level: 'kernpartner' | 'minimaal' | 'indirect', via: string | null = null) => ({ id, name: id, typeCode: 'school', regional: false, level, via, version: 1, updatedAt: null, updatedBy: null, forums: [], otherHouses: [], note: null, owner: null, nextStep: null, due: null });

describe('comparing two states of a map', () => {
  const before: HouseNetwork = { ...base, types: [type('ocmw', 'minimaal'), type('bib', 'kernpartner'), type('school', null)], actors: [actor('s1', 'minimaal'), actor('s2', 'indirect')], forums: [{ id: 'f', name: 'Scholenoverleg', regional: false, members: [] }] };
  const after: HouseNetwork = { ...base, types: [type('ocmw', 'kernpartner'), type('bib', null), type('school', null), type('cb', 'minimaal')], actors: [actor('s2', 'indirect', 'f'), actor('s3', 'kernpartner')], forums: [{ id: 'f', name: 'Scholenoverleg', regional: false, members: [] }] };
  const diff = diffNetworks(before, after);

  it('lists added, removed and changed actors, a new forum route counting as a change', () => {
    expect(diff.added.map((d) => d.key).sort()).toEqual(['actor:s3', 'type:cb']);
    expect(diff.removed.map((d) => d.key).sort()).toEqual(['actor:s1', 'type:bib']);
    expect([...diff.changed].sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'actor:s2', name: 's2', typeName: 'school', from: 'indirect', to: 'indirect', viaFrom: null, viaTo: 'Scholenoverleg' },
      { key: 'type:ocmw', name: 'ocmw', typeName: 'ocmw', from: 'minimaal', to: 'kernpartner', viaFrom: null, viaTo: null },
    ]);
    expect(diffDecorations(diff)).toMatchObject({ 'actor:s3': 'diff-added', 'type:bib': 'diff-removed', 'type:ocmw': 'diff-changed' });
  });

  it('draws the removed ones on the comparison map too', () => {
    const keys = toMapEntries(mergeForComparison(before, after, diff)).map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['actor:s1', 'type:bib', 'actor:s3', 'type:cb']));
  });
});
