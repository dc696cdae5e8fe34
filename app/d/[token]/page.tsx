import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PresentationView } from '@/components/presentation/presentation-view';
import { SharedMapView } from '@/components/share/shared-map-view';
import { SharedRefusal } from '@/components/share/shared-refusal';
import { loadPageData } from '@/lib/edge/load-page-data';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { shareRefusalOf } from '@/lib/edge/share-gate';
import { viewAdmittedShareLink } from '@/lib/use-cases/share-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Gedeelde netwerkkaart', robots: { index: false, follow: false, nocache: true } };

/** A deellink, for anyone holding it: the house's map or presentation, read-only and without anything personal. */
export default async function SharedPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const { stap } = await searchParams;
  // The proxy admitted the token (counted, refused or marked used) and set this page's status.
  const refusal = shareRefusalOf(await headers());
  if (refusal) return <SharedRefusal reason={refusal} />;
  const result = await loadPageData(() => viewAdmittedShareLink(token));
  if (!result.ok) return <DatabaseErrorPanel />;
  const view = result.data;
  if (view.status !== 'open') return <SharedRefusal reason={view.status} />;
  if (view.scope === 'presentatie' && view.steps)
    return (
      <PresentationView
        houseName={view.network.house.name}
        steps={view.steps}
        initialStep={Number(Array.isArray(stap) ? stap[0] : stap) || 1}
        closeHref={null}
        handoutHref={null}
      />
    );
  return <SharedMapView network={view.network} svg={view.screenSvg} expiresAt={view.expiresAt} token={token} />;
}
