// Every one of the 10 rows answers bodies its own `response` schema (the OpenAPI document) accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { mentorStatusRoutes } from '../../gateway/rest/routes/mentor-statuses.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const rowOf = (method: string, path: string) => {
  const row = mentorStatusRoutes.find((r) => r.method === method && r.path === path);
  if (!row?.response) throw new Error(`no row with a response schema for ${method} ${path}`);
  return row.response;
};

describe('mentor-statuses rows answer their response schemas', () => {
  it('covers all 10 endpoints of the contract', async () => {
    expect(mentorStatusRoutes).toHaveLength(10);
    await t.graphql(
      'mutation { createMentor(input: { id: "mentor-099", fullName: "Nine Nine", email: "m99@example.org", orgId: "org_fjord_02" }) { mentor { id } } }',
    );
    const calls: [string, string, string, unknown, number][] = [
      ['GET', '/api/v1/mentor-statuses', '/api/v1/mentor-statuses', undefined, 200],
      [
        'POST',
        '/api/v1/mentor-statuses',
        '/api/v1/mentor-statuses',
        { mentor_id: 'mentor-099', status: 'active', is_paused: false },
        201,
      ],
      ['GET', '/api/v1/mentor-statuses/:mentorId', '/api/v1/mentor-statuses/mentor-099', undefined, 200],
      [
        'PUT',
        '/api/v1/mentor-statuses/:mentorId',
        '/api/v1/mentor-statuses/mentor-099',
        { status: 'inactive', is_paused: false },
        200,
      ],
      ['POST', '/api/v1/pause-records', '/api/v1/pause-records', { mentor_id: 'mentor-099', reason: 'other' }, 201],
      ['GET', '/api/v1/pause-records', '/api/v1/pause-records?mentor_id=mentor-099', undefined, 200],
    ];
    let pauseId = '';
    for (const [method, path, url, body, status] of calls) {
      const res = await t.request(method, url, body);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
      rowOf(method, path).parse(res.json());
      if (method === 'POST' && path === '/api/v1/pause-records') pauseId = res.json().pause_record_id;
    }
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { is_active: false }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.request(method, `/api/v1/pause-records/${pauseId}`, body);
      expect(res.statusCode).toBe(200);
      rowOf(method, '/api/v1/pause-records/:id').parse(res.json());
    }
    const del = await t.request('DELETE', '/api/v1/mentor-statuses/mentor-099');
    rowOf('DELETE', '/api/v1/mentor-statuses/:mentorId').parse(del.json());
  });
});
