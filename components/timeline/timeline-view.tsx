'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { PhoneZoomButton, usePhoneZoom } from '@/components/map/phone-zoom';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { formatDate } from '@/lib/domain/format-date';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { levelLabel } from '@/lib/domain/levels';
import { diffDecorations, diffNetworks, mergeForComparison } from '@/lib/domain/snapshot-diff';
import type { MapChange } from '@/lib/domain/timeline/map-change';
import { networkAt } from '@/lib/domain/timeline/network-at';
import { endOfBelgianDay, timelineFigures, type TimelineFigures, type TimelineMoment } from '@/lib/domain/timeline/timeline';
import type { Positions } from '@/lib/domain/map/layouts';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { toSvg } from '@/lib/domain/map/to-svg';
import { TimelineChart } from './timeline-chart';

const PLAY_MS = 1400;

interface Props {
  houseName: string;
  network: HouseNetwork;
  changes: MapChange[];
  moments: (TimelineMoment & { figures: TimelineFigures })[];
  positions: Positions;
  frame: { x: number; y: number }[];
}

/**
 * The house's map over time: a slider (and a play button) over the days with changes, the
 * snapshots and now; the map as it stood then, on one set of positions for every stop, so only
 * what changed appears, goes or changes colour; a small chart beside it; and a comparison of any
 * two dates. Every map is rebuilt here from the map now and the audit trail (networkAt).
 */
export function TimelineView({ houseName, network, changes, moments, positions, frame }: Props) {
  const [index, setIndex] = useState(moments.length - 1);
  // On a phone the map shows at its own size in a box that pans (components/map/phone-zoom.tsx),
  // centred once: playing the stops does not move the reader's place.
  const mapBox = useRef<HTMLDivElement>(null);
  const zoom = usePhoneZoom(mapBox, houseName);
  const [playing, setPlaying] = useState(false);
  const moment = moments[index];
  const then = useMemo(() => networkAt(network, changes, moment.at), [network, changes, moment.at]);
  const svg = useMemo(
    () => toSvg(houseName, toMapModel(then), positions, { title: `Netwerkkaart ${houseName}`, subtitle: moment.label, frame }),
    [houseName, then, positions, frame, moment.label],
  );
  const rows = useMemo(() => toMapModel(then).entries.filter((e) => e.placement === 'ring' && e.kind !== 'missing'), [then]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setIndex((i) => {
        if (i >= moments.length - 1) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, PLAY_MS);
    return () => window.clearInterval(timer);
  }, [playing, moments.length]);

  return (
    <div className="space-y-6">
      <section aria-labelledby="tijdlijn-kaart" className="space-y-3">
        <h2 id="tijdlijn-kaart" className="sr-only">
          De kaart op een moment
        </h2>
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-black/10 bg-white p-3">
          <button
            type="button"
            onClick={() => {
              if (!playing && index >= moments.length - 1) setIndex(0);
              setPlaying((p) => !p);
            }}
            className="rounded-md bg-brand px-3 py-1.5 font-medium text-white"
            aria-pressed={playing}
          >
            {playing ? '❚❚ Pauzeren' : '▶ Afspelen'}
          </button>
          <label className="flex min-w-[12rem] flex-1 items-center gap-2 text-sm">
            <span className="sr-only">Moment</span>
            <input
              type="range"
              min={0}
              max={moments.length - 1}
              value={index}
              onChange={(e) => {
                setPlaying(false);
                setIndex(Number(e.target.value));
              }}
              aria-valuetext={moment.label}
              className="w-full accent-[#0f5e63]"
              data-testid="timeline-slider"
            />
          </label>
          <select
            aria-label="Kies een moment"
            value={index}
            onChange={(e) => {
              setPlaying(false);
              setIndex(Number(e.target.value));
            }}
            className="max-w-full rounded-md border border-black/15 bg-white px-2 py-1.5 text-sm"
            data-testid="timeline-moment"
          >
            {moments.map((m, i) => (
              <option key={`${m.kind}-${m.at}`} value={i}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center justify-between gap-3">
          <p aria-live="polite" className="text-sm font-medium" data-testid="timeline-label">
            {moment.label}
          </p>
          <PhoneZoomButton {...zoom} />
        </div>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div
            ref={mapBox}
            // Focusable: on a phone it is a box that scrolls, which the keyboard must reach too.
            tabIndex={0}
            className={`rounded-lg border border-black/10 bg-white [&_svg]:h-auto [&_svg]:w-full ${zoom.zoomed ? 'max-sm:max-h-[70vh]' : ''} ${zoom.boxClass}`}
            role="img"
            aria-label={`Netwerkkaart van ${houseName}: ${moment.label}`}
            data-testid="timeline-map"
            // The SVG of lib/domain/map/to-svg.ts: every text in it is escaped there (escapeXml).
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <TimelineChart moments={moments} index={index} />
        </div>
        <details className="rounded-lg border border-black/10 bg-white p-3">
          <summary className="cursor-pointer font-medium">De kaart van dit moment als tabel ({rows.length} actoren)</summary>
          <table className="mt-2 w-full text-sm" data-testid="timeline-table">
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  Actor
                </th>
                <th scope="col" className="text-left">
                  Betrokkenheid
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.key} data-key={e.key} data-level={e.level ?? ''}>
                  <td>{e.name}</td>
                  <td>{e.level ? levelLabel(e.level) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <DateComparison houseName={houseName} network={network} changes={changes} positions={positions} frame={frame} first={moments[0].day} />
    </div>
  );
}

/** Up to this many differences the list stands open; a longer one is folded under its counts. */
const OPEN_LIST_UP_TO = 12;

/** Any two dates side by side: the figures of both and what was added, removed or changed between them. */
function DateComparison({ houseName, network, changes, positions, frame, first }: Omit<Props, 'moments'> & { first: string }) {
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(() => brusselsDate());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const result = useMemo(() => {
    if (!valid) return null;
    const [a, b] = from <= to ? [from, to] : [to, from];
    const before = networkAt(network, changes, endOfBelgianDay(a));
    const after = networkAt(network, changes, endOfBelgianDay(b));
    const diff = diffNetworks(before, after);
    const svg = toSvg(houseName, toMapModel(mergeForComparison(before, after, diff)), positions, {
      title: `Netwerkkaart ${houseName}`,
      subtitle: `${formatDate(a)} tegenover ${formatDate(b)} · groen bijgekomen, oranje gewijzigd, rood verdwenen`,
      decorations: diffDecorations(diff),
      frame,
    });
    return { a, b, diff, figures: [timelineFigures(before), timelineFigures(after)], svg };
  }, [valid, from, to, network, changes, houseName, positions, frame]);
  const total = result ? result.diff.added.length + result.diff.changed.length + result.diff.removed.length : 0;
  return (
    <section aria-labelledby="vergelijken" className="space-y-3">
      <h2 id="vergelijken" className="text-xl font-semibold">
        Twee datums vergelijken
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">Van</span>
          <input
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            className="mt-1 rounded-md border border-black/15 px-2 py-1.5"
            data-testid="compare-from"
          />
        </label>
        <label className="text-sm">
          <span className="block font-medium">Tot</span>
          <input
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className="mt-1 rounded-md border border-black/15 px-2 py-1.5"
            data-testid="compare-to"
          />
        </label>
      </div>
      {result ? (
        <div className="space-y-3" data-testid="date-comparison">
          <table className="text-sm">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">Cijfer</span>
                </th>
                <th scope="col" className="px-3 text-right">
                  {formatDate(result.a)}
                </th>
                <th scope="col" className="px-3 text-right">
                  {formatDate(result.b)}
                </th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Kernpartners', 'kernpartners'],
                  ['Rechtstreeks betrokken', 'direct'],
                  ['Nog niet', 'nogNiet'],
                ] as const
              ).map(([label, key]) => (
                <tr key={key}>
                  <th scope="row" className="text-left font-normal">
                    {label}
                  </th>
                  <td className="px-3 text-right">{result.figures[0][key]}</td>
                  <td className="px-3 text-right">{result.figures[1][key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div
            className="rounded-lg border border-black/10 bg-white [&_svg]:h-auto [&_svg]:w-full"
            role="img"
            aria-label={`Netwerkkaart van ${houseName}: ${formatDate(result.a)} tegenover ${formatDate(result.b)}`}
            // The SVG of lib/domain/map/to-svg.ts: every text in it is escaped there (escapeXml).
            dangerouslySetInnerHTML={{ __html: result.svg }}
          />
          {/* A long list (a year of growth) is folded: the map above already shows it. */}
          <details open={total <= OPEN_LIST_UP_TO} className="rounded-lg border border-black/10 bg-white p-3" data-testid="comparison-list">
            <summary className="cursor-pointer text-sm font-medium">
              Wat veranderde: {result.diff.added.length} bijgekomen, {result.diff.changed.length} gewijzigd, {result.diff.removed.length} verdwenen
            </summary>
            <ul className="mt-2 space-y-1 text-sm">
              {result.diff.added.map((d) => (
                <li key={`a-${d.key}`}>
                  <span className="font-semibold text-[#067647]">Bijgekomen:</span> {d.name} ({d.to ? levelLabel(d.to).toLowerCase() : ''})
                </li>
              ))}
              {result.diff.changed.map((d) => (
                <li key={`c-${d.key}`}>
                  <span className="font-semibold text-[#b54708]">Gewijzigd:</span> {d.name} {d.from ? levelLabel(d.from) : '–'} →{' '}
                  {d.to ? levelLabel(d.to) : '–'}
                </li>
              ))}
              {result.diff.removed.map((d) => (
                <li key={`r-${d.key}`}>
                  <span className="font-semibold text-[#b42318]">Verdwenen:</span> {d.name} ({d.from ? levelLabel(d.from).toLowerCase() : ''})
                </li>
              ))}
              {total === 0 ? <li className="text-muted">Geen verschil tussen deze twee datums.</li> : null}
            </ul>
          </details>
        </div>
      ) : (
        <p role="alert" className="text-sm text-[#b42318]">
          Kies twee geldige datums.
        </p>
      )}
    </section>
  );
}
