import { headers } from 'next/headers';
import { clientAddress } from '@/lib/edge/client-address';
import { sharedDownload } from '@/lib/edge/shared-download';
import { openShareLink } from '@/lib/use-cases/share-links';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The deellink's map as SVG (only the public part of the network). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const view = await openShareLink((await params).token, clientAddress(await headers()));
  return sharedDownload(view, (open) => ({ body: open.svg, type: 'image/svg+xml; charset=utf-8', name: 'netwerkkaart.svg' }));
}
