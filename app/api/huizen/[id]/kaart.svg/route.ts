import { requestCommitStamp, requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { parseLayoutName } from '@/lib/domain/map/layouts';
import { exportName, exportSvg } from '@/lib/use-cases/map-export';

export const dynamic = 'force-dynamic';

/** GET /api/huizen/:id/kaart.svg?weergave=ringen|clusters: the map with title, date and legend. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const svg = await exportSvg(await requireUser(), id, await requestCommitStamp(), parseLayoutName(new URL(request.url).searchParams.get('weergave')));
    return new Response(svg, {
      headers: {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportName(id, 'svg')}"`,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
