import { requireUser } from '@/lib/edge/session';
import { assertHouseEdit } from '@/lib/use-cases/access';
import { importHouseFile } from '@/lib/use-cases/imports/house-file';
import { streamImport, uploadedFile } from '@/lib/edge/job-stream';
import { crossSiteRefusal, errorResponse } from '@/lib/edge/route-response';
// Outside proxy.ts (the body streams): the security headers are set here.
import { withSecurityHeaders } from '@/lib/edge/security-headers';

export const dynamic = 'force-dynamic';

/**
 * POST /api/huizen/:id/import?stap=voorbeeld|importeren[&verlagen=<type>…] with the file as "bestand": the preview
 * (nothing written) or the import (all rows in one transaction, or none). Answers with
 * newline-delimited JSON: progress lines, then the outcome or the refusal.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  return withSecurityHeaders(await importFor(request, context));
}

async function importFor(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const apply = query.get('stap') === 'importeren';
  // The types whose answer the user chose to lower (the preview's checkboxes).
  const confirmLowering = query.getAll('verlagen').slice(0, 200);
  try {
    // Refused before the upload is read; the use case checks again.
    const user = assertHouseEdit(await requireUser(), id);
    const file = await uploadedFile(request);
    return streamImport((onProgress) => importHouseFile(user, id, file, { apply, confirmLowering, onProgress }));
  } catch (error) {
    return errorResponse(error);
  }
}
