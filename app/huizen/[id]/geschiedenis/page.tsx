import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { HistoryList } from '@/components/history/history-list';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getHouseHistory } from '@/lib/use-cases/history';
import { getHouseMap } from '@/lib/use-cases/house-map';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Geschiedenis' };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = (await searchParams).actor;
  const key = typeof actor === 'string' && /^(actor|type|forum):/.test(actor) ? actor : null;
  const result = await loadHousePage(`/huizen/${id}/geschiedenis`, async (user) => {
    const [network, items] = await Promise.all([getHouseMap(user, id, await requestCommitStamp()), getHouseHistory(user, id, key)]);
    return { network, items };
  });
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, items } = result.data;
  const subject = key ? (items.find((i) => i.name)?.name ?? key) : null;
  return (
    <>
      <HouseHeader house={network.house} active="geschiedenis" />
      <h2 className="mb-3 text-lg font-semibold">{subject ? `Geschiedenis van ${subject}` : 'Alle wijzigingen aan de kaart'}</h2>
      {subject ? (
        <p className="mb-3 text-sm">
          <Link className="text-brand underline-offset-2 hover:underline" href={`/huizen/${id}/geschiedenis`}>
            ← Alle wijzigingen van dit huis
          </Link>
        </p>
      ) : null}
      <HistoryList items={items} houseId={id} />
    </>
  );
}
