/**
 * POSTs JSON as a browser of that origin would, and returns the JSON answer; any other status
 * than 2xx, or an answer that is not JSON (a proxy's error page), stops the bench with what came.
 */
export async function postJson(base: string, urlPath: string, body: unknown, cookie: string): Promise<Record<string, unknown>> {
  const res = await fetch(base + urlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(base).origin, cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`${urlPath}: ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok) throw new Error(`${urlPath}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}
