import 'server-only';
import { headers } from 'next/headers';
import { spacedCode } from '../domain/workshop/code';
import { qrShape, type QrShape } from '../formats/qr';
import { readAppEnv } from './app-env';

/**
 * The address participants type or scan: NETWERKKAART_URL when set (the public address behind
 * a proxy), else the host this page was asked on.
 */
async function joinUrl(code: string): Promise<{ full: string; short: string }> {
  const env = readAppEnv();
  let origin: string;
  if (env.publicOrigin) origin = env.publicOrigin;
  else {
    const h = await headers();
    const host = (env.trustForwardedHost && h.get('x-forwarded-host')) || h.get('host') || 'localhost:3000';
    const proto = (env.trustForwardedHost && h.get('x-forwarded-proto')) || 'http';
    origin = `${proto}://${host}`;
  }
  const full = `${origin}/w/${code}`;
  return { full, short: full.replace(/^https?:\/\//, '') };
}

/** What a workshop's big screens show to join: the short address, the spaced code and its QR code. */
export async function workshopJoin(code: string): Promise<{ url: string; spaced: string; qr: QrShape }> {
  const url = await joinUrl(code);
  return { url: url.short, spaced: spacedCode(code), qr: qrShape(url.full) };
}
