// Scenario 8's merged schema: the subgraphs' own resolvers in one schema, no gateway, answer the detail and dashboard
// queries exactly as the federated gateway does, with no more SQL statements.
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { unfederatedContext, unfederatedSchema } from '../../bench/unfederated-schema.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { defaultQuery } from '../../gateway/http/graphiql.js';
import { federationDeps, inProcessExecutor } from '../../lib/entities.js';
import { openAccess } from '../../lib/caller.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { dashboardQuery } from '../support/partial-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

async function merged(query: string, variables?: Record<string, unknown>) {
  const schema = unfederatedSchema(subgraphModules);
  const { db, transaction } = t.database;
  const deps = {
    db,
    transaction,
    ...federationDeps(inProcessExecutor(subgraphModules, t.database), { access: openAccess }),
  };
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: unfederatedContext(subgraphModules, deps),
  });
  return JSON.parse(JSON.stringify(result));
}

it('answers the detail query as the gateway does', async () => {
  for (const id of ['mentor-001', 'mentor-010', 'mentor-404']) {
    const expected = await t.graphql(defaultQuery, { id });
    expect(expected.errors).toBeUndefined();
    expect(await merged(defaultQuery, { id })).toEqual(expected);
  }
});

it('answers the dashboard query (fields of all four subgraphs on a page of mentors) as the gateway does', async () => {
  const expected = await t.graphql(dashboardQuery);
  expect(expected.errors).toBeUndefined();
  expect(await merged(dashboardQuery)).toEqual(expected);
});

it('reaches one subgraph from another through entity references (activity → mentor → reports)', async () => {
  const query = `{ activity(id: "act_000083") { id mentor { id fullName orgId reports { id } } reports { id } } }`;
  const expected = await t.graphql(query);
  expect(await merged(query)).toEqual(expected);
});
