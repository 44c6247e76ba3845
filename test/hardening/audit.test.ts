// The graphql-http audit suite (GraphQL over HTTP spec) against /graphql on a real listening port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await startTestApp();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = `${address}/graphql`;
});
afterAll(async () => {
  await t?.close();
});

/** SHOULD audits we fail on purpose; each reason is in the README's "Hardening" section. */
const acceptedWarnings = new Set<string>([
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
]);

describe('graphql-http server audits', () => {
  it('passes every MUST audit; SHOULD warnings are only the accepted ones', async () => {
    const results = [];
    for (const audit of serverAudits({ url })) results.push(await audit.fn());
    const mustFailures = results.filter((r) => r.status === 'error');
    expect(mustFailures.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    const warnings = results.filter((r) => r.status === 'warn');
    expect(warnings.map((r) => r.name).filter((n) => !acceptedWarnings.has(n))).toEqual([]);
  });
});
