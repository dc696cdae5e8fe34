import { describe, expect, it } from 'vitest';
import { networkFromWire, networkOnWire } from '@/lib/domain/map/network-on-wire';
import { nodeSpecs } from '@/lib/domain/map/node-specs';
import { toElements, toMapModel } from '@/lib/domain/map/to-elements';
import type { HouseNetwork, NetworkActor } from '@/lib/domain/house-network';

describe('the network on the wire of the map page', () => {
  const actor = (i: number): NetworkActor => ({
    id: `a${i}`, name: `Basisschool De Regenboog ${i}`, typeCode: i % 2 ? 'school' : 'ocmw', regional: i % 7 === 0, level: i % 3 ? 'gemiddeld' : 'indirect',
    via: i % 3 ? null : 'f1', version: 1, updatedAt: '2026-10-01T08:00:00Z', updatedBy: 'demo', forums: i % 3 ? [] : [{ id: 'f1', name: 'Scholenoverleg' }], otherHouses: [],
    note: i % 4 ? null : 'Houdt de fiche “actueel”.', owner: null, nextStep: null, due: null, desired: null,
  });
  const network: HouseNetwork = {
    house: { id: 'h1', name: 'Huis van het Kind Proefstede', municipalities: ['Proefstede'], province: 'Antwerpen', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
    clusters: [{ code: 'c1', name: 'Onderwijs', order: 1 }, { code: 'c2', name: 'Welzijn', order: 2 }],
    types: [
      { code: 'school', name: 'School', order: 1, cluster: 'c1', mandatory: false, mandatoryNote: null, catalogue: true, answer: null },
      { code: 'ocmw', name: 'OCMW', order: 2, cluster: 'c2', mandatory: true, mandatoryNote: 'Verplicht', catalogue: true, answer: { level: 'kernpartner', derived: true, version: 2, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null } },
    ],
    actors: Array.from({ length: 60 }, (_, i) => actor(i)),
    forums: [{ id: 'f1', name: 'Scholenoverleg', regional: false, members: ['a0', 'a3'] }],
    ties: [],
  };

  it('arrives as it left, and a page viewed again shares one frozen network, model and label layout', () => {
    const text = networkOnWire(network);
    const read = networkFromWire(text);
    expect(read).toEqual(network);
    // The same text (a repeat view: a new string with the same content) gives the same objects.
    const again = networkFromWire(`${text} `.trimEnd() as typeof text);
    expect(again).toBe(read);
    expect(Object.isFrozen(read.actors[0])).toBe(true);
    expect(toMapModel(read)).toBe(toMapModel(again));
    expect(Object.isFrozen(toMapModel(read).entries[0])).toBe(true);
    expect(nodeSpecs(read.house.name, toMapModel(read), { list: true })).toBe(nodeSpecs(read.house.name, toMapModel(again), { list: true }));
    // Shared, and the same as made fresh from an unfrozen copy: nothing is lost by keeping them.
    expect(toMapModel(read)).toEqual(toMapModel(network));
    expect(nodeSpecs(read.house.name, toMapModel(read), { compact: true })).toEqual(nodeSpecs(network.house.name, toMapModel(network), { compact: true }));
    expect(toElements(read.house.name, toMapModel(read), { clusters: true })).toEqual(toElements(network.house.name, toMapModel(network), { clusters: true }));
  });

  it('keeps the texts read most recently: a house viewed again and again stays shared while others come and go', () => {
    const text = networkOnWire(network);
    const kept = networkFromWire(text);
    for (let i = 0; i < 20; i++) {
      networkFromWire(networkOnWire({ ...network, house: { ...network.house, id: `h${i + 2}` } }));
      expect(networkFromWire(text)).toBe(kept);
    }
  });

  it('changes nothing shared: a change to a kept network fails instead of reaching the next reader', () => {
    const read = networkFromWire(networkOnWire(network));
    expect(() => {
      (read.actors as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
