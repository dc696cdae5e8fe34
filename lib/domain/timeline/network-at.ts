import type { HouseNetwork, NetworkActor, NetworkAnswer } from '../house-network';
import type { MapChange } from './map-change';

const BLANK = { note: null, owner: null, nextStep: null, due: null, desired: null, updatedAt: null, updatedBy: null, version: 0 };

/**
 * A house's network as it was at `at`: the network now with every map change made after `at`
 * undone, newest first (an answer or a level back to what it was, an organisation added since
 * taken away, one removed since put back with its name, type and level). Pure; the timeline, its
 * chart and its comparison all read it. What the trail does not hold (a forum added since, an
 * organisation's notes) stays as it is now.
 */
export function networkAt(now: HouseNetwork, changes: MapChange[], at: string): HouseNetwork {
  const moment = Date.parse(at);
  const later = changes.filter((c) => Date.parse(c.at) > moment).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (later.length === 0) return now;
  const types = new Map(now.types.map((t) => [t.code, { ...t, answer: t.answer ? { ...t.answer } : null }]));
  const actors = new Map<string, NetworkActor>(now.actors.map((a) => [a.id, { ...a }]));
  for (const change of later) {
    if (change.kind === 'type') {
      const type = types.get(change.id);
      if (!type) continue;
      if (change.action === 'answer.create') type.answer = null;
      else if ('level' in change.before) {
        const level = change.before.level ?? null;
        type.answer = level === null ? null : ({ ...(type.answer ?? { derived: false, ...BLANK }), level } as NetworkAnswer);
      }
      continue;
    }
    if (change.action === 'involvement.create') {
      actors.delete(change.id);
      continue;
    }
    if (change.action === 'involvement.delete') {
      const level = change.before.level ?? null;
      if (level && change.typeCode)
        actors.set(change.id, {
          id: change.id,
          name: change.name ?? change.id,
          typeCode: change.typeCode,
          regional: false,
          level,
          via: null,
          forums: [],
          otherHouses: [],
          ...BLANK,
        });
      continue;
    }
    const actor = actors.get(change.id);
    if (!actor) continue;
    if ('level' in change.before && change.before.level) actor.level = change.before.level;
    if ('via' in change.before) actor.via = change.before.via ?? null;
  }
  return { ...now, types: [...types.values()], actors: [...actors.values()], ties: [] };
}
