// The app's HTTP server: Next.js behind a small Node server of our own, because only the socket
// knows who is on the other end, and Next.js gives route handlers no socket (`next start` fills
// X-Forwarded-For from it only when the client did not send one, so a client could name any
// address). Used by `npm start`, `npm run dev` and the tests.
//
//   node scripts/serve.mjs [--dev] [-p <port>] [-H <host>]   (or PORT, NETWERKKAART_HOST)
//
// Every request first gets its client address decided (scripts/client-address.mjs:
// the socket's peer, or what a proxy named in NETWERKKAART_TRUSTED_PROXIES forwarded) and its
// body size checked against the path's limit (scripts/request-limits.mjs), before Next reads a
// byte of it.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from './client-address.mjs';
import { bodyRefusal } from './request-limits.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const dev = args.includes('--dev');
const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname') ?? process.env.NETWERKKAART_HOST;
process.env.NODE_ENV = dev ? 'development' : 'production';

const trusted = parseTrustedProxies(process.env.NETWERKKAART_TRUSTED_PROXIES);
// Headers only a trusted proxy may set; from anyone else they are dropped.
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

const { default: next } = await import('next');
const app = next({ dev, dir: root, hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

function refuse(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Connection: 'close' });
  res.end(`${message}\n`);
}

const server = http.createServer((req, res) => {
  const peerTrusted = trusted.has(req.socket.remoteAddress);
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
  if (!peerTrusted) for (const name of PROXY_HEADERS) delete req.headers[name];
  req.headers['x-forwarded-for'] = address;
  req.headers[CLIENT_ADDRESS_HEADER] = address;

  const pathname = (req.url ?? '/').split('?')[0];
  const refusal = bodyRefusal(pathname, req.headers);
  if (refusal) {
    // Answer without reading the body; the connection closes after the answer.
    refuse(res, refusal.status, refusal.message);
    return;
  }
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) refuse(res, 500, 'Er ging iets mis.');
    else res.end();
  });
});
// Next attaches its own upgrade handler (hot reload in development) on the first request.

server.listen(port, hostname, () => {
  console.log(
    `Netwerkkaart ${dev ? '(development) ' : ''}listens on http://${hostname ?? 'localhost'}:${port}${trusted.size ? ` (trusted proxies: ${process.env.NETWERKKAART_TRUSTED_PROXIES})` : ''}`,
  );
});

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  server.close();
  server.closeAllConnections?.();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
