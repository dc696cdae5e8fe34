/**
 * Turns Better Auth's `where` clauses into a parameterised Cypher predicate. Labels and property
 * names cannot be parameters in Cypher, so they are checked against a strict identifier pattern
 * (they come from Better Auth's schema, never from a request); every value is a parameter.
 */
export interface AdapterWhere {
  field: string;
  value: unknown;
  operator: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'not_in' | 'contains' | 'starts_with' | 'ends_with';
  connector: 'AND' | 'OR';
  mode?: 'sensitive' | 'insensitive';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A property or label name, back-quoted; throws on anything but a plain identifier. */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing a non-identifier name in Cypher: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** Better Auth's model names (user, session, ...) as node labels (User, Session, ...). */
export function labelFor(model: string): string {
  return identifier(model.charAt(0).toUpperCase() + model.slice(1));
}

export interface CypherPredicate {
  text: string;
  params: Record<string, unknown>;
}

/**
 * AND clauses are all required; OR clauses form one alternative group, as the SQL adapters of
 * Better Auth read them: (a AND b) AND (c OR d).
 */
export function whereToCypher(where: AdapterWhere[] | undefined, alias = 'n', prefix = 'w'): CypherPredicate {
  const params: Record<string, unknown> = {};
  const and: string[] = [];
  const or: string[] = [];
  (where ?? []).forEach((clause, index) => {
    const name = `${prefix}${index}`;
    const condition = clauseToCypher(clause, `${alias}.${identifier(clause.field)}`, name, params);
    (clause.connector === 'OR' ? or : and).push(condition);
  });
  if (or.length) and.push(`(${or.join(' OR ')})`);
  return { text: and.length ? and.join(' AND ') : 'true', params };
}

function clauseToCypher(clause: AdapterWhere, property: string, name: string, params: Record<string, unknown>): string {
  const insensitive = clause.mode === 'insensitive' && isStringOrStrings(clause.value);
  const left = insensitive ? `toLower(${property})` : property;
  const value = insensitive ? lower(clause.value) : clause.value;
  const param = `$${name}`;
  params[name] = value;
  switch (clause.operator) {
    case 'eq':
      return value === null ? `${property} IS NULL` : `${left} = ${param}`;
    case 'ne':
      return value === null ? `${property} IS NOT NULL` : `(${property} IS NULL OR ${left} <> ${param})`;
    case 'lt':
      return `${left} < ${param}`;
    case 'lte':
      return `${left} <= ${param}`;
    case 'gt':
      return `${left} > ${param}`;
    case 'gte':
      return `${left} >= ${param}`;
    case 'in':
      return `${left} IN ${param}`;
    case 'not_in':
      return `(${property} IS NULL OR NOT ${left} IN ${param})`;
    case 'contains':
      return `${left} CONTAINS ${param}`;
    case 'starts_with':
      return `${left} STARTS WITH ${param}`;
    case 'ends_with':
      return `${left} ENDS WITH ${param}`;
    default:
      throw new Error(`Unknown where operator: ${String(clause.operator)}`);
  }
}

function isStringOrStrings(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function lower(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v));
  return value;
}
