import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '@/lib/domain/format-date';
import { LEVELS } from '@/lib/domain/levels';
import type { MapEntry } from '@/lib/domain/map/map-entries';
import { LevelBadge } from './level-badge';

interface Props {
  entry: MapEntry;
  houseId: string;
  onClose: () => void;
  /** Zooms the map to this actor and its neighbours (when it is on the map). */
  onZoom?: () => void;
  /** The map is zoomed to this actor now: the way back to the whole map. */
  zoomed?: boolean;
  onWholeMap?: () => void;
  children?: ReactNode;
}

/**
 * What the map says about one actor: its link to the house (and through which forum), its
 * forums, its notes and expansion plan, and the other houses it serves. `children` holds the
 * edit form when the user may edit.
 */
export function FocusPanel({ entry, houseId, onClose, onZoom, zoomed = false, onWholeMap, children }: Props) {
  return (
    <section aria-labelledby="focus-titel" className="rounded-xl border border-black/10 bg-white p-4" data-testid="focus-panel" data-entry={entry.key}>
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id="focus-titel" tabIndex={-1} className="text-base font-semibold leading-snug">
            {entry.name}
          </h2>
          <p className="text-xs text-muted">
            {entry.kind === 'actor' && entry.name !== entry.typeName ? `${entry.typeName} · ` : ''}
            {entry.clusterName}
          </p>
        </div>
        <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm text-muted hover:bg-paper" aria-label="Sluit de details">
          ✕
        </button>
      </div>
      {onZoom ? (
        <p className="mt-2">
          {zoomed ? (
            <button
              type="button"
              onClick={onWholeMap}
              className="rounded-md border border-black/15 bg-white px-2.5 py-1 text-sm font-medium hover:bg-brand-soft"
              data-testid="focus-back"
            >
              Terug naar de hele kaart
            </button>
          ) : (
            <button
              type="button"
              onClick={onZoom}
              className="rounded-md border border-brand px-2.5 py-1 text-sm font-medium text-brand hover:bg-brand-soft"
              data-testid="focus-zoom"
            >
              Focus op deze actor en zijn buren
            </button>
          )}
        </p>
      ) : null}
      {entry.mandatory ? (
        <p className={`mt-2 rounded-md px-2 py-1 text-xs font-semibold ${entry.missingMandatory ? 'bg-red-50 text-[#b42318]' : 'bg-brand-soft text-brand'}`}>
          {entry.missingMandatory ? '⚠ Verplicht aan te sluiten, en nog niet betrokken' : 'Verplicht aan te sluiten'}
        </p>
      ) : null}
      <dl className="mt-3 space-y-2 text-sm">
        <Row term="Band met het huis">
          {entry.kind === 'missing' ? (
            <span>{entry.level ? `${LEVELS[entry.level].label}: ` : 'Geen antwoord: '}ontbreekt op de kaart</span>
          ) : (
            <LevelBadge level={entry.level} />
          )}
          {entry.derived ? <span className="block text-xs text-muted">Afgeleid van de benoemde organisaties (de sterkste telt).</span> : null}
        </Row>
        {entry.via ? <Row term="Via">{entry.via.name}</Row> : null}
        {entry.forums.length ? <Row term="Overleggen">{entry.forums.map((f) => f.name).join(', ')}</Row> : null}
        {entry.note ? <Row term="Notitie">{entry.note}</Row> : null}
        {entry.level === 'nog_niet' || entry.owner || entry.nextStep || entry.due ? (
          <Row term="Uitbreidingsplan">
            {entry.owner || entry.nextStep || entry.due ? (
              <span>
                {entry.nextStep ?? 'Geen volgende stap'}
                {entry.owner ? ` · trekker: ${entry.owner}` : ''}
                {entry.due ? ` · tegen ${formatDate(entry.due)}` : ''}
              </span>
            ) : (
              <span className="text-muted">Nog geen trekker, stap of datum.</span>
            )}
          </Row>
        ) : null}
        {entry.otherHouses.length ? (
          <Row term={`Ook actief in ${entry.otherHouses.length} ${entry.otherHouses.length === 1 ? 'ander huis' : 'andere huizen'}`}>
            <ul className="space-y-0.5">
              {entry.otherHouses.map((h) => (
                <li key={h.id}>
                  <Link className="text-brand underline-offset-2 hover:underline" href={`/huizen/${h.id}`}>
                    {h.name}
                  </Link>{' '}
                  <span className="text-xs text-muted">({LEVELS[h.level].label.toLowerCase()})</span>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {entry.updatedAt ? (
          <Row term="Laatst gewijzigd">
            {formatDateTime(entry.updatedAt)}
            {entry.updatedBy ? ` door ${entry.updatedBy}` : ''}
          </Row>
        ) : null}
      </dl>
      {entry.targetId ? (
        <p className="mt-3 text-xs">
          <Link className="text-brand underline-offset-2 hover:underline" href={`/huizen/${houseId}/geschiedenis?actor=${encodeURIComponent(entry.key)}`}>
            Geschiedenis van {entry.kind === 'actor' ? 'deze actor' : 'dit antwoord'}
          </Link>
        </p>
      ) : null}
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
