import type { HouseNetwork } from '../../lib/domain/house-network';
import { strongestLevel, type LevelCode } from '../../lib/domain/levels';
import { historyStateAfter, type DemoHistory } from './demo-history';

/**
 * The house's map as it stood after a session of its planned history, built forward from the plan
 * (not from the audit records): what a snapshot taken that day froze. `now` is the house as loaded,
 * the end of its history. An organisation not yet added is left out, one added has the level it
 * had then; an answer follows its organisations (the strongest level) or the house's own answer
 * of then, and is absent before either existed. Forums, names and notes stay as they are now.
 */
export function demoSnapshotNetwork(now: HouseNetwork, history: DemoHistory, session: number): HouseNetwork {
  const state = historyStateAfter(history, session);
  const actors = now.actors
    .filter((a) => state.has(`actor:${a.id}`))
    .map((a) => {
      const then = state.get(`actor:${a.id}`)!;
      return { ...a, level: then.level, via: then.level === 'indirect' ? then.via : null };
    });
  const namedTypes = new Set(history.items.filter((i) => i.kind === 'actor').map((i) => i.typeCode));
  const types = now.types.map((type) => {
    if (!type.answer) return type;
    let level: LevelCode | null;
    if (namedTypes.has(type.code)) level = strongestLevel(actors.filter((a) => a.typeCode === type.code).map((a) => a.level));
    else level = state.get(`type:${type.code}`)?.level ?? null;
    return { ...type, answer: level === null ? null : { ...type.answer, level } };
  });
  const present = new Set(actors.map((a) => a.id));
  return { ...now, types, actors, ties: (now.ties ?? []).filter((t) => present.has(t.from) && present.has(t.to)) };
}
