/**
 * Signs in through the app's own endpoint, as a browser would (with its Origin), and returns the
 * session cookies as `name=value` pairs: the benches send them as a Cookie header or hand them to
 * a Playwright context.
 */
export async function signInCookiePairs(base: string, email: string, password: string): Promise<string[]> {
  const origin = new URL(base).origin;
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]);
}

/** The pairs as one Cookie header. */
export const cookieHeader = (pairs: string[]) => pairs.join('; ');

/** The pairs as Playwright cookies for `url`. */
export function browserCookies(pairs: string[], url: string): { name: string; value: string; url: string }[] {
  return pairs.map((pair) => {
    const [name, ...value] = pair.split('=');
    return { name, value: value.join('='), url };
  });
}
