import { crossSiteRefusal, errorResponse } from '@/lib/edge/route-response';
import { decideProposal } from '@/lib/use-cases/workshops/proposals';
import { workshopActing } from '@/lib/edge/participant';
import { timedForBench } from '@/lib/edge/bench-echo';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The facilitator accepts, applies to the current state, or sets a proposal aside (JSON {besluit}). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string; id: string }> }) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const { code, id } = await params;
  try {
    // In bench mode only, the decision's time is split into its parts (bench/workshop-day.ts).
    const proposal = await timedForBench(id, async () => decideProposal(await workshopActing(), code, id, await request.json().catch(() => ({}))));
    return Response.json({ proposal }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
