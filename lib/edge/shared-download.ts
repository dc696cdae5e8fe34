import 'server-only';
import { SHARE_REFUSAL_STATUS } from '../use-cases/share-link-admission';
import type { SharedView } from '../use-cases/share-links';

const MESSAGES: Record<Exclude<SharedView['status'], 'open'>, string> = {
  verlopen: 'Deze deellink is verlopen.',
  ingetrokken: 'Deze deellink werd ingetrokken.',
  onbekend: 'Deze deellink bestaat niet.',
  'te-veel': 'Te veel pogingen met een onbekende deellink. Wacht een minuut en probeer dan opnieuw.',
};

/** A download of a deellink: the file when the link opens, else the Dutch reason with its status; never indexed or cached. */
export function sharedDownload(
  view: SharedView,
  file: (open: Extract<SharedView, { status: 'open' }>) => { body: string; type: string; name: string },
): Response {
  const common = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' };
  if (view.status !== 'open') {
    return new Response(MESSAGES[view.status], {
      status: SHARE_REFUSAL_STATUS[view.status],
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8', ...(view.status === 'te-veel' ? { 'Retry-After': '60' } : {}) },
    });
  }
  const { body, type, name } = file(view);
  return new Response(body, { headers: { ...common, 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` } });
}
