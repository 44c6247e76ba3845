// fast-check generators of hostile GraphQL requests: deep, wide, unknown fields, wrong variables, bad JSON.
import fc from 'fast-check';
import { hostileString, hostileValue, malformedJson } from './arbitraries.js';

const F = 'fragment F on Mentor { id fullName email orgId status { status isPaused } }';
const identifier = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,20}$/);

/** A query nested `n` levels through the schema's mentor -> reports -> mentor cycle. */
const deep = fc.integer({ min: 0, max: 12 }).map((n) => {
  let s = '...F';
  for (let i = 0; i < n; i++) s = `reports { mentor { ${s} } }`;
  return { query: `query ($id: ID!) { mentor(id: $id) { ${s} } } ${F}`, variables: { id: 'mentor-001' } };
});

/** Many aliased root fields. */
const wide = fc.integer({ min: 1, max: 40 }).map((n) => ({
  query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: mentors(limit: 100) { items { id fullName } }`).join(' ')} }`,
}));

/** Hostile values in variables of real operations. */
const badVariables = fc.oneof(
  hostileValue.map((id) => ({
    query: 'query ($id: ID!) { mentor(id: $id) { id fullName reports { id } } }',
    variables: { id },
  })),
  fc.tuple(hostileValue, hostileValue).map(([page, limit]) => ({
    query: 'query ($p: Int, $l: Int) { mentors(page: $p, limit: $l) { items { id } pageInfo { total } } }',
    variables: { p: page, l: limit },
  })),
  fc
    .record(
      { id: hostileValue, fullName: hostileValue, email: hostileValue, orgId: hostileValue },
      { requiredKeys: [] },
    )
    .map((input) => ({
      query: 'mutation ($input: CreateMentorInput!) { createMentor(input: $input) { mentor { id } } }',
      variables: { input },
    })),
  hostileString.map((id) => ({ query: `{ mentor(id: ${JSON.stringify(id)}) { id } }` })),
);

/** Unknown fields, arguments and types. */
const unknown = fc
  .tuple(identifier, identifier)
  .map(([a, b]) => ({ query: `{ ${a} { ${b} } mentor(id: "mentor-001", ${b}: 1) { ${a} } }` }));

/** A hostile body for POST /graphql (a JSON text or raw malformed text). */
export const graphqlBody: fc.Arbitrary<string> = fc.oneof(
  fc.oneof(deep, wide, badVariables, unknown).map((b) => JSON.stringify(b)),
  hostileString.map((query) => JSON.stringify({ query })),
  fc
    .record({ query: hostileValue, variables: hostileValue, operationName: hostileValue }, { requiredKeys: [] })
    .map((b) => JSON.stringify(b)),
  malformedJson,
);

/** A hostile GET /graphql URL (with the preflight header set by the caller, so CSRF does not hide the rest). */
export const graphqlGetUrl: fc.Arbitrary<string> = fc
  .oneof(deep, wide, badVariables, unknown)
  .map(
    (b) =>
      `/graphql?${new URLSearchParams({ query: b.query, ...('variables' in b ? { variables: JSON.stringify(b.variables) } : {}) })}`,
  );
