import { errorResponse } from '@/lib/edge/route-response';
import { eventStreamResponse, resumeFrom } from '@/lib/use-cases/workshops/event-stream';
import { requireStreamAccess } from '@/lib/edge/workshop-stream-access';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The workshop's live events (Server-Sent Events), for its participants and for whoever runs it. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const access = await requireStreamAccess(code);
    return eventStreamResponse(code, resumeFrom(request), request.signal, { endOnClose: access === 'participant' });
  } catch (error) {
    return errorResponse(error);
  }
}
