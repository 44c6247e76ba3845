// The database itself refuses what would break "paused ⇔ exactly one active pause record", whoever writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { isPgError, type Tx } from '../../lib/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { invariantBreaks, snapshot } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function refused(code: string, write: (tx: Tx) => Promise<unknown>) {
  const before = await snapshot(t.database.db);
  const err = await t.database
    .transaction(async (tx) => {
      await write(tx);
    })
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(isPgError(err, code), String(err)).toBe(true);
  expect(await snapshot(t.database.db)).toBe(before);
}

describe('database constraints of the pause invariant', () => {
  it('holds for the seed', async () => {
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });

  it('a second active pause record is a unique violation (pause_records_one_active_uq)', async () => {
    await refused('23505', (tx) =>
      tx.execute(sql`insert into mentors.pause_records (mentor_id, start_date, reason)
      values ('mentor-002', now(), 'other')`),
    );
  });

  it('a paused status without an active pause record fails at commit', async () => {
    await refused('23514', (tx) =>
      tx.execute(sql`update mentors.mentor_statuses set status = 'paused' where mentor_id = 'mentor-001'`),
    );
  });

  it('an active pause record for a mentor that is not paused fails at commit', async () => {
    await refused('23514', (tx) =>
      tx.execute(sql`insert into mentors.pause_records (mentor_id, start_date, reason)
      values ('mentor-001', now(), 'other')`),
    );
  });

  it('closing a pause without resuming the status fails at commit', async () => {
    await refused('23514', (tx) =>
      tx.execute(sql`update mentors.pause_records set is_active = false, end_date = now()
      where mentor_id = 'mentor-002' and is_active`),
    );
  });

  it('an unknown reason or an end before the start is a check violation', async () => {
    await refused('23514', (tx) =>
      tx.execute(sql`update mentors.pause_records set reason = 'vacation' where id = 'pause-rec-0001'`),
    );
    await refused('23514', (tx) =>
      tx.execute(
        sql`update mentors.pause_records set end_date = start_date - interval '1 day' where id = 'pause-rec-0001'`,
      ),
    );
  });

  it('pausing both sides in one transaction is accepted', async () => {
    await t.database.transaction(async (tx) => {
      await tx.execute(sql`update mentors.mentor_statuses set status = 'paused' where mentor_id = 'mentor-001'`);
      await tx.execute(
        sql`insert into mentors.pause_records (mentor_id, start_date, reason) values ('mentor-001', now(), 'other')`,
      );
    });
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });
});
