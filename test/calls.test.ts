// Cross-subgraph calls: every document in subgraphs/<caller>/calls/<owner>/ is registered, fresh from codegen, valid
// against the owner's served schema (buildSubgraphSchema: `_entities`, `_Entity`, `_Any`), and runs through both
// executors (in-process against the owner's schema; HTTP with the shared secret and the request id).
import { openAccess } from '../lib/caller.js';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphNames, SECRET_HEADER } from '../lib/config.js';
import type { Database } from '../lib/db.js';
import { callSubgraph, inProcessExecutor } from '../lib/entities.js';
import type { SubgraphCall } from '../lib/subgraph.js';
import { remoteExecutor } from '../lib/remote-executor.js';
import { serveSubgraph } from '../lib/serve-subgraph.js';
import { subgraphModules } from '../gateway/subgraphs.js';
import { calls as statsCalls, mentorOrg } from '../subgraphs/stats/calls/index.js';
import { calls as milestonesCalls, mentorExists, readStats } from '../subgraphs/milestones/calls/index.js';
import { activityOf, calls as reportsCalls, mentorOf } from '../subgraphs/reports/calls/index.js';
import { detectionPeriod } from '../subgraphs/milestones/period.js';
import { openTestDatabase } from './support/db.js';

/** Every registered call, by calling subgraph. */
const registered: Record<string, readonly SubgraphCall<unknown, never>[]> = {
  stats: statsCalls,
  milestones: milestonesCalls,
  reports: reportsCalls,
};

/** Every `calls/<owner>/*.graphql` file of every subgraph. */
function callFiles() {
  const files: { caller: string; owner: string; path: string }[] = [];
  for (const caller of subgraphNames) {
    const dir = new URL(`../subgraphs/${caller}/calls/`, import.meta.url);
    let owners: string[];
    try {
      owners = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    } catch {
      continue;
    }
    for (const owner of owners) {
      for (const f of readdirSync(new URL(`${owner}/`, dir)).filter((n) => n.endsWith('.graphql'))) {
        files.push({ caller, owner, path: new URL(`${owner}/${f}`, dir).pathname });
      }
    }
  }
  return files;
}

const allCalls = Object.entries(registered).flatMap(([caller, list]) => list.map((call) => ({ caller, call })));

describe('call documents', () => {
  it('every .graphql file is a registered call of its folder’s owner, and its generated document is fresh', () => {
    const files = callFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = print(parse(readFileSync(file.path, 'utf8')));
      const match = registered[file.caller]?.find((c) => print(c.document) === source);
      expect(match, `${file.path} is registered (and npm run codegen is up to date)`).toBeDefined();
      expect(match!.owner, `${file.path} is sent to the subgraph of its folder`).toBe(file.owner);
    }
    expect(allCalls).toHaveLength(files.length);
  });

  it('operation names are unique across the project (the owner’s logs tell the calls apart)', () => {
    const names = allCalls.map(({ call }) => call.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(allCalls.map(({ caller, call }) => [caller, call.name, call] as const))(
    '%s → %s is valid against the owner’s served schema',
    (_caller, _name, call) => {
      expect(validate(subgraphModules[call.owner].schema, call.document).map((e) => e.message)).toEqual([]);
    },
  );

  it('a field renamed in the owner’s schema makes the calls that select it invalid', () => {
    const sdl = readFileSync(new URL('../subgraphs/mentors/schema.graphql', import.meta.url), 'utf8');
    const renamed = buildSubgraphSchema([{ typeDefs: parse(sdl.replace(/\borgId\b/g, 'organisationId')) }]);
    const selectingOrg = allCalls.filter(
      ({ call }) => call.owner === 'mentors' && print(call.document).includes('orgId'),
    );
    expect(selectingOrg.length).toBeGreaterThanOrEqual(2);
    for (const { call } of selectingOrg) {
      expect(validate(renamed, call.document).map((e) => e.message)).toContainEqual(
        expect.stringMatching(/Cannot query field "orgId" on type "Mentor"/),
      );
    }
  });
});

describe('the in-process executor', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  const deps = () => ({ call: callSubgraph(inProcessExecutor(subgraphModules, database), { access: openAccess }) });

  it('runs each call against its owner and answers typed data', async () => {
    const ctx = deps();
    expect(await mentorOrg(ctx, 'mentor-001')).toBe('org_nansen_01');
    expect(await mentorOrg(ctx, 'mentor-404')).toBeNull();
    expect(await mentorExists(ctx, 'mentor-040')).toBe(true);
    expect(await mentorExists(ctx, 'mentor-404')).toBe(false);
    expect(await mentorOf(ctx, 'mentor-040')).toEqual({ id: 'mentor-040', orgId: 'org_fjord_02' });
    expect(await activityOf(ctx, 'act_000001')).toEqual({
      id: 'act_000001',
      mentorId: 'mentor-001',
      orgId: 'org_nansen_01',
    });
    expect(await activityOf(ctx, 'act_404')).toBeNull();
  });

  it('reads the stats feed with and without totals in one document', async () => {
    const ctx = deps();
    const period = detectionPeriod({ startDate: '2000-01-01', endDate: '2100-12-31' });
    const thresholds = { hours_logged: [1, 1e9], contacts_helped: [], activity_count: [1] };
    const withTotals = await readStats(ctx, 'mentor-001', period, true, thresholds);
    expect(withTotals.values?.activity_count).toBeGreaterThan(0);
    expect([...withTotals.crossedAt.hours_logged.keys()]).toEqual([1]);
    expect(withTotals.crossedAt.contacts_helped.size).toBe(0);
    expect(withTotals.crossedAt.activity_count.get(1)).toBeInstanceOf(Date);
    const without = await readStats(ctx, 'mentor-001', period, false, thresholds);
    expect(without.values).toBeNull();
    expect(without.crossedAt).toEqual(withTotals.crossedAt);
  });

  it('answers a text document too (parsed once), and reports validation errors instead of executing', async () => {
    const exec = inProcessExecutor(subgraphModules, database);
    const text = '{ activityTypes { id } }';
    const first = await exec('stats', text, {}, { access: openAccess });
    expect((first.data?.activityTypes as unknown[]).length).toBe(5);
    expect(await exec('stats', text, {}, { access: openAccess })).toEqual(first);
    const bad = await exec('stats', '{ activityTypez { id } }', {});
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0].message).toMatch(/activityTypez/);
    await expect(exec('nowhere', text, {})).rejects.toThrow(/no subgraph 'nowhere'/);
  });

  it('an error of the owner rejects the call, naming the operation and the owner', async () => {
    const failing = callSubgraph(() => Promise.resolve({ errors: [{ message: 'boom' }] }), { access: openAccess });
    await expect(mentorOrg({ call: failing }, 'mentor-001')).rejects.toThrow(
      'call StatsMentorOrg to the mentors subgraph failed: boom',
    );
  });
});

type Seen = { headers: IncomingHttpHeaders; body: { query: string; operationName: string; variables: unknown } };

/** A stand-in mentors subgraph on a free port that records each request and answers one Mentor entity. */
async function recordingMentors(seen: Seen[]) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: JSON.parse(body) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { _entities: [{ id: 'mentor-001', orgId: 'org_x' }] } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as { port: number }).port };
}

describe('the HTTP executor', () => {
  it('sends the printed document, operation name, shared secret and request id', async () => {
    const seen: Seen[] = [];
    const { server, port } = await recordingMentors(seen);
    try {
      const exec = remoteExecutor((name) => `http://127.0.0.1:${port}/${name}`, 's3cret');
      expect(
        await mentorOrg({ call: callSubgraph(exec, { requestId: 'req-42', access: openAccess }) }, 'mentor-001'),
      ).toBe('org_x');
      expect(
        await mentorOrg({ call: callSubgraph(exec, { requestId: 'bad id\nx', access: openAccess }) }, 'mentor-001'),
      ).toBe('org_x');
    } finally {
      server.close();
    }
    const [first, second] = seen;
    expect(first.headers[SECRET_HEADER]).toBe('s3cret');
    expect(first.headers['x-request-id']).toBe('req-42');
    expect(first.body).toEqual({
      query: print(statsCalls[0].document),
      operationName: 'StatsMentorOrg',
      variables: { representations: [{ __typename: 'Mentor', id: 'mentor-001' }] },
    });
    expect(second.headers['x-request-id']).toBeUndefined();
  });

  it('a standalone subgraph forwards its request’s x-request-id on the calls it makes', async () => {
    const seen: Seen[] = [];
    const mentors = await recordingMentors(seen);
    const database = await openTestDatabase();
    const stats = await serveSubgraph(subgraphModules.stats, {
      port: 0,
      database,
      secret: 'calls-secret',
      logLevel: 'silent',
      urlOf: () => `http://127.0.0.1:${mentors.port}/graphql`,
    });
    try {
      // personalStats @requires orgId: without it in the representation, stats asks the mentors subgraph.
      const query = `{ _entities(representations: [{ __typename: "Mentor", id: "mentor-001" }]) {
        ... on Mentor { personalStats(asOf: "2026-01-31") { mentorId } } } }`;
      const res = await fetch(stats.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: 'calls-secret', 'x-request-id': 'trace-7' },
        body: JSON.stringify({ query }),
      });
      expect(await res.json()).toEqual({ data: { _entities: [{ personalStats: { mentorId: 'mentor-001' } }] } });
    } finally {
      await stats.close();
      mentors.server.close();
      await database.close();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0].headers['x-request-id']).toBe('trace-7');
    expect(seen[0].headers[SECRET_HEADER]).toBe('calls-secret');
    expect(seen[0].body.operationName).toBe('StatsMentorOrg');
  });
});
