import { benchEnabled, takeBenchTimings } from '@/lib/edge/bench-echo';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Bench only (NETWERKKAART_BENCH=1): where this process's timed requests spent their time, and
 * its event loop delay, since the last call (bench/workshop-day.ts reads it after each load).
 */
export async function GET() {
  if (!benchEnabled()) return Response.json({ message: 'Dit werd niet gevonden.' }, { status: 404 });
  return Response.json(takeBenchTimings(), { headers: { 'Cache-Control': 'no-store' } });
}
