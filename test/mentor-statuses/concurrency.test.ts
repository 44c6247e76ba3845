// The invariant "paused ⇔ exactly one active pause record" under concurrent pause/resume requests for one mentor.
// On PostgreSQL (CI) with 50 concurrent requests; PGlite serialises statements, so it runs fewer there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/db.js';
import { invariantBreaks } from './support.js';
import { rowsOf } from '../../lib/rows.js';

const N = onPostgres ? 50 : 20;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const count = async (q: ReturnType<typeof sql>) =>
  Number(rowsOf<{ n: string | number }>(await t.database.db.execute(q))[0].n);

describe(`${N} concurrent requests for one mentor (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('concurrent pauses of one active mentor: exactly one 201, the rest 409, one active record', async () => {
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        t.request('POST', '/api/v1/pause-records', {
          mentor_id: 'mentor-005',
          reason: 'health',
          expected_return_date: `2099-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(N - 1);
    expect(
      await count(sql`select count(*) as n from mentors.pause_records where mentor_id = 'mentor-005' and is_active`),
    ).toBe(1);
    expect((await t.request('GET', '/api/v1/mentor-statuses/mentor-005')).json().status).toBe('paused');
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });

  it('mixed pause/resume requests: only 2xx/409, the invariant holds, every success is one history entry', async () => {
    const mentor = 'mentor-007';
    const historyBefore = await count(
      sql`select count(*) as n from mentors.mentor_status_history where mentor_id = ${mentor}`,
    );
    const pausesBefore = await count(sql`select count(*) as n from mentors.pause_records where mentor_id = ${mentor}`);
    const requests = Array.from({ length: N }, (_, i) => {
      switch (i % 4) {
        case 0:
          return t.request('POST', '/api/v1/pause-records', { mentor_id: mentor, reason: 'personal_leave' });
        case 1:
          return t.request('PUT', `/api/v1/mentor-statuses/${mentor}`, { status: 'active', is_paused: false });
        case 2:
          return t.request('PUT', `/api/v1/mentor-statuses/${mentor}`, {
            status: 'paused',
            is_paused: true,
            pause_reason: 'other',
          });
        default:
          return t.request('PUT', `/api/v1/mentor-statuses/api/v1/mentor-statuses/${mentor}`, { status: 'active' });
      }
    });
    const results = await Promise.all(requests);
    for (const r of results) expect([200, 201, 409], r.body).toContain(r.statusCode);
    const successes = results.filter((r) => r.statusCode < 300).length;
    expect(successes).toBeGreaterThan(N / 2);

    expect(await invariantBreaks(t.database.db)).toEqual([]);
    const active = await count(
      sql`select count(*) as n from mentors.pause_records where mentor_id = ${mentor} and is_active`,
    );
    const status = (await t.request('GET', `/api/v1/mentor-statuses/${mentor}`)).json();
    expect(active === 1).toBe(status.is_paused);
    expect(active).toBeLessThanOrEqual(1);

    const history = await count(
      sql`select count(*) as n from mentors.mentor_status_history where mentor_id = ${mentor}`,
    );
    expect(history - historyBefore).toBe(successes);
    const openings = await count(sql`select count(*) as n from mentors.mentor_status_history
      where mentor_id = ${mentor} and to_status = 'paused' and from_status is distinct from 'paused'`);
    const pauses = await count(sql`select count(*) as n from mentors.pause_records where mentor_id = ${mentor}`);
    expect(pauses - pausesBefore).toBe(openings);
  });
});
