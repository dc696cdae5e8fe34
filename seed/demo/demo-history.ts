import { strongestLevel, type LevelCode } from '../../lib/domain/levels';
import type { DemoDataset, DemoHouse } from './demo-types';
import { createRandom, type Random } from './prng';

/**
 * A plausible history for every demo house (issue 18): how its map grew from its start in 2015
 * to the 2016 questionnaire, so the Tijdlijn and step 6 of the presentation have something to
 * tell. The report's calendar sets the frame: the houses started in 2014-2015, the first were
 * recognised from November 2015 (l. 111, l. 5073), a steering group met 5 times in 2015 and 6 times
 * in 2016 (l. 1754), and the questionnaire was completed in the autumn of 2016 (l. 53). So every
 * house gets 11 working days over 2015-2016 ("sessions", 5 + 6), its first map on the first, its
 * questionnaire on the last; every organisation (or, for a house that names none, every answer)
 * joins on one of them and may climb a level or two later, never falls back: the chart grows.
 * The history ends exactly at the dataset's state. Pure and deterministic (seeded, no clock).
 */
export interface DemoHistory {
  houseId: string;
  /** The sessions, oldest first: YYYY-MM-DD working days. */
  sessions: string[];
  items: HistoryItem[];
  /** The audit records, oldest first, in the shape the app writes them (graph/repositories/involvement.ts). */
  changes: DemoChange[];
  snapshots: DemoSnapshotPlan[];
}

/** One organisation of the house (kind 'actor') or one answer of a house that names none ('type'). */
export interface HistoryItem {
  kind: 'actor' | 'type';
  /** Actor id or type code. */
  id: string;
  name: string;
  typeCode: string;
  /** The forum of an indirect organisation, set right after it is added (as the app does). */
  via: string | null;
  /** The levels it went through, each from a session on (indexes into `sessions`, increasing). */
  steps: { session: number; level: LevelCode }[];
}

export interface DemoChange {
  id: string;
  at: string;
  action: 'involvement.create' | 'involvement.update' | 'answer.update' | 'answer.derive';
  target: string;
  from: Record<string, unknown> | null;
  to: Record<string, unknown>;
}

export interface DemoSnapshotPlan {
  id: string;
  label: string;
  takenAt: string;
  /** The map as it stood after this session. */
  afterSession: number;
}

/** Windows (inclusive, YYYY-MM-DD) in which each session falls: five in 2015, six in 2016. */
const SESSION_WINDOWS: [string, string][] = [
  ['2015-02-09', '2015-04-24'],
  ['2015-05-18', '2015-06-26'],
  ['2015-09-07', '2015-09-30'],
  ['2015-10-05', '2015-10-30'],
  ['2015-11-30', '2015-12-18'],
  ['2016-01-18', '2016-02-12'],
  ['2016-03-07', '2016-03-31'],
  ['2016-04-18', '2016-05-13'],
  ['2016-06-06', '2016-06-24'],
  ['2016-09-05', '2016-09-23'],
  ['2016-10-03', '2016-10-28'],
];
const LAST = SESSION_WINDOWS.length - 1;
/** The snapshots: the first map, and the map at the end of 2015 (the newest, which step 6 compares with now). */
const SNAPSHOTS = [
  { key: 'start', label: 'Startnetwerk', afterSession: 0 },
  { key: '2015', label: 'Jaaroverzicht 2015', afterSession: 4 },
];
const HISTORY_SEED = 1516;
/** A session's changes are written from 09:00 UTC (10:00 or 11:00 in Brussels), one a minute. */
const SESSION_START_UTC = 'T09:00:00.000Z';
const SNAPSHOT_TIME_UTC = 'T15:00:00.000Z';

export interface HistoryContext {
  typeName(code: string): string;
  mandatory(code: string): boolean;
}

export function planDemoHistory(dataset: DemoDataset, context: HistoryContext): DemoHistory[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  return dataset.houses.map((house, index) => {
    const random = createRandom(HISTORY_SEED + index);
    const sessions = SESSION_WINDOWS.map(([from, until]) => workingDayIn(from, until, random));
    const items: HistoryItem[] = [];
    const derived = new Set(house.answers.filter((a) => a.derived).map((a) => a.typeCode));
    for (const involvement of house.involvements) {
      const actor = actors.get(involvement.actorId);
      if (!actor) throw new Error(`${house.id}: unknown organisation ${involvement.actorId}`);
      items.push({
        kind: 'actor',
        id: actor.id,
        name: actor.name,
        typeCode: actor.typeCode,
        via: involvement.level === 'indirect' ? involvement.via : null,
        steps: plannedSteps(involvement.level, context.mandatory(actor.typeCode), random),
      });
    }
    for (const answer of house.answers) {
      if (derived.has(answer.typeCode)) continue;
      const name = context.typeName(answer.typeCode);
      items.push({
        kind: 'type',
        id: answer.typeCode,
        name,
        typeCode: answer.typeCode,
        via: null,
        steps: plannedSteps(answer.level, context.mandatory(answer.typeCode), random),
      });
    }
    return {
      houseId: house.id,
      sessions,
      items,
      changes: historyChanges(house, sessions, items, derived, context),
      snapshots: SNAPSHOTS.map((s) => ({
        id: `snapshot-${house.id}-${s.key}`,
        label: s.label,
        takenAt: `${sessions[s.afterSession]}${SNAPSHOT_TIME_UTC}`,
        afterSession: s.afterSession,
      })),
    };
  });
}

/** The levels an entry went through to reach `final`, and in which sessions. Growth only. */
function plannedSteps(final: LevelCode, mandatory: boolean, random: Random): HistoryItem['steps'] {
  // Niet and niet aanwezig were answered when the house filled in the questionnaire.
  if (final === 'niet' || final === 'niet_aanwezig') return [{ session: LAST, level: final }];
  let path: LevelCode[];
  let first: number;
  const roll = random.next();
  switch (final) {
    case 'kernpartner':
      // The mandatory partners and about half of the others were there from the first map.
      if (mandatory || roll < 0.45) return [{ session: 0, level: 'kernpartner' }];
      path = roll < 0.8 ? ['gemiddeld', 'kernpartner'] : ['minimaal', 'gemiddeld', 'kernpartner'];
      first = random.int(0, 4);
      break;
    case 'gemiddeld':
      path = roll < 0.3 ? ['gemiddeld'] : roll < 0.75 ? ['minimaal', 'gemiddeld'] : ['nog_niet', 'gemiddeld'];
      first = random.int(0, 6);
      break;
    case 'minimaal':
      path = roll < 0.6 ? ['minimaal'] : ['nog_niet', 'minimaal'];
      first = random.int(0, 8);
      break;
    case 'indirect':
      path = ['indirect'];
      first = random.int(1, 9);
      break;
    default:
      // Nog niet: the plans for growth, made once the house was under way.
      path = [final];
      first = random.int(3, LAST);
  }
  first = Math.min(first, LAST - (path.length - 1));
  const steps = [{ session: first, level: path[0] }];
  for (let i = 1; i < path.length; i++) {
    const previous = steps[i - 1].session;
    const latest = LAST - (path.length - 1 - i);
    steps.push({ session: random.int(previous + 1, latest), level: path[i] });
  }
  return steps;
}

/**
 * The audit records of the plan, as the app writes them: adding an organisation
 * (involvement.create, then the forum of an indirect one as an involvement.update), changing its
 * level (involvement.update), the type's answer that follows from its organisations
 * (answer.derive, when their strongest level changes) and a house's own answer (answer.update).
 */
function historyChanges(house: DemoHouse, sessions: string[], items: HistoryItem[], derived: Set<string>, context: HistoryContext): DemoChange[] {
  const changes: DemoChange[] = [];
  const levels = new Map<string, LevelCode>();
  const strongest = new Map<string, LevelCode | null>();
  const target = (item: HistoryItem) => `house:${house.id}/${item.kind}:${item.id}`;
  for (let session = 0; session < sessions.length; session++) {
    const start = Date.parse(`${sessions[session]}${SESSION_START_UTC}`);
    let minute = 0;
    const add = (seconds: number, change: Omit<DemoChange, 'id' | 'at'>) =>
      changes.push({ id: `demo-history-${house.id}-${changes.length + 1}`, at: new Date(start + minute * 60_000 + seconds * 1000).toISOString(), ...change });
    for (const item of items) {
      const stepIndex = item.steps.findIndex((s) => s.session === session);
      if (stepIndex < 0) continue;
      const level = item.steps[stepIndex].level;
      const previous = levels.get(item.id) ?? null;
      levels.set(item.id, level);
      if (item.kind === 'type') {
        add(0, { action: 'answer.update', target: target(item), from: { name: item.name, level: previous }, to: { level } });
      } else if (previous === null) {
        add(0, { action: 'involvement.create', target: target(item), from: null, to: { name: item.name, typeCode: item.typeCode, level } });
        if (item.via) add(20, { action: 'involvement.update', target: target(item), from: { name: item.name, via: null }, to: { via: item.via } });
      } else {
        add(0, { action: 'involvement.update', target: target(item), from: { name: item.name, level: previous }, to: { level } });
      }
      if (item.kind === 'actor' && derived.has(item.typeCode)) {
        const before = strongest.get(item.typeCode) ?? null;
        const after = strongestLevel(items.filter((i) => i.kind === 'actor' && i.typeCode === item.typeCode && levels.has(i.id)).map((i) => levels.get(i.id)!));
        if (after !== before) {
          strongest.set(item.typeCode, after);
          add(40, {
            action: 'answer.derive',
            target: `house:${house.id}/type:${item.typeCode}`,
            from: { name: context.typeName(item.typeCode), level: before },
            to: { level: after },
          });
        }
      }
      minute++;
    }
  }
  return changes;
}

/** Where each entry stood after a session: the level of every organisation and answer present then. */
export function historyStateAfter(history: DemoHistory, session: number): Map<string, { level: LevelCode; via: string | null }> {
  const state = new Map<string, { level: LevelCode; via: string | null }>();
  for (const item of history.items) {
    const reached = item.steps.filter((s) => s.session <= session);
    if (reached.length === 0) continue;
    state.set(`${item.kind}:${item.id}`, { level: reached[reached.length - 1].level, via: item.via });
  }
  return state;
}

/** A Monday to Friday in [from, until], drawn from `random`. */
function workingDayIn(from: string, until: string, random: Random): string {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${until}T12:00:00Z`); t += 86_400_000) {
    const day = new Date(t);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return random.pick(days);
}
