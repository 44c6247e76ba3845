// PostgreSQL pools (lib/db.ts): transactions reserve connections of their own, so reads flow while every one of them
// is held, even by transactions waiting on a row lock.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolSizes, type Database } from '../lib/db.js';
import { onPostgres, openTestDatabase } from './support/db.js';
import { buildApp, type App } from '../gateway/http/app.js';

describe('pool sizes', () => {
  it('default to 2 statement and 8 transaction connections; options and the environment override', () => {
    expect(poolSizes({}, {})).toEqual({ statements: 2, transactions: 8 });
    expect(poolSizes({}, { DB_STATEMENT_POOL: '1', DB_TRANSACTION_POOL: '20' })).toEqual({
      statements: 1,
      transactions: 20,
    });
    expect(poolSizes({ poolSize: 3, statementPoolSize: 4 }, { DB_STATEMENT_POOL: '1' })).toEqual({
      statements: 4,
      transactions: 3,
    });
  });
});

describe.skipIf(!onPostgres)('reads while every transaction connection is held (PostgreSQL)', () => {
  let database: Database;
  let t: App;
  beforeAll(async () => {
    database = await openTestDatabase();
    t = await buildApp({ database, logLevel: 'silent' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database?.close();
  });

  it('answers the detail query and a REST read while 5 transactions (the test pool) wait on one locked row', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const holders = Array.from({ length: 5 }, (_x, i) =>
      database.transaction(async (tx) => {
        // the first takes the lock, the others queue behind it on their own connections
        await tx.execute(sql`select 1 from mentors.mentors where id = 'mentor-001' for update`);
        if (i === 0) await gate;
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    try {
      const detail = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: '{ mentor(id: "mentor-001") { fullName status { status } certification { expiryDate } } }' },
      });
      expect(detail.json().data.mentor.fullName).toEqual(expect.any(String));
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/mentor-statuses/mentor-002' })).statusCode).toBe(200);
    } finally {
      release();
      await Promise.all(holders);
    }
  }, 30_000);
});
