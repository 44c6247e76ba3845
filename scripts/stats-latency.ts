// `npm run bench:stats`: p50/p95 of the 4 personal-stats endpoints on the database at DATABASE_URL (e.g. after
// `npm run db:generate`), through the in-process app (fastify inject: routing, REST layer, gateway, subgraphs, SQL).
// Sequential requests over sampled generated mentors, weighted towards the largest organisation; prints a table
// and the EXPLAIN ANALYZE of the peer-percentile statement for a mentor of the largest organisation.
import postgres from 'postgres';
import { buildApp } from '../gateway/http/app.js';
import { openDatabase } from '../lib/db.js';
import { sql as q } from 'drizzle-orm';
import { rowsOf } from '../lib/rows.js';
import { orgTotalsQuery } from '../subgraphs/stats/peer-rank.js';
import { windowOf } from '../subgraphs/stats/windows.js';
import { isoDate } from '../lib/dates.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must point to the PostgreSQL database to measure (npm run db:generate first)');
const rounds = Number(process.env.BENCH_ROUNDS ?? 200);

/** Nearest-rank percentile of a list of milliseconds. */
const pct = (ms: number[], q: number) =>
  [...ms].sort((a, b) => a - b)[Math.max(0, Math.ceil((q / 100) * ms.length) - 1)];

const sql = postgres(url, { max: 1, onnotice: () => {} });
const sample = await sql<
  { mentor_id: string; org_id: string }[]
>`select r.mentor_id, r.org_id from stats.mentor_roster r
  where r.mentor_id like 'gen-mentor-%' order by md5(r.mentor_id) limit ${rounds}`;
if (sample.length === 0) throw new Error('no generated mentors: run `npm run db:generate` first');
const [{ n: total }] = await sql`select count(*)::int as n from stats.activities`;

const database = await openDatabase({ url, migrate: false });
const built = await buildApp({ database, logLevel: 'silent' });
const { app } = built;
const endpoints: [string, (id: string) => string][] = [
  ['summary (last_30_days)', (id) => `/api/v1/personal-stats/${id}`],
  ['summary (all_time)', (id) => `/api/v1/personal-stats/${id}?period=all_time`],
  ['monthly-series', (id) => `/api/v1/personal-stats/${id}/monthly-series`],
  [
    'activity-breakdown (last_365_days)',
    (id) => `/api/v1/personal-stats/${id}/activity-breakdown?period=last_365_days`,
  ],
  ['contribution-history', (id) => `/api/v1/personal-stats/${id}/contribution-history`],
];
console.log(`${total} activities, ${sample.length} sampled mentors, ${rounds} sequential requests per endpoint\n`);
console.log('endpoint'.padEnd(38), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8));
for (const [name, path] of endpoints) {
  for (const m of sample.slice(0, 20)) await app.inject({ method: 'GET', url: path(m.mentor_id) });
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url: path(sample[i % sample.length].mentor_id) });
    ms.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`${name}: HTTP ${res.statusCode} ${res.body}`);
  }
  console.log(name.padEnd(38), pct(ms, 50).toFixed(1).padStart(8), pct(ms, 95).toFixed(1).padStart(8));
}

const [big] = await sql<
  { org_id: string; n: number }[]
>`select org_id, count(*)::int as n from stats.mentor_roster group by 1 order by 2 desc limit 1`;
const plan = rowsOf<Record<string, string>>(
  await database.db.execute(
    q`explain (analyze, buffers) ${orgTotalsQuery(big.org_id, windowOf('all_time', isoDate(new Date())))}`,
  ),
);
console.log(
  `\nEXPLAIN ANALYZE of the org's window totals (all_time; read once per roster state), org ${big.org_id} (${big.n} mentors):`,
);
for (const line of plan) console.log(Object.values(line)[0]);
await built.close();
await database.close();
await sql.end({ timeout: 5 });
