import { brusselsDate } from '../brussels-date';
import { formatDate } from '../format-date';
import type { HouseNetwork } from '../house-network';
import { LEVELS } from '../levels';
import { diffNetworks, mergeForComparison } from '../snapshot-diff';
import { toMapEntries } from '../map/map-entries';
import type { MapChange } from './map-change';
import { networkAt } from './network-at';

/** One stop of the timeline's slider: a day with changes, a snapshot, or now. */
export interface TimelineMoment {
  at: string;
  /** Belgian calendar day (YYYY-MM-DD). */
  day: string;
  label: string;
  kind: 'changes' | 'snapshot' | 'now';
}

/** The chart's three lines at one moment. */
export interface TimelineFigures {
  kernpartners: number;
  direct: number;
  nogNiet: number;
}

export function timelineFigures(network: HouseNetwork): TimelineFigures {
  const entries = toMapEntries(network).filter((e) => e.kind !== 'missing' && e.placement === 'ring');
  return {
    kernpartners: entries.filter((e) => e.level === 'kernpartner').length,
    direct: entries.filter((e) => e.level && LEVELS[e.level].group === 'direct').length,
    nogNiet: entries.filter((e) => e.level === 'nog_niet').length,
  };
}

/**
 * The slider's stops, oldest first: just before the first recorded change, the end of every day
 * with map changes (after its last change), every snapshot, and now. Before the first change the map is as the oldest stop shows.
 */
export function timelineMoments(changes: MapChange[], snapshots: { label: string; takenAt: string }[], now: Date): TimelineMoment[] {
  const perDay = new Map<string, { at: string; count: number }>();
  for (const change of changes) {
    const day = brusselsDate(new Date(change.at));
    const seen = perDay.get(day);
    if (!seen || Date.parse(change.at) > Date.parse(seen.at)) perDay.set(day, { at: change.at, count: (seen?.count ?? 0) + 1 });
    else seen.count += 1;
  }
  const moments: TimelineMoment[] = [...perDay.entries()].map(([day, { at, count }]) => ({
    at,
    day,
    label: `${formatDate(day)}: ${count} ${count === 1 ? 'wijziging' : 'wijzigingen'}`,
    kind: 'changes',
  }));
  for (const s of snapshots) {
    const day = brusselsDate(new Date(s.takenAt));
    moments.push({ at: new Date(s.takenAt).toISOString(), day, label: `${formatDate(day)}: momentopname ‘${s.label}’`, kind: 'snapshot' });
  }
  // The map before the first recorded change: where the story starts.
  const first = changes.reduce<string | null>((min, c) => (min === null || Date.parse(c.at) < Date.parse(min) ? c.at : min), null);
  if (first) {
    const at = new Date(Date.parse(first) - 1);
    moments.push({ at: at.toISOString(), day: brusselsDate(at), label: `Vóór de eerste wijziging (${formatDate(brusselsDate(at))})`, kind: 'changes' });
  }
  moments.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  moments.push({ at: now.toISOString(), day: brusselsDate(now), label: `Nu (${formatDate(brusselsDate(now))})`, kind: 'now' });
  return moments;
}

/**
 * Every entry the map ever showed over these moments, in one network: laid out once, it gives
 * every moment the same positions (nothing moves while the slider plays).
 */
export function timelineUnion(now: HouseNetwork, changes: MapChange[], moments: TimelineMoment[]): HouseNetwork {
  let union = now;
  for (const moment of moments) {
    const then = networkAt(now, changes, moment.at);
    if (then === now) continue;
    const diff = diffNetworks(then, union);
    if (diff.removed.length > 0) union = mergeForComparison(then, union, diff);
  }
  return union;
}

/** The end of a Belgian calendar day (YYYY-MM-DD) as an instant: a date compared is "as it stood that evening". */
export function endOfBelgianDay(day: string): string {
  // Brussels is UTC+1 or UTC+2: the later of the two ends, then step back to the day's last minute there.
  for (const offset of ['+01:00', '+02:00']) {
    const end = new Date(`${day}T23:59:59.999${offset}`);
    if (brusselsDate(end) === day && brusselsDate(new Date(end.getTime() + 1)) !== day) return end.toISOString();
  }
  return new Date(`${day}T23:59:59.999Z`).toISOString();
}
