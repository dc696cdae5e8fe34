import neo4j, { Neo4jError } from 'neo4j-driver';
import { createAdapterFactory, type CustomAdapter } from 'better-auth/adapters';
import { readTx, writeTx } from '../session';
import { identifier, labelFor, whereToCypher, type AdapterWhere } from './cypher-where';

/**
 * Better Auth's database adapter on Neo4j: its models live as nodes in the product's own
 * database, (:User), (:Session), (:Account), (:Verification), (:RateLimit), one node per row,
 * the row's columns as properties. Dates are stored as ISO-8601 strings (the factory converts
 * them, `supportsDates: false`), which sort and compare correctly as strings. Every value is a
 * Cypher parameter; labels and property names are checked identifiers from Better Auth's schema.
 *
 * The product's own relationships (User-[:COORDINATES]->House, invitations) are kept by
 * graph/repositories/users.ts; this adapter never touches them, and deletes with DETACH so a
 * removed user takes its relationships along.
 */
type Row = Record<string, unknown>;

function pick(row: Row | null, select?: string[]): Row | null {
  if (!row || !select?.length) return row;
  return Object.fromEntries(Object.entries(row).filter(([key]) => select.includes(key)));
}

function clean(where: AdapterWhere[] | undefined): AdapterWhere[] {
  return where ?? [];
}

/**
 * Better Auth's adapter methods are generic in the row they answer with (`findOne<T>`, the model's
 * shape it then reads); what Neo4j returns is the node's property map. This is where the one meets
 * the other: the only cast of graph/, which the adapter contract makes unavoidable.
 */
function asModel<T>(row: Row): T {
  return row as T;
}

const adapter: CustomAdapter = {
  async create({ model, data, select }) {
    const row = await writeTx(async (tx) => {
      const result = await tx.run<{ row: Row }>(`CREATE (n:${labelFor(model)}) SET n = $data RETURN properties(n) AS row`, { data: withoutNulls(data) });
      return result.records[0].get('row');
    });
    return asModel(pick({ ...nullsOf(data), ...row }, select) ?? {});
  },

  async findOne({ model, where, select }) {
    const predicate = whereToCypher(clean(where));
    const row = await readTx(async (tx) => {
      const result = await tx.run<{ row: Row }>(`MATCH (n:${labelFor(model)}) WHERE ${predicate.text} RETURN properties(n) AS row LIMIT 1`, predicate.params);
      return result.records[0]?.get('row') ?? null;
    });
    const picked = pick(row, select);
    return picked ? asModel(picked) : null;
  },

  async findMany({ model, where, limit, select, sortBy, offset }) {
    const predicate = whereToCypher(clean(where));
    const order = sortBy ? `ORDER BY n.${identifier(sortBy.field)} ${sortBy.direction === 'desc' ? 'DESC' : 'ASC'}` : '';
    const rows = await readTx(async (tx) => {
      const result = await tx.run<{ row: Row }>(
        `MATCH (n:${labelFor(model)}) WHERE ${predicate.text}
         RETURN properties(n) AS row ${order} SKIP $offset LIMIT $limit`,
        { ...predicate.params, offset: neo4j.int(offset ?? 0), limit: neo4j.int(limit ?? 100) },
      );
      return result.records.map((record) => record.get('row'));
    });
    return rows.map((row) => asModel(pick(row, select) ?? row));
  },

  async count({ model, where }) {
    const predicate = whereToCypher(clean(where));
    return readTx(async (tx) => {
      const result = await tx.run<{ n: number }>(`MATCH (n:${labelFor(model)}) WHERE ${predicate.text} RETURN count(n) AS n`, predicate.params);
      return result.records[0].get('n');
    });
  },

  async update({ model, where, update }) {
    const predicate = whereToCypher(clean(where));
    return writeTx(async (tx) => {
      const result = await tx.run<{ row: Row }>(
        `MATCH (n:${labelFor(model)}) WHERE ${predicate.text}
         WITH n LIMIT 1 SET n += $update RETURN properties(n) AS row`,
        { ...predicate.params, update },
      );
      const row = result.records[0]?.get('row');
      return row ? asModel(row) : null;
    });
  },

  async updateMany({ model, where, update }) {
    const predicate = whereToCypher(clean(where));
    return writeTx(async (tx) => {
      const result = await tx.run<{ n: number }>(`MATCH (n:${labelFor(model)}) WHERE ${predicate.text} SET n += $update RETURN count(n) AS n`, {
        ...predicate.params,
        update,
      });
      return result.records[0].get('n');
    });
  },

  async delete({ model, where }) {
    const predicate = whereToCypher(clean(where));
    await writeTx((tx) => tx.run(`MATCH (n:${labelFor(model)}) WHERE ${predicate.text} DETACH DELETE n`, predicate.params));
  },

  async deleteMany({ model, where }) {
    const predicate = whereToCypher(clean(where));
    return writeTx(async (tx) => {
      const result = await tx.run<{ n: number }>(
        `MATCH (n:${labelFor(model)}) WHERE ${predicate.text} WITH collect(n) AS nodes
         FOREACH (x IN nodes | DETACH DELETE x) RETURN size(nodes) AS n`,
        predicate.params,
      );
      return result.records[0].get('n');
    });
  },

  // Of two racing callers only one may get the row: the first SET takes the node's write lock,
  // and the predicate is read again once the lock is held (a racer then finds the node gone).
  async consumeOne({ model, where }) {
    const predicate = whereToCypher(clean(where));
    const again = whereToCypher(clean(where), 'n', 'r');
    try {
      return await writeTx(async (tx) => {
        const result = await tx.run<{ row: Row }>(
          `MATCH (n:${labelFor(model)}) WHERE ${predicate.text}
           WITH n LIMIT 1 SET n.__locked = true
           WITH n WHERE ${again.text}
           WITH n, properties(n) AS row DETACH DELETE n RETURN row`,
          { ...predicate.params, ...again.params },
        );
        const row = result.records[0]?.get('row');
        if (!row) return null;
        delete row.__locked;
        return asModel(row);
      });
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound') return null;
      throw error;
    }
  },

  async incrementOne({ model, where, increment, set }) {
    const predicate = whereToCypher(clean(where));
    const assignments = Object.keys(increment).map((field, i) => `n.${identifier(field)} = coalesce(n.${identifier(field)}, 0) + $inc${i}`);
    const params: Record<string, unknown> = { ...predicate.params, set: set ?? {} };
    Object.values(increment).forEach((delta, i) => (params[`inc${i}`] = delta));
    return writeTx(async (tx) => {
      const result = await tx.run<{ row: Row }>(
        `MATCH (n:${labelFor(model)}) WHERE ${predicate.text}
         WITH n LIMIT 1 SET ${assignments.join(', ')}, n += $set RETURN properties(n) AS row`,
        params,
      );
      const row = result.records[0]?.get('row');
      return row ? asModel(row) : null;
    });
  },
};

/** The adapter factory Better Auth takes as `database`. */
export const neo4jAdapter = () =>
  createAdapterFactory({
    config: {
      adapterId: 'neo4j',
      adapterName: 'Neo4j (Netwerkkaart)',
      usePlural: false,
      supportsNumericIds: false,
      supportsDates: false,
      supportsBooleans: true,
      supportsJSON: false,
      supportsArrays: false,
      transaction: false,
    },
    adapter: () => adapter,
  });

function withoutNulls(data: Row): Row {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
}

/** Neo4j does not store null properties; the row handed back still names them. */
function nullsOf(data: Row): Row {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value === null)
      .map(([key]) => [key, null]),
  );
}
