import { requireUser } from '@/lib/edge/session';
import { assertAdmin } from '@/lib/use-cases/access';
import { backupFileName, createBackup } from '@/lib/use-cases/backup/create-backup';
import { MAX_BACKUP_BYTES, parseBackup, restoreBackup } from '@/lib/use-cases/backup/restore-backup';
import { streamJob, uploadedFile } from '@/lib/edge/job-stream';
import { crossSiteRefusal, errorResponse } from '@/lib/edge/route-response';
// Outside proxy.ts (the restore's body streams): the security headers are set here.
import { withSecurityHeaders } from '@/lib/edge/security-headers';

export const dynamic = 'force-dynamic';

/** GET /api/beheer/backup: the full JSON backup as a download (beheerder; recorded in the audit trail). */
export async function GET() {
  return withSecurityHeaders(await download());
}

async function download(): Promise<Response> {
  try {
    // The route checks the role itself too, as the restore below does (defence in depth).
    const backup = await createBackup(assertAdmin(await requireUser()));
    return new Response(JSON.stringify(backup), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${backupFileName()}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/beheer/backup with the file as "bestand": restore into an empty database, streamed progress. */
export async function POST(request: Request) {
  return withSecurityHeaders(await restore(request));
}

async function restore(request: Request): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  try {
    // Refused before the upload is read; the use case checks again.
    const user = assertAdmin(await requireUser());
    const file = await uploadedFile(request, MAX_BACKUP_BYTES);
    const backup = parseBackup(file.bytes);
    return streamJob((onProgress) => restoreBackup(user, backup, (done, total) => onProgress({ phase: 'schrijven', done, total })));
  } catch (error) {
    return errorResponse(error);
  }
}
