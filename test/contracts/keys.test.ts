// Every documented endpoint of the five REST contracts answers with the key structure of its response example.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { backgroundSettled } from '../../gateway/rest/register.js';
import { loadContracts } from './parse.js';
import { shapeDiff } from './shape.js';
import { contractRequests } from './requests.js';

const endpoints = loadContracts();
const keyOf = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  // POST LoadMentorDetail loads in the background; let it finish before the database closes.
  if (t) await backgroundSettled(t.app);
  await t?.close();
});

describe('the contract files', () => {
  it('document 33 endpoints, each with a response example', () => {
    expect(endpoints).toHaveLength(33);
    expect(endpoints.filter((e) => e.response === undefined).map(keyOf)).toEqual([]);
    expect(new Set(endpoints.map(keyOf)).size).toBe(33);
  });

  it('have a request in the table for every endpoint, and the table nothing else', () => {
    const documented = endpoints.map(keyOf).sort();
    expect(Object.keys(contractRequests).sort()).toEqual(documented);
  });
});

describe.each(endpoints.map((e) => [keyOf(e), e] as const))('%s', (key, endpoint) => {
  it('answers with the keys of the response example, in order', async () => {
    const row = contractRequests[key];
    if (!row) throw new Error(`expected a request for ${key} in contractRequests, found none`);
    const res = await row.send(t);
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(shapeDiff(endpoint.response, res.json(), row.openMaps), res.body).toEqual([]);
  });
});
