// The small database helpers of lib/: rows of a raw result (lib/rows.ts) and the cause chain of an error (lib/causes.ts).
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { causes, findCause } from '../lib/causes.js';
import { isPgError } from '../lib/db.js';
import { isBadText, isUnavailable } from '../lib/mask-error.js';
import { rowsOf } from '../lib/rows.js';

describe('rowsOf', () => {
  it('reads an array of rows (postgres.js) and { rows } (PGlite) alike', () => {
    expect(rowsOf<{ n: number }>([{ n: 1 }])).toEqual([{ n: 1 }]);
    expect(rowsOf<{ n: number }>({ rows: [{ n: 2 }], fields: [] })).toEqual([{ n: 2 }]);
  });

  it('says what it expected and what came for anything else', () => {
    expect(() => rowsOf({ count: 1 })).toThrow(
      'expected a statement result (an array of rows, or an object with a rows array), got an object without rows',
    );
    expect(() => rowsOf(null)).toThrow(/got null$/);
    expect(() => rowsOf(undefined)).toThrow(/got undefined$/);
  });
});

describe('causes', () => {
  /** drizzle's wrapper around the driver's error, inside a GraphQL error, as a resolver's failure reaches us. */
  const driver = Object.assign(new Error('duplicate key value violates unique constraint "mentors_email_uq"'), {
    code: '23505',
  });
  const drizzle = new Error('Failed query: insert into ...', { cause: driver });
  const graphql = new GraphQLError('Unexpected error', { originalError: drizzle });

  it('walks cause and GraphQL originalError links, outermost first', () => {
    expect([...causes(graphql)]).toEqual([graphql, drizzle, driver]);
    expect(findCause(graphql, (c) => c.code === '23505')).toBe(driver);
    expect(isPgError(graphql, '23505')).toBe(true);
    expect(isPgError(graphql, '23503')).toBe(false);
  });

  it('stops at a loop, at a non-object and after 8 links', () => {
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect([...causes(a)]).toEqual([a, b]);
    expect([...causes('text')]).toEqual([]);
    let deep: object = { code: '57P01' };
    for (let i = 0; i < 10; i++) deep = { cause: deep };
    expect([...causes(deep)]).toHaveLength(8);
    expect(isUnavailable(deep)).toBe(false);
  });

  it('classifies database faults through the chain', () => {
    expect(isUnavailable(new Error('wrapped', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
    expect(isUnavailable(new GraphQLError('x', { originalError: new Error('PGlite is closed') }))).toBe(true);
    expect(isBadText(new Error('Failed query', { cause: { code: '22P05' } }))).toBe(true);
    expect(isBadText(drizzle)).toBe(false);
  });
});
