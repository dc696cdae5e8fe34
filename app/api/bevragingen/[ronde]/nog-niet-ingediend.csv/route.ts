import { requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { waitingHousesFile } from '@/lib/use-cases/rounds/rounds-overview';

export const dynamic = 'force-dynamic';

/** The houses that did not submit to the round yet, with their coordinators' addresses (Kind en Gezin, beheerder). */
export async function GET(_request: Request, { params }: { params: Promise<{ ronde: string }> }) {
  const { ronde } = await params;
  try {
    const { filename, csv } = await waitingHousesFile(await requireUser(), ronde);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
