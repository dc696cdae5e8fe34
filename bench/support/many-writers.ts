// Many writers on one house (issue 20): 50 people each change their own organisation's
// involvement at once, through the same repository function the map's form and a workshop's
// accept use. Shared by bench/workshop-day.ts and the integration test.
import { createNetworkFixture } from '../../tests/support/network-fixture';
import { writeTx } from '../../graph/session';
import { saveInvolvement } from '../../graph/repositories/involvement';
import type { LevelCode } from '../../lib/domain/levels';

/** Catalogue types the writers' organisations are spread over (several organisations per type, so the derived answers are contended too). */
export const WRITER_TYPES = [
  'ocmw',
  'caw',
  'bibliotheek',
  'politie',
  'sportdienst',
  'jeugddienst',
  'cultuurdienst',
  'huisartsen-kringen',
  'vdab',
  'kinderopvang-babys-peuters',
];
const LEVELS: LevelCode[] = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect'];

export interface ManyWritersResult {
  houseId: string;
  actorIds: string[];
  latencies: number[];
  errors: string[];
  /** The level and version each writer last saw saved. */
  finals: { actorId: string; level: LevelCode; version: number }[];
}

/**
 * `writers` writers, each making `rounds` saves in a row on its own organisation of one house.
 * `afterFirstSave` is called once per writer after its first save (the test sends a stale write then).
 */
export async function runManyWriters(
  writers = 50,
  rounds = 5,
  types = WRITER_TYPES,
  hooks: { afterFirstSave?: (houseId: string, actorId: string) => void } = {},
): Promise<ManyWritersResult> {
  const actors = Array.from({ length: writers }, (_, i) => ({
    name: `Schrijver-organisatie ${i + 1}`,
    type: types[i % types.length],
    level: 'minimaal' as LevelCode,
  }));
  // As in a real house, each type with named organisations has its derived answer.
  const answers = types.map((type) => ({ type, level: 'minimaal' as LevelCode, derived: true }));
  const { houseId, actorIds } = await createNetworkFixture({ actors, answers, idPrefix: 'bench' });
  const ids = actors.map((a) => actorIds[a.name]);
  const latencies: number[] = [];
  const errors: string[] = [];
  const finals: ManyWritersResult['finals'] = [];
  await Promise.all(
    ids.map(async (actorId, w) => {
      let version = 1;
      let level: LevelCode = 'minimaal';
      for (let n = 0; n < rounds; n++) {
        const next = LEVELS[(n + w) % LEVELS.length];
        const t0 = performance.now();
        try {
          const state = await writeTx((tx) =>
            saveInvolvement(tx, {
              houseId,
              by: `writer-${w}`,
              byName: `Schrijver ${w}`,
              actorId,
              expectedVersion: version,
              change: {
                level: next,
                note: `schrijver ${w}, keer ${n}`,
              },
            }),
          );
          version = state.version;
          level = next;
          if (n === 0) hooks.afterFirstSave?.(houseId, actorId);
        } catch (error) {
          errors.push(`${(error as { code?: string }).code ?? ''} ${(error as Error).message}`.slice(0, 200));
        }
        latencies.push(performance.now() - t0);
      }
      finals.push({ actorId, level, version });
    }),
  );
  return { houseId, actorIds: ids, latencies, errors, finals };
}
