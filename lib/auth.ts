import 'server-only';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { neo4jAdapter } from '@/graph/auth/neo4j-adapter';
import { recordChange } from '@/graph/repositories/audit';
import { isUserDeactivated } from '@/graph/repositories/user-activation';
import { writeTx } from '@/graph/session';
import { authSecret } from './auth-secret';
import { clientAddress } from './client-address';
import { admitLoginAttempt, releaseLoginAttempt, TOO_MANY_ATTEMPTS_MESSAGE } from './login-throttle';
import { ACCOUNT_DEACTIVATED_MESSAGE } from './login-state';

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

function trustedOriginsFor(request: Request | undefined): string[] {
  const extra = (process.env.NETWERKKAART_TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const host = request?.headers.get('host');
  return host ? [`http://${host}`, `https://${host}`, ...extra] : extra;
}

/** Stamps of admitted attempts, handed from the before to the after hook of the same request. */
const attemptStamps = new WeakMap<object, number>();

function createAuth() {
  const url = publicUrl();
  return betterAuth({
    appName: 'Netwerkkaart',
    secret: authSecret(),
    baseURL: url,
    basePath: '/api/auth',
    database: neo4jAdapter(),
    telemetry: { enabled: false },
    // The site's own origin is the Host the request was sent to (the route handler has already
    // refused any mutation whose Origin names another host: lib/same-origin.ts).
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
      // Sign-in has its own limits per account and per address (lib/login-throttle.ts).
      customRules: { '/sign-in/email': false },
    },
    advanced: {
      cookiePrefix: 'netwerkkaart',
      useSecureCookies: Boolean(url?.startsWith('https://')),
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
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
        const decision = await admitLoginAttempt(email, clientAddress(ctx.headers ?? new Headers()));
        if (!decision.allowed) {
          throw new APIError('TOO_MANY_REQUESTS', { message: TOO_MANY_ATTEMPTS_MESSAGE, code: 'TOO_MANY_ATTEMPTS' }, {
            'Retry-After': String(decision.retryAfter),
          });
        }
        if (ctx.body) attemptStamps.set(ctx.body as object, decision.stamp);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email' || isAPIError(ctx.context.returned)) return;
        const newSession = ctx.context.newSession;
        if (!newSession) return;
        const stamp = ctx.body ? attemptStamps.get(ctx.body as object) : undefined;
        if (stamp !== undefined) await releaseLoginAttempt(newSession.user.email, clientAddress(ctx.headers ?? new Headers()), stamp);
        await writeTx((tx) =>
          recordChange(tx, { by: newSession.user.id, action: 'auth.sign_in', target: `user:${newSession.user.id}`, to: { address: clientAddress(ctx.headers ?? new Headers()) } }),
        );
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
