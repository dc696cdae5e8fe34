import { readArrangements } from '@/lib/use-cases/arrangements';
import { requireUser } from '@/lib/edge/session';
import { errorResponse } from '@/lib/edge/route-response';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { getWorkshopOutcome } from '@/lib/use-cases/workshops/close';
import { workshopReportPdf } from '@/lib/formats/workshop-report-pdf';
import { workshopActing } from '@/lib/edge/participant';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The workshop report (PDF, A4), for whoever runs the workshop. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code) ?? '-';
  try {
    const outcome = await getWorkshopOutcome(await workshopActing(), code);
    // The maps in the house's own arrangement of the rings, as the projector drew them.
    const arrangements = await readArrangements(await requireUser(), outcome.workshop.houseId);
    const pdf = await workshopReportPdf(outcome, new Date(), arrangements.ringen.positions);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="verslag-workshop-${code}.pdf"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
