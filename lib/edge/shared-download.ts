import 'server-only';
import type { SharedView } from '../use-cases/share-links';

const REFUSALS: Record<Exclude<SharedView['status'], 'open'>, { status: number; message: string }> = {
  verlopen: { status: 410, message: 'Deze deellink is verlopen.' },
  ingetrokken: { status: 410, message: 'Deze deellink werd ingetrokken.' },
  onbekend: { status: 404, message: 'Deze deellink bestaat niet.' },
  'te-veel': { status: 429, message: 'Te veel pogingen met een onbekende deellink. Wacht een minuut en probeer dan opnieuw.' },
};

/** A download of a deellink: the file when the link opens, else the Dutch reason with its status; never indexed or cached. */
export function sharedDownload(
  view: SharedView,
  file: (open: Extract<SharedView, { status: 'open' }>) => { body: string; type: string; name: string },
): Response {
  const common = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' };
  if (view.status !== 'open') {
    const refusal = REFUSALS[view.status];
    return new Response(refusal.message, {
      status: refusal.status,
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8', ...(view.status === 'te-veel' ? { 'Retry-After': '60' } : {}) },
    });
  }
  const { body, type, name } = file(view);
  return new Response(body, { headers: { ...common, 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` } });
}
