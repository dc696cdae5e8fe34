import { levelLabel } from '@/lib/domain/levels';
import type { NetworkDiff } from '@/lib/domain/snapshot-diff';

/** The comparison in words: added, removed and changed actors, with the marks the map uses. */
export function DiffList({ diff }: { diff: NetworkDiff }) {
  const groups = [
    { key: 'added', title: 'Toegevoegd', mark: '+', tone: 'border-[#067647]/40 bg-[#ecfdf3]', items: diff.added },
    { key: 'removed', title: 'Verdwenen', mark: '−', tone: 'border-[#b42318]/40 bg-red-50', items: diff.removed },
    { key: 'changed', title: 'Gewijzigd', mark: '~', tone: 'border-[#b54708]/40 bg-amber-50', items: diff.changed },
  ] as const;
  const ties = diff.ties ?? { added: [], removed: [] };
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-3" data-testid="snapshot-diff">
        {groups.map((g) => (
          <section key={g.key} aria-labelledby={`diff-${g.key}`} className={`rounded-xl border p-3 ${g.tone}`} data-testid={`diff-${g.key}`}>
            <h3 id={`diff-${g.key}`} className="font-semibold">
              <span aria-hidden="true">{g.mark} </span>
              {g.title} ({g.items.length})
            </h3>
            {g.items.length === 0 ? (
              <p className="text-sm text-muted">Geen.</p>
            ) : (
              <ul className="mt-1 space-y-0.5 text-sm">
                {g.items.map((d) => (
                  <li key={d.key}>
                    <span className="font-medium">{d.name}</span>{' '}
                    <span className="text-muted">
                      {g.key === 'changed'
                        ? `${levelLabel(d.from)} → ${levelLabel(d.to)}${d.viaFrom !== d.viaTo ? ` (via ${d.viaFrom ?? '—'} → ${d.viaTo ?? '—'})` : ''}`
                        : `(${levelLabel(g.key === 'added' ? d.to : d.from).toLowerCase()})`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {ties.added.length + ties.removed.length > 0 ? (
        <section aria-labelledby="diff-ties" className="rounded-xl border border-black/10 bg-white p-3" data-testid="diff-ties">
          <h3 id="diff-ties" className="font-semibold">
            Samenwerking tussen partners
          </h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {ties.added.map((t) => (
              <li key={`+${t.key}`}>
                <span aria-hidden="true">+ </span>
                <span className="sr-only">Nieuw: </span>
                {t.text}
              </li>
            ))}
            {ties.removed.map((t) => (
              <li key={`-${t.key}`}>
                <span aria-hidden="true">− </span>
                <span className="sr-only">Verdwenen: </span>
                {t.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
