import { normaliseCode } from '@/lib/domain/workshop/code';

/** The short join address on the projector and in the QR code: /w/ABC234 → the join form, code filled in. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code);
  const target = new URL(code ? `/workshop?code=${code}` : '/workshop', request.url);
  return new Response(null, { status: 307, headers: { Location: target.pathname + target.search } });
}
