import { formatDate } from '../format-date';
import type { HouseNetwork } from '../house-network';
import { diffNetworks } from '../snapshot-diff';
import { reportMaps } from '../workshop/report-maps';
import type { Positions } from '../map/layouts/types';
import type { MapEntry } from '../map/map-entries';
import { forumNodeId } from '../map/node-ids';
import { toMapModel, type MapModel } from '../map/to-elements';
import { toSvg } from '../map/to-svg';
import { STEP_NAMES, type PresentationSettings, type StepId } from './presentation-steps';

/** One figure under a step's caption: "Kernpartners: 9". */
export interface StepCount {
  label: string;
  value: number;
}

/** One step as shown: its caption, its figures, and the map as it stands at that step. */
export interface DeckStep {
  id: StepId;
  /** 1-based position among the shown steps. */
  number: number;
  name: string;
  caption: string;
  counts: StepCount[];
  /** A sentence under the figures, e.g. which overleg carries the indirect links. */
  detail: string | null;
  /** What the map shows at this step, e.g. "Stand op 30 november 2026" or the comparison read. */
  subtitle: string;
  /** The map at this step: every step drawn on the same positions in the same frame. */
  svg: string;
}

/** A snapshot to compare with in the last step. */
export interface DeckComparison {
  label: string;
  takenAt: string;
  network: HouseNetwork;
}

type Layer = Exclude<StepId, 'voor-na'>;

/** The step that brings an entry onto the map. */
function layerOf(entry: MapEntry): Layer | null {
  if (entry.placement !== 'ring') return null;
  if (entry.kind === 'missing') return 'ontbrekend';
  switch (entry.level) {
    case 'kernpartner':
      return 'kern';
    case 'gemiddeld':
    case 'minimaal':
      return 'betrokken';
    case 'indirect':
      return 'indirect';
    case 'nog_niet':
      return 'nog-niet';
    default:
      return null;
  }
}

function countOf(entries: MapEntry[], test: (e: MapEntry) => boolean): number {
  return entries.filter(test).length;
}

/** The mandatory types still missing (a placeholder, or a "nog niet" that carries the warning), once per type. */
function missingMandatoryTypes(entries: MapEntry[]): string[] {
  return [...new Set(entries.filter((e) => e.missingMandatory).map((e) => e.typeName))].sort((a, b) => a.localeCompare(b, 'nl'));
}

function figures(
  id: StepId,
  model: MapModel,
  comparison: { added: number; changed: number; removed: number } | null,
): { counts: StepCount[]; detail: string | null } {
  const ring = model.entries.filter((e) => e.placement === 'ring' && e.kind !== 'missing');
  const level = (l: string) => countOf(ring, (e) => e.level === l);
  switch (id) {
    case 'kern':
      return { counts: [{ label: 'Kernpartners', value: level('kernpartner') }], detail: null };
    case 'betrokken':
      return {
        counts: [
          { label: 'Gemiddeld', value: level('gemiddeld') },
          { label: 'Minimaal', value: level('minimaal') },
          { label: 'Rechtstreeks betrokken', value: level('kernpartner') + level('gemiddeld') + level('minimaal') },
        ],
        detail: null,
      };
    case 'indirect': {
      const perForum = new Map<string, number>();
      for (const e of ring) if (e.level === 'indirect' && e.via) perForum.set(e.via.name, (perForum.get(e.via.name) ?? 0) + 1);
      const without = countOf(ring, (e) => e.level === 'indirect' && !e.via);
      const parts = [...perForum.entries()].sort((a, b) => a[0].localeCompare(b[0], 'nl')).map(([name, n]) => `${name} (${n})`);
      if (without > 0) parts.push(`zonder overleg (${without})`);
      return {
        counts: [
          { label: 'Indirect', value: level('indirect') },
          { label: 'Overleggen', value: model.forums.length },
        ],
        detail: parts.length > 0 ? `Via: ${parts.join(', ')}.` : null,
      };
    }
    case 'nog-niet':
      return { counts: [{ label: 'Nog niet', value: level('nog_niet') }], detail: null };
    case 'ontbrekend': {
      const missing = missingMandatoryTypes(model.entries);
      return {
        counts: [{ label: 'Ontbrekende verplichte partners', value: missing.length }],
        detail: missing.length > 0 ? `Ontbreekt: ${missing.join(', ')}.` : 'Alle verplichte partners zijn aangesloten.',
      };
    }
    case 'voor-na':
      return {
        counts: comparison
          ? [
              { label: 'Bijgekomen', value: comparison.added },
              { label: 'Gewijzigd', value: comparison.changed },
              { label: 'Verdwenen', value: comparison.removed },
            ]
          : [],
        detail: comparison ? null : 'Er is nog geen momentopname om mee te vergelijken: neem er een op de pagina Momentopnames.',
      };
  }
}

/**
 * The presentation of a house's map: the shown steps in their order, each the map as it stands
 * at that step. Every step is drawn on ONE set of positions (the rings of the map, in the house's
 * own arrangement where it saved one; with a comparison, of the union of then and now) in ONE
 * frame, so going from step to step nothing moves: only what is new appears (and is marked so it
 * can fade in). A step shows what its own layer and the shown steps before it bring; the last
 * step compares a snapshot with now. Pure: the page, the deellink and the handout all draw from it.
 */
export function presentationDeck(
  network: HouseNetwork,
  settings: PresentationSettings,
  comparison: DeckComparison | null,
  saved: Positions | null,
  now: Date = new Date(),
  /** 'screen': the map alone (the page shows title and legend itself); 'print': with both drawn in (the handout). */
  drawing: 'screen' | 'print' = 'screen',
): DeckStep[] {
  const bare = drawing === 'screen';
  const diff = comparison ? diffNetworks(comparison.network, network) : null;
  // Positions of the union of then and now: the "before" argument is the snapshot.
  const maps = comparison && diff ? reportMaps(comparison.network, network, diff, saved) : reportMaps(network, null, null, saved);
  const positions = maps.after?.positions ?? maps.before.positions;
  const frame = maps.before.frame;
  const model = toMapModel(network);
  const shown = settings.steps.filter((s) => !s.hidden);
  const stand = `Stand op ${formatDate(now.toISOString())}`;
  const drawnBefore = new Set<string>();
  const layers = new Set<Layer>();
  return shown.map((step, index) => {
    const { counts, detail } = figures(step.id, model, diff ? { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length } : null);
    const title = `${network.house.name} · ${STEP_NAMES[step.id]}`;
    let svg: string;
    let subtitle = stand;
    if (step.id === 'voor-na') {
      const after = maps.after;
      const drawn = after ? toMapModel(after.network) : model;
      if (comparison)
        subtitle = `${comparison.label} (${formatDate(comparison.takenAt.slice(0, 10))}) tegenover nu · groen bijgekomen, oranje gewijzigd, rood verdwenen`;
      svg = toSvg(network.house.name, drawn, positions, { title, subtitle, decorations: after?.decorations, frame, bare });
      for (const e of drawn.entries) drawnBefore.add(e.key);
    } else {
      layers.add(step.id);
      const entries = model.entries.filter((e) => {
        const layer = layerOf(e);
        return layer !== null && layers.has(layer);
      });
      // The forums come with the indirect links they carry.
      const forums = layers.has('indirect') ? model.forums : [];
      const visible = new Set([...entries.map((e) => e.key), ...forums.map((f) => forumNodeId(f.id))]);
      const appear = new Set([...visible].filter((key) => !drawnBefore.has(key)));
      const decorations = step.id === 'ontbrekend' ? Object.fromEntries(entries.filter((e) => e.missingMandatory).map((e) => [e.key, 'spotlight'])) : undefined;
      svg = toSvg(network.house.name, { entries, forums }, positions, { title, subtitle, frame, appear: index === 0 ? undefined : appear, decorations, bare });
      drawnBefore.clear();
      for (const key of visible) drawnBefore.add(key);
    }
    return { id: step.id, number: index + 1, name: STEP_NAMES[step.id], caption: step.caption, counts, detail, subtitle, svg };
  });
}
