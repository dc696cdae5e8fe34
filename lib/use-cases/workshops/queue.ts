import 'server-only';

/**
 * Writes that take a workshop's lock run one after another within this process. Neo4j would
 * serialise them anyway, but 50 phones joining or proposing in the same instant make its lock
 * manager report deadlocks and retry; queuing them here first keeps every write a single,
 * short transaction. (Other processes still queue in Neo4j.)
 */
const holder = globalThis as typeof globalThis & { __netwerkkaartWorkshopQueues?: Map<string, Promise<unknown>> };

export function inWorkshopQueue<T>(code: string, work: () => Promise<T>): Promise<T> {
  const queues = (holder.__netwerkkaartWorkshopQueues ??= new Map());
  const previous = queues.get(code) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(code, next);
  void next
    .finally(() => {
      if (queues.get(code) === next) queues.delete(code);
    })
    .catch(() => undefined);
  return next;
}
