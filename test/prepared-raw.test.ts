// preparedRaw (lib/prepared.ts) reaches past drizzle's documented API (raw `sql` has no `.prepare(name)`): these
// checks fail the day a drizzle upgrade changes what it relies on. PGlite always; PostgreSQL too when DATABASE_URL
// is set, where the statement must really be prepared on the server (pg_prepared_statements of the connection).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../lib/db.js';
import { preparedRaw } from '../lib/prepared.js';
import { rowsOf } from '../lib/rows.js';

/** The row the statement selects: one per number in 1..count. */
interface Row {
  n: number;
  t: string;
  d: string;
  b: boolean;
  arr: number[];
  label: string;
  nothing: string | null;
}

const p = (name: string) => sql.placeholder(name);
/** The statement under test (placeholders) and the same text with values inline (for the unprepared control). */
const statement = (count: unknown, flag: unknown, label: unknown) =>
  sql`select g as n, g::text as t, (date '2025-01-01' + g)::date as d, ${flag}::boolean as b,
    array[g, g * 2] as arr, ${label}::text as label, null::text as nothing
  from generate_series(1, ${count}::int) g order by g`;

const expected = (count: number, flag: boolean, label: string): Row[] =>
  Array.from({ length: count }, (_x, i) => ({
    n: i + 1,
    t: String(i + 1),
    d: `2025-01-${String(i + 2).padStart(2, '0')}`,
    b: flag,
    arr: [i + 1, 2 * (i + 1)],
    label,
    nothing: null,
  }));

const url = process.env.DATABASE_URL;
const drivers: ['pglite' | 'postgres', () => Promise<Database>][] = [
  ['pglite', () => openDatabase({ migrate: false })],
];
// One connection per pool, so pg_prepared_statements (per connection) is read on the connection that prepared.
if (url) drivers.push(['postgres', () => openDatabase({ url, migrate: false, statementPoolSize: 1, poolSize: 1 })]);

const answers = new Map<string, Row[]>();

describe.each(drivers)('preparedRaw on %s', (kind, open) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    expect(database.kind).toBe(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('binds the placeholders on every execute and gives typed rows, as db.execute gives them', async () => {
    let builds = 0;
    const stmt = () =>
      preparedRaw<Row>(database.db, 'prepared_raw_check', () => {
        builds++;
        return statement(p('count'), p('flag'), p('label'));
      });
    const first = await stmt().execute({ count: 3, flag: true, label: 'x' });
    const second = await stmt().execute({ count: 2, flag: false, label: 'y' });
    expect(first).toEqual(expected(3, true, 'x'));
    expect(second).toEqual(expected(2, false, 'y'));
    expect(builds).toBe(1);
    expect(first).toEqual(rowsOf<Row>(await database.db.execute(statement(3, true, 'x'))));
    answers.set(kind, first);
    const measured = await database.statements.measure(() => stmt().execute({ count: 1, flag: true, label: 'z' }));
    expect(measured.statements).toBe(1);
  });

  it.skipIf(kind !== 'postgres')('is a named prepared statement on the server; db.execute is not', async () => {
    await preparedRaw<Row>(database.db, 'prepared_raw_server', () =>
      statement(p('count'), p('flag'), sql`'server'`),
    ).execute({ count: 1, flag: true });
    await database.db.execute(sql`select 'unprepared_control' as label`);
    const onServer = rowsOf<{ statement: string }>(
      await database.db.execute(sql`select statement from pg_prepared_statements`),
    ).map((r) => r.statement);
    expect(onServer.filter((s) => s.includes(`'server'::text as label`))).toHaveLength(1);
    expect(onServer.some((s) => s.includes('unprepared_control'))).toBe(false);
  });
});

describe.skipIf(!url)('both drivers', () => {
  it('give the same rows, with the same JavaScript types', () => {
    expect(answers.get('postgres')).toEqual(answers.get('pglite'));
    expect(answers.get('pglite')).toEqual(expected(3, true, 'x'));
  });
});
