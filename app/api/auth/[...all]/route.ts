import { getAuth } from '@/lib/edge/auth';
import { crossSiteRefusal } from '@/lib/edge/route-response';

// Better Auth's endpoints (sign-in, sign-out, session). Every mutation must come from this
// site's own pages (lib/edge/same-origin.ts); Better Auth then checks its own rules as well.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getAuth().handler(request);
}

export function POST(request: Request) {
  return crossSiteRefusal(request) ?? getAuth().handler(request);
}
