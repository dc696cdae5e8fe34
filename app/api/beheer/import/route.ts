import { requireUser } from '@/lib/edge/session';
import { assertAdmin } from '@/lib/use-cases/access';
import { importHousesFile } from '@/lib/use-cases/imports/houses-file';
import { streamImport, uploadedFile } from '@/lib/edge/job-stream';
import { crossSiteRefusal, errorResponse } from '@/lib/edge/route-response';
// Outside proxy.ts (the body streams): the security headers are set here.
import { withSecurityHeaders } from '@/lib/edge/security-headers';

export const dynamic = 'force-dynamic';

/**
 * POST /api/beheer/import?stap=voorbeeld|importeren with the file as "bestand": many houses at
 * once (a row per house, a column per type). Beheerder only; streamed like the house import.
 */
export async function POST(request: Request) {
  return withSecurityHeaders(await importFor(request));
}

async function importFor(request: Request): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const apply = new URL(request.url).searchParams.get('stap') === 'importeren';
  try {
    // Refused before the upload is read; the use case checks again.
    const user = assertAdmin(await requireUser());
    const file = await uploadedFile(request);
    return streamImport((onProgress) => importHousesFile(user, file, { apply, onProgress }));
  } catch (error) {
    return errorResponse(error);
  }
}
