import { readTx, writeTx } from '../session';

/**
 * Sign-in attempts per key ('account:<email>', 'address:<ip>') over a sliding window, kept in
 * Neo4j so that every app process sees the same counts and a restart does not reset them:
 * (:LoginThrottle {key, attempts: [epoch ms, ...]}).
 *
 * An attempt is registered *before* the password is checked, in one write transaction that
 * locks the key's node, so parallel guesses cannot all slip past the limit; a successful
 * sign-in takes its own attempt back out, so only failures (and attempts still in flight) count.
 */
export interface AttemptDecision {
  allowed: boolean;
  /** The stamp of this attempt, to release it when the sign-in succeeds. */
  stamp: number;
  /** Seconds until the oldest counted attempt leaves the window (when refused). */
  retryAfter: number;
}

export async function registerAttempt(keys: { key: string; limit: number }[], nowMs: number, windowMs: number): Promise<AttemptDecision> {
  // A sub-millisecond fraction makes each stamp unique, so releasing one never releases another.
  const stamp = nowMs + Math.random() / 2;
  return writeTx(async (tx) => {
    const result = await tx.run<{ attempts: number[]; limit: number }>(
      `UNWIND $keys AS k
       MERGE (t:LoginThrottle {key: k.key})
       SET t.attempts = [a IN coalesce(t.attempts, []) WHERE a > $since]
       RETURN k.key AS key, k.limit AS limit, t.attempts AS attempts`,
      { keys, since: nowMs - windowMs },
    );
    const blocked = result.records.filter((r) => r.get('attempts').length >= r.get('limit'));
    if (blocked.length) {
      const oldest = Math.min(...blocked.map((r) => Math.min(...r.get('attempts'))));
      return { allowed: false, stamp, retryAfter: Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)) };
    }
    await tx.run(`UNWIND $keys AS k MATCH (t:LoginThrottle {key: k.key}) SET t.attempts = t.attempts + [$stamp]`, { keys, stamp });
    return { allowed: true, stamp, retryAfter: 0 };
  });
}

/** Takes a successful attempt back out of the count. */
export async function releaseAttempt(keys: string[], stamp: number): Promise<void> {
  await writeTx((tx) =>
    tx.run(
      `UNWIND $keys AS key MATCH (t:LoginThrottle {key: key})
       SET t.attempts = [a IN t.attempts WHERE a <> $stamp]`,
      { keys, stamp },
    ),
  );
}

/** Attempts of one key within the window, without registering one (a read). */
export async function countAttempts(key: string, nowMs: number, windowMs: number): Promise<{ count: number; oldest: number | null }> {
  return readTx(async (tx) => {
    const result = await tx.run<{ count: number; oldest: number | null }>(
      `OPTIONAL MATCH (t:LoginThrottle {key: $key})
       WITH [a IN coalesce(t.attempts, []) WHERE a > $since] AS recent
       RETURN size(recent) AS count, CASE WHEN size(recent) = 0 THEN null ELSE reduce(m = recent[0], a IN recent | CASE WHEN a < m THEN a ELSE m END) END AS oldest`,
      { key, since: nowMs - windowMs },
    );
    return { count: result.records[0].get('count'), oldest: result.records[0].get('oldest') ?? null };
  });
}
