import { getAuth } from '@/lib/auth';
import { crossSiteRefusal } from '@/lib/http-errors';

// Better Auth's endpoints (sign-in, sign-out, session). Every mutation must come from this
// site's own pages (lib/same-origin.ts); Better Auth then checks its own rules as well.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getAuth().handler(request);
}

export function POST(request: Request) {
  return crossSiteRefusal(request) ?? getAuth().handler(request);
}
