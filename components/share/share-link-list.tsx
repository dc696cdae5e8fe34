import { RevokeShareLink } from './revoke-share-link';
import { formatDateTime } from '@/lib/domain/format-date';
import { SHARE_SCOPE_LABELS, shareLinkState, type ShareLinkSummary, type ShareLinkOutcome } from '@/lib/domain/share/share-link';
import { type ActionState } from '@/lib/edge/action-state';

const STATE_STYLE = { actief: 'bg-[#e7f6ec] text-[#067647]', verlopen: 'bg-black/5 text-muted', ingetrokken: 'bg-[#fdecea] text-[#b42318]' } as const;

/** The house's deellinks: what each shows, until when, when last used, and (who may edit) a revoke button. */
export function ShareLinkList({
  links,
  revoke,
}: {
  links: ShareLinkSummary[];
  revoke: ((prev: ActionState<ShareLinkOutcome>, data: FormData) => Promise<ActionState<ShareLinkOutcome>>) | null;
}) {
  if (links.length === 0) return <p className="text-sm text-muted">Nog geen deellinks.</p>;
  return (
    <ul className="divide-y divide-black/10 rounded-lg border border-black/10 bg-white" data-testid="share-link-list">
      {links.map((link) => {
        const state = shareLinkState(link);
        return (
          <li key={link.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 text-sm" data-link={link.id}>
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[state]}`}>{state}</span>
            <span className="font-medium">
              {SHARE_SCOPE_LABELS[link.scope]}
              {link.label ? ` · ${link.label}` : ''}
            </span>
            <span className="text-muted">
              gemaakt {formatDateTime(link.createdAt)}
              {link.createdBy ? ` door ${link.createdBy}` : ''} · geldig tot {formatDateTime(link.expiresAt)}
            </span>
            <span className="text-muted">{link.lastUsedAt ? `laatst gebruikt ${formatDateTime(link.lastUsedAt)} (${link.uses}×)` : 'nog niet gebruikt'}</span>
            {revoke && state === 'actief' ? <RevokeShareLink linkId={link.id} action={revoke} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
