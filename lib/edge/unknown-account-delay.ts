import 'server-only';
import { hashPassword, verifyPassword } from 'better-auth/crypto';

/**
 * A sign-in for an address without an account is answered without hashing the password (scrypt
 * costs the server tens of milliseconds of CPU on purpose, which strangers should not be able to
 * spend at will). So that the answer's timing does not tell which addresses have an account, it
 * comes after as long as checking a real password takes: measured once per process (two hashes),
 * then waited for, which costs no CPU.
 */
let typicalMs: Promise<number> | null = null;

function measure(): Promise<number> {
  return (async () => {
    const hash = await hashPassword('netwerkkaart-timing-probe');
    const started = performance.now();
    await verifyPassword({ hash, password: 'een-ander-wachtwoord' });
    return performance.now() - started;
  })();
}

export async function waitLikeAPasswordCheck(): Promise<void> {
  typicalMs ??= measure();
  const ms = await typicalMs;
  // A little jitter, as real checks vary.
  await new Promise((resolve) => setTimeout(resolve, ms * (0.9 + Math.random() * 0.2)));
}
