import 'server-only';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { z } from 'zod';
import { neo4jAdapter } from '@/graph/auth/neo4j-adapter';
import { recordChange } from '@/graph/repositories/audit';
import { isUserDeactivated } from '@/graph/repositories/user-activation';
import { writeTx } from '@/graph/session';
import { hasPasswordCredential } from '@/graph/repositories/credentials';
import { authSecret } from './auth-secret';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address';
import { admitLoginAttempt, releaseLoginAttempt, TOO_MANY_ATTEMPTS_MESSAGE } from '../use-cases/login-limits';
import { ACCOUNT_DEACTIVATED_MESSAGE } from './login-state';
import { parseTrustedDevice, rememberAccount, TRUSTED_DEVICE_COOKIE, TRUSTED_DEVICE_MAX_AGE_SECONDS, trustedDeviceFor } from './trusted-device';
import { waitLikeAPasswordCheck } from './unknown-account-delay';

/**
 * Better Auth, configured once: email + password only (no public sign-up: the beheerder makes
 * accounts), users and sessions in Neo4j through graph/auth/neo4j-adapter.ts, sessions in the
 * database only (no cookie cache), so signing out or removing a session takes effect at once.
 *
 * NETWERKKAART_URL (or BETTER_AUTH_URL) is the public address; when it starts with https:// the
 * cookies are marked Secure. Without it, the app serves plain http on localhost or the local
 * network and the address is taken from each request.
 */
/** How long a session lasts, and after how long in use it is extended (Better Auth's expiresIn/updateAge). */
export const SESSION_SECONDS = 12 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60;

function publicUrl(): string | undefined {
  return process.env.NETWERKKAART_URL || process.env.BETTER_AUTH_URL || undefined;
}

/**
 * Better Auth's base URL: the public address when it is set, else the local address `npm start`
 * serves (it only names the origin; requests from the LAN are still accepted through
 * trustedOrigins below).
 */
function authBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.NETWERKKAART_URL || env.BETTER_AUTH_URL || `http://localhost:${env.PORT || 3000}`;
}

function secureCookies(): boolean {
  return Boolean(publicUrl()?.startsWith('https://'));
}

/** The trusted-device cookie, named like Better Auth's own (with __Secure- over https). */
function deviceCookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}${COOKIE_PREFIX}.${TRUSTED_DEVICE_COOKIE}`;
}

function trustedOriginsFor(request: Request | undefined): string[] {
  const extra = (process.env.NETWERKKAART_TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const host = request?.headers.get('host');
  return host ? [`http://${host}`, `https://${host}`, ...extra] : extra;
}

/** Admitted attempts (stamp, trusted device), handed from the before to the after hook of the same request. */
const attemptStamps = new WeakMap<object, { stamp: number; device: string | null }>();

const COOKIE_PREFIX = 'netwerkkaart';

function createAuth() {
  return betterAuth({
    appName: 'Netwerkkaart',
    secret: authSecret(),
    baseURL: authBaseUrl(),
    basePath: '/api/auth',
    database: neo4jAdapter(),
    telemetry: { enabled: false },
    // The site's own origin is the Host the request was sent to (the route handler has already
    // refused any mutation whose Origin names another host: lib/edge/same-origin.ts).
    trustedOrigins: async (request) => trustedOriginsFor(request),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      autoSignIn: false,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false },
      },
    },
    session: {
      expiresIn: SESSION_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      cookieCache: { enabled: false },
    },
    // A deactivated account gets no session: checked after the password, so the refusal tells
    // nothing to someone who does not know it (graph/repositories/user-activation.ts).
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            if (await isUserDeactivated(session.userId)) {
              throw new APIError('FORBIDDEN', { message: ACCOUNT_DEACTIVATED_MESSAGE, code: 'ACCOUNT_DEACTIVATED' });
            }
          },
        },
      },
    },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 100,
      // Sign-in has its own limits per account and per address (lib/use-cases/login-limits.ts).
      customRules: { '/sign-in/email': false },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: secureCookies(),
      // The one address scripts/serve.mjs decided from the socket (lib/edge/client-address.ts).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/sign-out') {
          const session = await getSessionFromCtx(ctx).catch(() => null);
          if (session) await writeTx((tx) => recordChange(tx, { by: session.user.id, action: 'auth.sign_out', target: `user:${session.user.id}` }));
          return;
        }
        if (ctx.path !== '/sign-in/email') return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '');
        const device = trustedDeviceFor(parseTrustedDevice(await ctx.getSignedCookie(deviceCookieName(), ctx.context.secret)), email);
        const decision = await admitLoginAttempt(email, clientAddress(ctx.headers ?? new Headers()), Date.now(), device);
        if (!decision.allowed) {
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: TOO_MANY_ATTEMPTS_MESSAGE, code: 'TOO_MANY_ATTEMPTS' },
            {
              'Retry-After': String(decision.retryAfter),
            },
          );
        }
        if (ctx.body) attemptStamps.set(ctx.body as object, { stamp: decision.stamp, device });
        // No account with a password: answered as Better Auth answers a wrong password, after
        // as long as a password check takes, but without hashing (lib/edge/unknown-account-delay.ts).
        if (z.email().safeParse(email).success && !(await hasPasswordCredential(email))) {
          await waitLikeAPasswordCheck();
          throw new APIError('UNAUTHORIZED', { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email' || isAPIError(ctx.context.returned)) return;
        const newSession = ctx.context.newSession;
        if (!newSession) return;
        const address = clientAddress(ctx.headers ?? new Headers());
        const attempt = ctx.body ? attemptStamps.get(ctx.body as object) : undefined;
        if (attempt) await releaseLoginAttempt(newSession.user.email, address, attempt.stamp, attempt.device);
        // This browser now counts as one the account signed in with (lib/edge/trusted-device.ts).
        const known = parseTrustedDevice(await ctx.getSignedCookie(deviceCookieName(), ctx.context.secret));
        await ctx.setSignedCookie(deviceCookieName(), rememberAccount(known, newSession.user.email), ctx.context.secret, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure: secureCookies(),
          maxAge: TRUSTED_DEVICE_MAX_AGE_SECONDS,
        });
        await writeTx((tx) => recordChange(tx, { by: newSession.user.id, action: 'auth.sign_in', target: `user:${newSession.user.id}`, to: { address } }));
      }),
    },
    // Last, so that Set-Cookie from server actions (sign-out) reaches the browser.
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as typeof globalThis & { __netwerkkaartAuth?: Auth };

/** The one Better Auth instance of this process (created on first use, not at build time). */
export function getAuth(): Auth {
  holder.__netwerkkaartAuth ??= createAuth();
  return holder.__netwerkkaartAuth;
}
