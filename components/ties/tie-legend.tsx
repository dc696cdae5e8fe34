import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from '@/lib/domain/ties/tie-kinds';
import { TIE_STYLES } from '@/lib/domain/ties/tie-style';

/** A short curved line in the kind's colour and style (an arrow for a doorverwijzing), as the map draws it. */
export function TieSwatch({ kind }: { kind: TieKind }) {
  const s = TIE_STYLES[kind];
  const dash = s.line === 'dashed' ? '6 4' : s.line === 'dotted' ? '1.5 3' : undefined;
  const path = 'M2 15 Q22 2 40 13';
  return (
    <svg width={46} height={20} aria-hidden="true" className="shrink-0">
      {s.arrow ? (
        <defs>
          <marker id={`tie-arrow-${kind}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" fill={s.colour} />
          </marker>
        </defs>
      ) : null}
      {s.line === 'double' ? (
        <>
          <path d={path} fill="none" stroke={s.colour} strokeWidth={4.5} />
          <path d={path} fill="none" stroke="#ffffff" strokeWidth={1.5} />
        </>
      ) : (
        <path
          d={path}
          fill="none"
          stroke={s.colour}
          strokeWidth={s.line === 'dotted' ? 3 : 2.5}
          strokeDasharray={dash}
          strokeLinecap={s.line === 'dotted' ? 'round' : undefined}
          markerEnd={s.arrow ? `url(#tie-arrow-${kind})` : undefined}
        />
      )}
    </svg>
  );
}

/** The legend of the ties: one curved line per kind, with what it means. */
export function TieLegend({ compact = false }: { compact?: boolean }) {
  return (
    <section aria-labelledby="legende-samenwerking" className="text-sm" data-testid="tie-legend">
      <h2 id="legende-samenwerking" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
        Samenwerking tussen partners
      </h2>
      <ul className={compact ? 'grid grid-cols-2 gap-x-3 gap-y-1' : 'space-y-1'}>
        {TIE_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-2" title={TIE_KIND_DEFINITIONS[kind].meaning}>
            <TieSwatch kind={kind} />
            <span>
              {TIE_KIND_DEFINITIONS[kind].label}
              {TIE_KIND_DEFINITIONS[kind].directed ? ' (pijl: naar wie)' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
