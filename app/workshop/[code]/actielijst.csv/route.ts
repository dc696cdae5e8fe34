import { errorResponse } from '@/lib/edge/route-response';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { actionListCsv } from '@/lib/use-cases/workshops/close';
import { workshopActing } from '@/lib/edge/participant';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The workshop's action list as CSV, for whoever runs the workshop. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code) ?? '-';
  try {
    const csv = await actionListCsv(await workshopActing(), code);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="actielijst-workshop-${code}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
