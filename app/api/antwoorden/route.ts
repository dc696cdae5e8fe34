import { errorResponse } from '@/lib/edge/route-response';
import { exportHousesMatrix } from '@/lib/use-cases/imports/export-houses';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';

/**
 * GET /api/antwoorden?formaat=xlsx|csv: every house's answer per actor type, a row per house (the
 * many-houses format, which the beheerder can import back). Kind en Gezin and the beheerder.
 */
export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get('formaat') === 'csv' ? 'csv' : 'xlsx';
  try {
    const { body, name } = await exportHousesMatrix(await requireUser(), format);
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
