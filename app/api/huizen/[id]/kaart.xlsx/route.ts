import { requestCommitStamp, requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { exportName, exportXlsx } from '@/lib/use-cases/map-export';

export const dynamic = 'force-dynamic';

/** GET /api/huizen/:id/kaart.xlsx: the map's table as an Excel workbook (imports back). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const xlsx = await exportXlsx(await requireUser(), id, await requestCommitStamp());
    return new Response(new Uint8Array(xlsx), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${exportName(id, 'xlsx')}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
