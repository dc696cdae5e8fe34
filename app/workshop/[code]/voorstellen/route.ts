import { crossSiteRefusal, errorResponse } from '@/lib/edge/route-response';
import { submitProposal } from '@/lib/use-cases/workshops/proposals';
import { workshopActing } from '@/lib/edge/participant';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A participant's proposal (JSON). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const { code } = await params;
  try {
    const proposal = await submitProposal(await workshopActing(), code, await request.json().catch(() => ({})));
    return Response.json({ proposal }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
