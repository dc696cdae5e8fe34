import { errorResponse } from '@/lib/edge/route-response';
import { eventStreamResponse, resumeFrom } from '@/lib/use-cases/workshops/event-stream';
import { streamAccess } from '@/lib/use-cases/workshops/workshop-access';
import { roomEvent } from '@/lib/domain/workshop/room-view';
import { workshopActing } from '@/lib/edge/participant';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The workshop's live events (Server-Sent Events), for its participants and for whoever runs it.
 * `?zaal=1` (the projector for the room) leaves out every name and note (lib/domain/workshop/room-view.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const access = await streamAccess(await workshopActing(), code);
    const room = new URL(request.url).searchParams.get('zaal') === '1';
    return eventStreamResponse(code, resumeFrom(request), request.signal, { endOnClose: access === 'participant', map: room ? roomEvent : undefined });
  } catch (error) {
    return errorResponse(error);
  }
}
