import { LEVELS, strongestLevel, type LevelCode } from '../../lib/domain/levels';
import { ACTOR_NAMING, type ActorNaming } from './actor-names';
import type { DemoActor, DemoForum, DemoInvolvement } from './demo-types';
import { FORUM_KINDS, forumKindFor, type ForumKind } from './forum-kinds';
import type { HouseFrame, Region } from './house-frame';
import { DUE_DATES, NEXT_STEPS, NOTES, OWNERS } from './involvement-text';
import type { Random } from './prng';

/** Answers that a named house backs with named organisations (niet / niet aanwezig have none). */
const NAMED_LEVELS: ReadonlySet<LevelCode> = new Set(['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet']);

export interface TypeInfo {
  name: string;
  cluster: string;
  /** For an added kind: the name template of an organisation of it (`{m}`: municipality). */
  label?: string;
}

export interface HouseNetwork {
  involvements: DemoInvolvement[];
  forums: string[];
  /** Type codes whose answer is derived from named organisations. */
  derived: Set<string>;
}

interface Organisation {
  id: string;
  name: string;
  regional: boolean;
}

/**
 * Builds the organisations, forums and involvements of the named houses. For every answer with a
 * level in NAMED_LEVELS, the house names one or more organisations of that type: the first carries
 * the answer's level, the others a level no stronger, so the answer is their strongest level
 * (checked here). Indirect involvements run through a forum the house takes part in and the actor
 * is a member of; every ‘nog niet’ gets an owner, a next step and a due date.
 */
export function buildNamedNetworks(
  houses: HouseFrame[],
  answers: { typeCode: string; level: LevelCode }[][],
  named: ReadonlySet<number>,
  regions: Region[],
  types: ReadonlyMap<string, TypeInfo>,
  random: Random,
): { actors: DemoActor[]; forums: DemoForum[]; networks: HouseNetwork[] } {
  const actors = new Map<string, DemoActor>();
  const forums = new Map<string, DemoForum>();
  const regionOf = new Map(regions.map((r) => [r.id, r]));

  const forumFor = (kind: ForumKind, house: HouseFrame): string => {
    const spec = FORUM_KINDS[kind];
    const region = regionOf.get(house.region)!;
    const id = spec.regional ? `demo-forum-${region.id.replace(/^demo-/, '')}-${kind}` : `demo-forum-${house.id}-${kind}`;
    if (!forums.has(id)) {
      forums.set(id, { id, name: `${spec.label} ${spec.regional ? region.name : house.municipalities[0]}`, regional: spec.regional });
    }
    return id;
  };

  const networks = houses.map((house, h): HouseNetwork => {
    const network: HouseNetwork = { involvements: [], forums: [], derived: new Set() };
    if (!named.has(h)) return network;
    // A house makes its offer known in the Lokaal Overleg Kinderopvang (decree Art. 12, quoted l. 2430-2431).
    const houseForums = new Set([forumFor('lok', house)]);
    for (const answer of answers[h]) {
      if (!NAMED_LEVELS.has(answer.level)) continue;
      const type = types.get(answer.typeCode);
      if (!type) throw new Error(`Unknown type ${answer.typeCode}`);
      const organisations = organisationsFor(answer.typeCode, type, house, regionOf.get(house.region)!, random);
      const levels = [answer.level, ...organisations.slice(1).map(() => weakerLevel(answer.level, random))];
      if (strongestLevel(levels) !== answer.level) throw new Error(`Derived level differs for ${house.id} ${answer.typeCode}`);
      organisations.forEach((org, i) => {
        const actor = actors.get(org.id) ?? { id: org.id, name: org.name, typeCode: answer.typeCode, regional: org.regional, forums: [] };
        actors.set(org.id, actor);
        const level = levels[i];
        let via: string | null = null;
        if (level === 'indirect') {
          via = forumFor(forumKindFor(answer.typeCode, type.cluster), house);
          houseForums.add(via);
          if (!actor.forums.includes(via)) actor.forums.push(via);
        }
        const planned = level === 'nog_niet';
        const notes = NOTES[level];
        network.involvements.push({
          actorId: org.id,
          level,
          note: level === 'indirect' ? `Het huis is vertegenwoordigd in ${forums.get(via!)!.name}.` : notes ? random.pick(notes) : null,
          owner: planned ? random.pick(OWNERS) : null,
          nextStep: planned ? random.pick(NEXT_STEPS) : null,
          due: planned ? random.pick(DUE_DATES) : null,
          via,
        });
      });
      network.derived.add(answer.typeCode);
    }
    network.forums = [...houseForums].sort();
    network.involvements.sort((a, b) => a.actorId.localeCompare(b.actorId));
    return network;
  });
  for (const actor of actors.values()) actor.forums.sort();
  return {
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    forums: [...forums.values()].sort((a, b) => a.id.localeCompare(b.id)),
    networks,
  };
}

/** A level for a second or third organisation of a type: never stronger than the answer. */
function weakerLevel(level: LevelCode, random: Random): LevelCode {
  if (level === 'indirect') return random.chance(0.8) ? 'indirect' : 'nog_niet';
  if (level === 'nog_niet') return random.chance(0.7) ? 'nog_niet' : 'niet';
  if (random.chance(0.15)) return 'nog_niet';
  const direct = (['minimaal', 'gemiddeld', 'kernpartner'] as const).filter((l) => LEVELS[l].strength <= LEVELS[level].strength);
  return random.pick(direct);
}

function organisationsFor(code: string, type: TypeInfo, house: HouseFrame, region: { id: string; name: string }, random: Random): Organisation[] {
  const main = house.municipalities[0];
  if (type.label) {
    return [{ id: `demo-actor-${house.id}-${code}`, name: type.label.replace('{m}', main), regional: false }];
  }
  const naming: ActorNaming = ACTOR_NAMING[code] ?? { scope: 'local', names: [`${type.name} {m}`] };
  const fill = (template: string, municipality: string) => template.replace('{m}', municipality).replace('{r}', region.name);
  if (naming.scope === 'municipal') {
    return house.municipalities.slice(0, 4).map((m, i) => ({
      id: `demo-actor-${house.id}-${code}-${i + 1}`,
      name: fill(naming.names[0], m),
      regional: false,
    }));
  }
  const extra = naming.names.length > 1 && random.chance(0.5) ? random.int(1, naming.names.length - 1) : 0;
  return naming.names.slice(0, 1 + extra).map((template, i) => {
    if (naming.scope === 'regional') {
      return { id: `demo-actor-${region.id.replace(/^demo-/, '')}-${code}${i ? `-${i + 1}` : ''}`, name: fill(template, main), regional: true };
    }
    return {
      id: `demo-actor-${house.id}-${code}-${i + 1}`,
      name: fill(template, house.municipalities[i % house.municipalities.length]),
      regional: false,
    };
  });
}
