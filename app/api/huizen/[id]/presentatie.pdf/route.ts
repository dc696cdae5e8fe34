import { requestCommitStamp, requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { presentationHandoutPdf } from '@/lib/formats/presentation-handout-pdf';
import { getPresentationPage } from '@/lib/use-cases/presentations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The presentation's handout (PDF, A4 landscape, one page per step), for whoever may read the house. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const page = await getPresentationPage(await requireUser(), id, await requestCommitStamp(), new URL(request.url).searchParams.get('momentopname'), 'print');
    const pdf = await presentationHandoutPdf(page.network.house.name, page.steps);
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="presentatie-${id}.pdf"`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
