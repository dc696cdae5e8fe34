import type { DemoDataset } from '../seed/demo/demo-types';
import { generateDemo } from '../seed/demo/generate-demo';

/**
 * A benchmark dataset of `total` houses: the 116 demo houses, then further runs of the same
 * generator with other seeds, their ids prefixed so nothing collides (each run is a fictional
 * Flanders of its own, with its own organisations and forums). Only for bench/.
 */
export function scaledDemo(total: number): DemoDataset[] {
  const runs: DemoDataset[] = [];
  for (let run = 0, made = 0; made < total; run++) {
    const dataset = generateDemo({ seed: 2016 + run });
    const take = Math.min(dataset.houses.length, total - made);
    runs.push(run === 0 ? { ...dataset, houses: dataset.houses.slice(0, take) } : renumber(dataset, `bench${run}`, take));
    made += take;
  }
  return runs;
}

function renumber(dataset: DemoDataset, prefix: string, take: number): DemoDataset {
  const id = (value: string) => value.replace(/^demo-/, `${prefix}-`);
  return {
    ...dataset,
    houses: dataset.houses.slice(0, take).map((h) => ({
      ...h,
      id: id(h.id),
      name: h.name.replace(' (fictief)', ` ${prefix} (fictief)`),
      involvements: h.involvements.map((i) => ({ ...i, actorId: id(i.actorId), via: i.via ? id(i.via) : null })),
      forums: h.forums.map(id),
    })),
    actors: dataset.actors.map((a) => ({ ...a, id: id(a.id), forums: a.forums.map(id) })),
    forums: dataset.forums.map((f) => ({ ...f, id: id(f.id) })),
  };
}
