import { benchEnabled, echo, echoStream } from '@/lib/edge/bench-echo';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const notFound = () => Response.json({ message: 'Dit werd niet gevonden.' }, { status: 404 });

/** Bench only (NETWERKKAART_BENCH=1): a bare SSE stream to compare workshop streams with. */
export async function GET(request: Request) {
  if (!benchEnabled()) return notFound();
  return echoStream(request.signal);
}

/** Bench only: sends the posted JSON to every open echo stream. */
export async function POST(request: Request) {
  if (!benchEnabled()) return notFound();
  const delivered = echo(await request.json().catch(() => ({})));
  return Response.json({ delivered });
}
