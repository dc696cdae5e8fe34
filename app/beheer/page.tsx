import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTrail } from '@/components/admin/audit-trail';
import { EndInvitationButton, InvitationForm } from '@/components/admin/invitation-form';
import { NewHouseForm } from '@/components/admin/new-house-form';
import { NewUserForm } from '@/components/admin/new-user-form';
import { UserTable } from '@/components/admin/user-table';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { loadAdminOverview } from '@/lib/use-cases/admin';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { formatDate } from '@/lib/domain/format-date';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Beheer' };

const SECTIONS = [
  { id: 'gebruikers', label: 'Gebruikers' },
  { id: 'huizen', label: 'Huizen' },
  { id: 'uitnodigingen', label: 'Uitnodigingen' },
  { id: 'wijzigingen', label: 'Wijzigingen' },
];

export default async function AdminPage() {
  const result = await loadPageData(() => guardPage('/beheer', async () => loadAdminOverview(await requireUser())));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { selfId, users, houses, invitations, changes } = result.data;
  const today = brusselsDate();
  const facilitators = users.filter((u) => u.role === 'facilitator');
  return (
    <>
      <PageHeader title="Beheer" intro="Accounts, huizen en uitnodigingen van facilitatoren, en het logboek van elke wijziging.">
        <div className="flex flex-wrap gap-2 text-sm">
          <Link href="/beheer/import" className="rounded-lg border border-black/15 bg-white px-3 py-2 font-medium hover:bg-brand-soft">
            Huizen importeren
          </Link>
          <Link href="/beheer/backup" className="rounded-lg border border-black/15 bg-white px-3 py-2 font-medium hover:bg-brand-soft">
            Back-up
          </Link>
        </div>
      </PageHeader>
      <nav aria-label="Onderdelen van beheer" className="mb-8">
        <ul className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="block rounded-full border border-brand/30 bg-white px-3 py-1.5 font-medium text-brand hover:bg-brand-soft">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="gebruikers" aria-labelledby="gebruikers-titel" className="mb-12 scroll-mt-4">
        <h2 id="gebruikers-titel" className="mb-3 text-xl font-semibold">
          Gebruikers <span className="text-base font-normal text-muted">({users.length})</span>
        </h2>
        <NewUserForm houses={houses} />
        <UserTable users={users} houses={houses} selfId={selfId} />
      </section>

      <section id="huizen" aria-labelledby="huizen-titel" className="mb-12 scroll-mt-4">
        <h2 id="huizen-titel" className="mb-3 text-xl font-semibold">
          Huizen <span className="text-base font-normal text-muted">({houses.length})</span>
        </h2>
        <p className="mb-3 text-sm text-muted">
          Alle huizen staan in de{' '}
          <Link href="/huizen" className="text-brand underline">
            lijst van de huizen
          </Link>
          .
        </p>
        <NewHouseForm />
      </section>

      <section id="uitnodigingen" aria-labelledby="uitnodigingen-titel" className="mb-12 scroll-mt-4">
        <h2 id="uitnodigingen-titel" className="mb-1 text-xl font-semibold">
          Uitnodigingen
        </h2>
        <p className="mb-3 text-sm text-muted">Een facilitator werkt met een huis zolang de uitnodiging loopt (begin- en einddag inbegrepen).</p>
        <InvitationForm houses={houses} facilitators={facilitators} today={today} />
        {invitations.length ? (
          <ul className="mt-4 divide-y divide-black/10 rounded-xl border border-black/10 bg-white">
            {invitations.map((inv) => {
              const running = !inv.endedAt && inv.from <= today && today <= inv.until;
              return (
                <li key={inv.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                  <span>
                    <span className="block font-medium">
                      {inv.facilitatorName || inv.facilitatorEmail} · {inv.houseName}
                    </span>
                    <span className="block text-sm text-muted">
                      {formatDate(inv.from)} tot en met {formatDate(inv.until)} ·{' '}
                      {inv.endedAt ? 'beëindigd' : running ? 'loopt' : inv.from > today ? 'start later' : 'afgelopen'}
                    </span>
                  </span>
                  {!inv.endedAt && inv.until >= today ? (
                    <EndInvitationButton invitationId={inv.id} label={`Uitnodiging van ${inv.facilitatorName} door ${inv.houseName} beëindigen`} />
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-3 text-muted">Nog geen uitnodigingen.</p>
        )}
      </section>

      <section id="wijzigingen" aria-labelledby="wijzigingen-titel" className="scroll-mt-4">
        <h2 id="wijzigingen-titel" className="mb-1 text-xl font-semibold">
          Wijzigingen
        </h2>
        <p className="mb-3 text-sm text-muted">De laatste 100 schrijfacties: wanneer, wie, en wat er veranderde.</p>
        <AuditTrail changes={changes} houses={houses} users={users} />
      </section>
    </>
  );
}
