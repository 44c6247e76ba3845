// Every bad request to the mentor-statuses contract answers 400/404/409/422 in the error shape and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { snapshot } from './support.js';

let t: TestApp;
let activeOf010: string;
beforeAll(async () => {
  t = await startTestApp();
  await t.graphql(
    'mutation { createMentor(input: { id: "mentor-no-status", fullName: "No Status", email: "ns@example.org", orgId: "org_fjord_02" }) { mentor { id } } }',
  );
  activeOf010 = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-010&is_active=true')).json().data[0]
    .pause_record_id;
});
afterAll(async () => {
  await t?.close();
});

const long = (n: number) => 'x'.repeat(n);
const S = '/api/v1/mentor-statuses';
const P = '/api/v1/pause-records';
type Case = [string, string, string, unknown, number];

const statusCases: Case[] = [
  ['malformed JSON', 'POST', S, '{"mentor_id": ', 400],
  ['an array body', 'POST', S, '[]', 400],
  ['no mentor_id', 'POST', S, { status: 'active' }, 400],
  ['a 65-character mentor_id', 'POST', S, { mentor_id: long(65), status: 'active' }, 400],
  ['a numeric status', 'POST', S, { mentor_id: 'mentor-001', status: 1 }, 400],
  ['an unknown field', 'POST', S, { mentor_id: 'mentor-001', status: 'active', mood: 'good' }, 400],
  ['an unknown status', 'POST', S, { mentor_id: 'mentor-no-status', status: 'sleeping' }, 422],
  [
    'is_paused contradicting status',
    'POST',
    S,
    { mentor_id: 'mentor-no-status', status: 'active', is_paused: true },
    422,
  ],
  [
    'pause fields on an active status',
    'POST',
    S,
    { mentor_id: 'mentor-no-status', status: 'active', pause_reason: 'health' },
    422,
  ],
  [
    'an unknown pause reason',
    'POST',
    S,
    { mentor_id: 'mentor-no-status', status: 'paused', pause_reason: 'vacation' },
    422,
  ],
  [
    'a return before the start',
    'POST',
    S,
    {
      mentor_id: 'mentor-no-status',
      status: 'paused',
      pause_start_date: '2026-03-01',
      expected_return_date: '2026-02-01',
    },
    422,
  ],
  [
    'a date that is no date',
    'POST',
    S,
    { mentor_id: 'mentor-no-status', status: 'paused', pause_start_date: 'yesterday' },
    400,
  ],
  ['an unknown mentor', 'POST', S, { mentor_id: 'mentor-099', status: 'active' }, 404],
  ['a second status record', 'POST', S, { mentor_id: 'mentor-001', status: 'active', is_paused: false }, 409],
  ['a PUT contradicting itself', 'PUT', `${S}/mentor-001`, { status: 'paused', is_paused: false }, 422],
  ['a PUT without status', 'PUT', `${S}/mentor-001`, { is_paused: true }, 400],
  [
    'notes over 2000 characters',
    'PUT',
    `${S}/mentor-001`,
    { status: 'inactive', metadata: { notes: long(2001) } },
    400,
  ],
  [
    'initiated_by over 64 characters',
    'PUT',
    `${S}/mentor-001`,
    { status: 'inactive', metadata: { initiated_by: long(65) } },
    400,
  ],
  ['an unknown metadata field', 'PUT', `${S}/mentor-001`, { status: 'inactive', metadata: { who: 'me' } }, 400],
  ['February 30th', 'PUT', `${S}/mentor-001`, { status: 'paused', pause_start_date: '2026-02-30T00:00:00Z' }, 400],
  [
    'a timestamp without zone',
    'PUT',
    `${S}/mentor-001`,
    { status: 'paused', pause_start_date: '2026-02-03T00:00:00' },
    400,
  ],
  ['a PUT for an unknown mentor', 'PUT', `${S}/mentor-999`, { status: 'active' }, 404],
  ['a PUT for a mentor without status', 'PUT', `${S}/mentor-no-status`, { status: 'active' }, 404],
  ['a 65-character path id', 'PUT', `${S}/${long(65)}`, { status: 'active' }, 400],
  ['a DELETE of an unknown mentor', 'DELETE', `${S}/mentor-999`, undefined, 404],
  ['a DELETE of a missing status', 'DELETE', `${S}/mentor-no-status`, undefined, 404],
  ['page=0', 'GET', `${S}?page=0`, undefined, 400],
  ['limit=1000', 'GET', `${S}?limit=1000`, undefined, 400],
];

const pauseCases: Case[] = [
  ['malformed JSON', 'POST', P, '{"reason"', 400],
  ['no reason', 'POST', P, { mentor_id: 'mentor-003' }, 400],
  ['an unknown reason', 'POST', P, { mentor_id: 'mentor-003', reason: 'vacation' }, 422],
  [
    'a return before the start',
    'POST',
    P,
    {
      mentor_id: 'mentor-003',
      reason: 'health',
      start_date: '2026-03-26T00:00:00Z',
      expected_return_date: '2026-03-25T23:59:59Z',
    },
    422,
  ],
  ['a bad start_date', 'POST', P, { mentor_id: 'mentor-003', reason: 'health', start_date: '26/03/2026' }, 400],
  ['a 65-character mentor_id', 'POST', P, { mentor_id: long(65), reason: 'health' }, 400],
  ['an unknown mentor', 'POST', P, { mentor_id: 'mentor-999', reason: 'health' }, 404],
  ['a second pause', 'POST', P, { mentor_id: 'mentor-002', reason: 'health' }, 409],
  ['an unknown field', 'POST', P, { mentor_id: 'mentor-003', reason: 'health', note: 'x' }, 400],
  ['an unknown id', 'PUT', `${P}/pause-rec-9999`, { is_active: false }, 404],
  ['a 65-character id', 'PUT', `${P}/${long(65)}`, { is_active: false }, 400],
  ['an empty body', 'PUT', `${P}/pause-rec-0001`, {}, 400],
  ['is_active as a string', 'PUT', `${P}/pause-rec-0001`, { is_active: 'no' }, 400],
  ['reopening a closed record', 'PUT', `${P}/pause-rec-0001`, { is_active: true }, 422],
  ['an unknown reason', 'PUT', `${P}/pause-rec-0001`, { reason: 'vacation' }, 422],
  ['a DELETE of an unknown id', 'DELETE', `${P}/pause-rec-9999`, undefined, 404],
  ['page=0', 'GET', `${P}?page=0`, undefined, 400],
  ['limit=1000', 'GET', `${P}?limit=1000`, undefined, 400],
  ['is_active=maybe', 'GET', `${P}?is_active=maybe`, undefined, 400],
  ['a 65-character id in GET', 'GET', `${P}/${long(65)}`, undefined, 400],
];

async function expectRejected(method: string, url: string, body: unknown, status: number) {
  const before = await snapshot(t.database.db);
  const res = await t.request(method, url, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  expect(res.json().error.code).toBe(
    { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 409: 'CONFLICT', 422: 'UNPROCESSABLE' }[status],
  );
  expect(await snapshot(t.database.db)).toBe(before);
}

describe('bad status requests change nothing', () => {
  it('(control: a good request does change the snapshot)', async () => {
    const before = await snapshot(t.database.db);
    expect((await t.request('POST', S, { mentor_id: 'mentor-no-status', status: 'inactive' })).statusCode).toBe(201);
    expect(await snapshot(t.database.db)).not.toBe(before);
    expect((await t.request('DELETE', `${S}/mentor-no-status`)).statusCode).toBe(200);
  });

  it.each(statusCases)('%s (%s %s) on both path forms', async (_what, method, url, body, status) => {
    for (const u of [url, url.replace('/api/v1/', '/api/v1/mentor-statuses/api/v1/')])
      await expectRejected(method, u, body, status);
  });
});

describe('bad pause record requests change nothing', () => {
  it.each(pauseCases)('%s (%s %s)', async (_what, method, url, body, status) => {
    await expectRejected(method, url, body, status);
  });

  it.each([
    ['an end before the start', { end_date: '2000-01-01T00:00:00Z' }],
    ['is_active true with an end_date', { is_active: true, end_date: '2099-01-01T00:00:00Z' }],
    ['a return before the start', { expected_return_date: '2000-01-01' }],
  ])('%s on the active record → 422', async (_what, body) => {
    await expectRejected('PUT', `${P}/${activeOf010}`, body, 422);
  });
});

describe('bad createMentor input changes nothing', () => {
  it.each([
    [
      'a taken id',
      { id: 'mentor-001', fullName: 'X', email: 'x1@example.org', orgId: 'org_fjord_02' },
      'CONFLICT',
      /mentor 'mentor-001' already exists/,
    ],
    [
      'a taken email',
      { id: 'mentor-x2', fullName: 'X', email: 'NS@example.org', orgId: 'org_fjord_02' },
      'CONFLICT',
      /email 'ns@example.org'/,
    ],
    [
      'a bad email',
      { id: 'mentor-x3', fullName: 'X', email: 'not-an-email', orgId: 'org_fjord_02' },
      'BAD_REQUEST',
      /email/,
    ],
    [
      'a 65-character id',
      { id: long(65), fullName: 'X', email: 'x4@example.org', orgId: 'org_fjord_02' },
      'BAD_REQUEST',
      /id must be/,
    ],
  ])('%s', async (_what, input, code, message) => {
    const before = await snapshot(t.database.db);
    const r = await t.graphql('mutation ($i: CreateMentorInput!) { createMentor(input: $i) { mentor { id } } }', {
      i: input,
    });
    expect(r.errors?.[0].extensions.code).toBe(code);
    expect(r.errors?.[0].message).toMatch(message);
    expect(await snapshot(t.database.db)).toBe(before);
  });
});
