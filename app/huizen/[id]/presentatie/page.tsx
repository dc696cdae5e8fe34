import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { PresentationEditor } from '@/components/presentation/presentation-editor';
import { STEP_NAMES } from '@/lib/domain/presentation/presentation-steps';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getPresentationPage } from '@/lib/use-cases/presentations';
import { ShareLinkForm } from '@/components/share/share-link-form';
import { ShareLinkList } from '@/components/share/share-link-list';
import { listShareLinks } from '@/lib/use-cases/share-links';
import { savePresentationAction } from './actions';
import { createShareLinkAction, revokeShareLinkAction } from './share-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Presentatie' };

/** The house's presentation: start it, get the handout, and (who may edit) word, hide and order its steps. */
export default async function PresentationSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/presentatie`, async (user) => {
    const [page, links] = await Promise.all([getPresentationPage(user, id, await requestCommitStamp()), listShareLinks(user, id)]);
    return { ...page, links };
  });
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, settings, snapshots, canEdit, steps, links } = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="presentatie" />
      <section aria-labelledby="presenteren" className="space-y-3">
        <h2 id="presenteren" className="text-xl font-semibold">
          Presenteren
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Vertel het verhaal van uw netwerk stap voor stap aan de gemeenteraad, de stuurgroep of nieuwe partners: schermvullend, met pijltjestoetsen, een klik
          of een veeg. Elke actor blijft op zijn plaats; bij elke stap komt er enkel bij wat nieuw is.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/huizen/${id}/presenteren`} className="rounded-md bg-brand px-4 py-2 font-medium text-white">
            Presentatie starten ({steps.length} {steps.length === 1 ? 'stap' : 'stappen'})
          </Link>
          <a href={`/api/huizen/${id}/presentatie.pdf`} className="rounded-md border border-black/15 bg-white px-4 py-2 font-medium">
            Handout (PDF, één pagina per stap)
          </a>
        </div>
      </section>
      <section aria-labelledby="stappen" className="mt-8 space-y-3">
        <h2 id="stappen" className="text-xl font-semibold">
          Stappen
        </h2>
        {canEdit ? (
          <PresentationEditor settings={settings} snapshots={snapshots} action={savePresentationAction.bind(null, id)} />
        ) : (
          <ol className="list-decimal space-y-2 pl-6">
            {settings.steps
              .filter((s) => !s.hidden)
              .map((s) => (
                <li key={s.id}>
                  <strong>{STEP_NAMES[s.id]}</strong>: {s.caption}
                </li>
              ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="deellinks" className="mt-8 space-y-3">
        <h2 id="deellinks" className="text-xl font-semibold">
          Deellinks
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Een deellink toont de kaart of de presentatie aan wie geen account heeft, alleen om te bekijken. Hij vervalt na hoogstens 90 dagen en kan altijd
          ingetrokken worden.
        </p>
        {canEdit ? <ShareLinkForm action={createShareLinkAction.bind(null, id)} /> : null}
        <ShareLinkList links={links} revoke={canEdit ? revokeShareLinkAction.bind(null, id) : null} />
      </section>
    </>
  );
}
