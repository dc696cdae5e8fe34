import http from 'node:http';
import https from 'node:https';

/**
 * One HTTP request with full control over the connection: from which local address it leaves
 * (127.0.0.2 is another peer than 127.0.0.1 on Linux's loopback), and which headers it sends,
 * X-Forwarded-For included. For the client-address probes, where a browser or Playwright's
 * request context would choose for us.
 */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {}): Promise<RawResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, rejectUnauthorized: false, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** A JSON sign-in attempt to Better Auth, as the login form's fetch would send it. */
export function signInAttempt(baseURL: string, email: string, password: string, options: { localAddress?: string; forwardedFor?: string; cookie?: string } = {}): Promise<RawResponse> {
  const body = JSON.stringify({ email, password });
  return rawRequest(`${baseURL}/api/auth/sign-in/email`, {
    method: 'POST',
    localAddress: options.localAddress,
    body,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      Origin: baseURL,
      ...(options.forwardedFor ? { 'X-Forwarded-For': options.forwardedFor } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
  });
}

