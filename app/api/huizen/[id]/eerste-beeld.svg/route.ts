import { requestCommitStamp, requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { parseLayoutName } from '@/lib/domain/map/layouts';
import { firstPictureSvg } from '@/lib/use-cases/map-first-picture';

export const dynamic = 'force-dynamic';

/**
 * GET /api/huizen/:id/eerste-beeld.svg?weergave=ringen|clusters|kracht&beeld=laptop|telefoon&v=…: the map
 * page's first picture (lib/domain/map/first-picture.ts), shown as an image until Cytoscape takes
 * over. `v` names the state of the house the page was drawn for: while it is the current one the
 * browser may keep the picture for good (a change makes a new address).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const answer = await firstPictureSvg(
      await requireUser(),
      id,
      await requestCommitStamp(),
      parseLayoutName(query.get('weergave')),
      query.get('beeld') === 'telefoon' ? 'compact' : 'wide',
      query.get('v'),
    );
    return new Response(answer.svg, {
      headers: {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Cache-Control': answer.current ? 'private, max-age=31536000, immutable' : 'private, no-cache',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
