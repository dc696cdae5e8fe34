import { headers } from 'next/headers';
import { toCsv } from '@/lib/domain/csv';
import { PUBLIC_HEADER, publicRows } from '@/lib/domain/share/public-rows';
import { clientAddress } from '@/lib/edge/client-address';
import { sharedDownload } from '@/lib/edge/shared-download';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { openShareLink } from '@/lib/use-cases/share-links';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The deellink's table as CSV: names, types, clusters, levels, overleg; nothing personal. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const view = await openShareLink((await params).token, clientAddress(await headers()));
  return sharedDownload(view, (open) => ({
    body: toCsv(PUBLIC_HEADER, publicRows(toMapModel(open.network).entries)),
    type: 'text/csv; charset=utf-8',
    name: 'netwerkkaart.csv',
  }));
}
