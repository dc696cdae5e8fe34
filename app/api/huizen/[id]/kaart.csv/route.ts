import { requestCommitStamp, requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { exportCsv, exportName } from '@/lib/use-cases/map-export';

export const dynamic = 'force-dynamic';

/** GET /api/huizen/:id/kaart.csv: the map's table for Excel. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const csv = await exportCsv(await requireUser(), id, await requestCommitStamp());
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportName(id, 'csv')}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
