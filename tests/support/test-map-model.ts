import type { MapEntry } from '@/lib/domain/map/map-entries';
import type { MapModel } from '@/lib/domain/map/to-elements';

const LEVELS = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet'] as const;
const NAMES = ['Consultatiebureau Proefstede-Centrum', 'OCMW Weidebeek', 'Agentschap Integratie en Inburgering, kantoor Regio Proefstede', 'Bibliotheek Linderhoven', 'Vakantie- en speelpleinwerk (organisaties die dit voorzien)', 'CAW Regio Proefstede', 'Gezinsbond afdeling Brakeldonk', 'Kinderdagverblijf Vossemolen-Noord'];

/** A map of `count` entries over five clusters and every level, and two forums. */
export function testMapModel(count: number): MapModel {
  const forums = [{ id: 'f1', name: 'Lokaal Overleg Kinderopvang Proefstede' }, { id: 'f2', name: 'Jeugdraad Weidebeek' }];
  const entries = Array.from({ length: count }, (_, i) => {
    const level = LEVELS[i % LEVELS.length];
    return {
      key: `actor:a${i}`, kind: 'actor', name: `${NAMES[i % NAMES.length]} ${i}`, typeCode: 't', typeName: 't',
      cluster: `c${i % 5}`, clusterName: `Cluster ${i % 5}`, clusterOrder: i % 5, level, mandatory: false, missingMandatory: false,
      derived: false, via: level === 'indirect' ? forums[i % 2] : null, regional: false, forums: [], otherHouses: [], targetId: `a${i}`,
      version: 1, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null, placement: 'ring',
    } as MapEntry;
  }).sort((a, b) => a.clusterOrder - b.clusterOrder || a.name.localeCompare(b.name));
  return { entries, forums };
}
