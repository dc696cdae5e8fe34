import 'server-only';
import { headers } from 'next/headers';

/**
 * The address participants type or scan: NETWERKKAART_URL when set (the public address behind
 * a proxy), else the host this page was asked on.
 */
export async function joinUrl(code: string): Promise<{ full: string; short: string }> {
  const configured = process.env.NETWERKKAART_URL || process.env.BETTER_AUTH_URL;
  let origin: string;
  if (configured) origin = new URL(configured).origin;
  else {
    const h = await headers();
    const host = (process.env.NETWERKKAART_TRUST_PROXY === '1' && h.get('x-forwarded-host')) || h.get('host') || 'localhost:3000';
    const proto = (process.env.NETWERKKAART_TRUST_PROXY === '1' && h.get('x-forwarded-proto')) || 'http';
    origin = `${proto}://${host}`;
  }
  const full = `${origin}/w/${code}`;
  return { full, short: full.replace(/^https?:\/\//, '') };
}
