import { ACTOR_NAMING } from '@/seed/demo/actor-names';
import type { LevelCode } from '@/lib/domain/levels';
import type { FixtureActor, FixtureNetwork } from './network-fixture';

/** The fictional area of the large house: six municipalities, one region. */
const MUNICIPALITIES = ['Proefstede', 'Weidebeek', 'Linderhoven', 'Brakeldonk', 'Vossemolen', 'Heidebroek'];
const REGION = 'Regio Proefstede';

const FORUMS = [
  'Lokaal Overleg Kinderopvang Proefstede',
  'Jeugdraad Weidebeek',
  'Lokaal armoedeoverleg Linderhoven',
  'Gezondheidsraad Brakeldonk',
  'Scholenoverleg Vossemolen',
  'Perinataal overleg Regio Proefstede',
];

/** The share of each level, strongest first: a big, busy house (the report's largest count). */
const LEVEL_CYCLE: LevelCode[] = ['kernpartner', 'gemiddeld', 'minimaal', 'gemiddeld', 'nog_niet', 'minimaal', 'indirect', 'kernpartner', 'minimaal', 'nog_niet', 'gemiddeld', 'indirect', 'minimaal', 'kernpartner', 'nog_niet', 'gemiddeld', 'indirect', 'minimaal', 'gemiddeld', 'nog_niet'];

/**
 * A house with `count` named organisations, far more than any demo house (the largest has 67 on
 * its map): the map's worst case for the legibility bench and test. Names follow the demo's naming
 * per type (seed/demo/actor-names.ts) over six municipalities, levels cycle through every ring,
 * and indirect ones hang from six forums. Deterministic. A test fixture, never one of the 116
 * demo houses: tests create it and remove it, so the survey figures stay exact.
 */
export function largeHouseNetwork(count = 150): FixtureNetwork {
  const actors: FixtureActor[] = [];
  const names = new Set<string>();
  const kinds = Object.entries(ACTOR_NAMING);
  for (let round = 0; actors.length < count && round < 20; round += 1) {
    for (const [type, naming] of kinds) {
      if (actors.length >= count) break;
      const template = naming.names[round % naming.names.length];
      const name = template.replace('{m}', MUNICIPALITIES[round % MUNICIPALITIES.length]).replace('{r}', REGION);
      if (names.has(name) || (naming.scope === 'regional' && round > 1)) continue;
      names.add(name);
      const level = LEVEL_CYCLE[actors.length % LEVEL_CYCLE.length];
      actors.push({ name, type, level, via: level === 'indirect' ? FORUMS[actors.length % FORUMS.length] : undefined });
    }
  }
  return { actors, forums: FORUMS.map((name) => ({ name })), urbanisation: 'centrumstad' };
}
