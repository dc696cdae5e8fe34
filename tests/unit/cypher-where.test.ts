import { describe, expect, it } from 'vitest';
import { identifier, labelFor, whereToCypher, type AdapterWhere } from '@/graph/auth/cypher-where';

const clause = (c: Partial<AdapterWhere> & Pick<AdapterWhere, 'field' | 'value'>): AdapterWhere => ({ operator: 'eq', connector: 'AND', ...c });

describe("Better Auth's where clauses as parameterised Cypher", () => {
  it('puts every value in a parameter, never in the text', () => {
    const evil = "x' OR 1=1 //";
    const predicate = whereToCypher([clause({ field: 'email', value: evil })]);
    expect(predicate.text).toBe('n.`email` = $w0');
    expect(predicate.params).toEqual({ w0: evil });
    expect(predicate.text).not.toContain(evil);
  });

  it('groups AND clauses and one OR alternative', () => {
    const predicate = whereToCypher([
      clause({ field: 'userId', value: 'u1' }),
      clause({ field: 'expiresAt', value: '2026-01-01', operator: 'gt' }),
      clause({ field: 'token', value: 'a', connector: 'OR' }),
      clause({ field: 'token', value: 'b', connector: 'OR' }),
    ]);
    expect(predicate.text).toBe('n.`userId` = $w0 AND n.`expiresAt` > $w1 AND (n.`token` = $w2 OR n.`token` = $w3)');
  });

  it('handles null, not-equal, lists, text search and case-insensitive matching', () => {
    expect(whereToCypher([clause({ field: 'image', value: null })]).text).toBe('n.`image` IS NULL');
    expect(whereToCypher([clause({ field: 'role', value: 'x', operator: 'ne' })]).text).toBe('(n.`role` IS NULL OR n.`role` <> $w0)');
    expect(whereToCypher([clause({ field: 'id', value: ['a', 'b'], operator: 'in' })]).text).toBe('n.`id` IN $w0');
    expect(whereToCypher([clause({ field: 'id', value: ['a'], operator: 'not_in' })]).text).toBe('(n.`id` IS NULL OR NOT n.`id` IN $w0)');
    expect(whereToCypher([clause({ field: 'name', value: 'Gent', operator: 'contains' })]).text).toBe('n.`name` CONTAINS $w0');
    const insensitive = whereToCypher([clause({ field: 'email', value: 'A@B.BE', mode: 'insensitive' })]);
    expect(insensitive).toEqual({ text: 'toLower(n.`email`) = $w0', params: { w0: 'a@b.be' } });
    expect(whereToCypher([]).text).toBe('true');
  });

  it('refuses a label or property name that is not a plain identifier', () => {
    expect(labelFor('session')).toBe('`Session`');
    expect(() => identifier('name` = 1 DETACH DELETE n //')).toThrow(/non-identifier/);
    expect(() => whereToCypher([clause({ field: 'a b', value: 1 })])).toThrow();
  });
});
