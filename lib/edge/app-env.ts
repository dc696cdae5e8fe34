import { z } from 'zod';

type Env = Record<string, string | undefined>;

/** An empty variable counts as unset (a line `NETWERKKAART_URL=` in a service file). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: 'moet een volledig http- of https-adres zijn, bv. https://netwerkkaart.example.be' });

const ENV_SCHEMA = z.object({
  /** The public address of the app (behind a proxy); BETTER_AUTH_URL is read as its older name. */
  NETWERKKAART_URL: optional(httpUrl),
  BETTER_AUTH_URL: optional(httpUrl),
  /** Extra origins a form may be posted from (comma-separated), e.g. when a proxy rewrites Host. */
  NETWERKKAART_TRUSTED_ORIGINS: optional(z.string()),
  /** 1: read the host and scheme a trusted reverse proxy forwards (X-Forwarded-Host/-Proto). */
  NETWERKKAART_TRUST_PROXY: optional(z.enum(['0', '1'], { error: 'is 0 of 1' })),
  /** 1: the bench's bare SSE echo route exists (bench/workshop-sse.ts). */
  NETWERKKAART_BENCH: optional(z.enum(['0', '1'], { error: 'is 0 of 1' })),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  NODE_ENV: optional(z.string()),
});

/** The app's settings from its environment, read and checked in one place. */
export interface AppEnv {
  /** The public origin (https://host[:port]) when one is configured, else null. */
  publicOrigin: string | null;
  /** Served over https: Secure cookies, HSTS and upgrade-insecure-requests. */
  https: boolean;
  trustedOrigins: string[];
  trustForwardedHost: boolean;
  benchMode: boolean;
  /** The address this process serves on when no public address is set. */
  localOrigin: string;
  development: boolean;
}

/**
 * Reads the settings; a malformed one stops with a message that names the variable and what it
 * must be, instead of a cookie or a link that silently goes wrong later.
 */
export function readAppEnv(env: Env = process.env): AppEnv {
  // The process's own settings do not change while it runs: read and checked once, not on
  // every request (the proxy, the origin check and the session each ask for them).
  if (env === process.env && processEnv) return processEnv;
  const settings = parseAppEnv(env);
  if (env === process.env) processEnv = settings;
  return settings;
}

let processEnv: AppEnv | null = null;

function parseAppEnv(env: Env): AppEnv {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Ongeldige instelling: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const publicUrl = values.NETWERKKAART_URL ?? values.BETTER_AUTH_URL ?? null;
  return {
    publicOrigin: publicUrl ? new URL(publicUrl).origin : null,
    https: publicUrl?.startsWith('https://') ?? false,
    trustedOrigins: (values.NETWERKKAART_TRUSTED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustForwardedHost: values.NETWERKKAART_TRUST_PROXY === '1',
    benchMode: values.NETWERKKAART_BENCH === '1',
    localOrigin: `http://localhost:${values.PORT ?? 3000}`,
    development: values.NODE_ENV === 'development',
  };
}
