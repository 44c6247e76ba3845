// `npm run bench -- --scale` (scenario 10): the cost curve. Personal stats and the detail query at 1 M activities /
// 5 000 mentors and at 10 M / 50 000 (largest organisation ≈ 14 000 mentors), each size on its own PostgreSQL under
// .data/ (kept between runs; the generator reuses data of the same size), p50/p95 of each and their ratio.
import { appendFileSync } from 'node:fs';
import postgres from 'postgres';
import { haltPostgres, prepareDataset, startPostgres } from './database.js';
import { measure, probe, type LoadFigures } from './load.js';
import { graphqlDetail, restById } from './scenarios.js';
import { startServer } from './servers.js';

/** One size of the curve. */
export interface ScaleSize {
  label: string;
  mentors: number;
  activities: number;
  /** The PostgreSQL data directory of this size. */
  dir: string;
}

/** A PostgreSQL data directory under the repository's .data/ (absolute: pg_ctl runs elsewhere). */
const dataDir = (name: string) => new URL(`../.data/${name}`, import.meta.url).pathname;

/** The two sizes the issue asks for. */
export const scaleSizes: ScaleSize[] = [
  { label: '1 M activities / 5 k mentors', mentors: 5_000, activities: 1_000_000, dir: dataDir('bench-pg') },
  { label: '10 M activities / 50 k mentors', mentors: 50_000, activities: 10_000_000, dir: dataDir('bench-pg-10m') },
];

/** Figures of one size. */
export interface ScaleResult {
  size: ScaleSize;
  largestOrg: number;
  stats: LoadFigures;
  detail: LoadFigures;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** The Markdown table of the curve and the ratios of the larger size to the smaller. */
export function renderScale(results: ScaleResult[]): string {
  const lines = [
    '| size | largest org | personal-stats p50 ms | p95 ms | detail p50 ms | p95 ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.size.label} | ${r.largestOrg} | ${fmt(r.stats.p50)} | ${fmt(r.stats.p95)} | ${fmt(r.detail.p50)} | ${fmt(r.detail.p95)} |`,
    ),
  ];
  if (results.length === 2) {
    const [a, b] = results;
    lines.push(
      '',
      `Ratios (larger / smaller): personal-stats p95 ${fmt(b.stats.p95 / a.stats.p95, 2)} (target ≤ 2), ` +
        `detail p95 ${fmt(b.detail.p95 / a.detail.p95, 2)} (target ≤ 1.2); p50 ${fmt(b.stats.p50 / a.stats.p50, 2)} / ` +
        `${fmt(b.detail.p50 / a.detail.p50, 2)}.`,
    );
  }
  return lines.join('\n');
}

/** Measures one size: its database, data, in-process server, then the two scenarios. */
async function measureSize(
  size: ScaleSize,
  load: { warmup: number; seconds: number; connections: number },
  port: string,
): Promise<ScaleResult> {
  const url = startPostgres(size.dir, '-c max_connections=300');
  try {
    await prepareDataset(url, size.mentors, size.activities);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const ids = (await sql`select id from mentors.mentors order by id`).map((r) => r.id as string);
    const [{ n }] = await sql`select count(*)::int as n from mentors.mentors group by org_id order by 1 desc limit 1`;
    await sql.end();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(
      'in-process',
      'gateway/main.ts',
      { DATABASE_URL: url, NODE_ENV: 'production', AUTH: 'off', PORT: port },
      `${base}/health`,
    );
    try {
      const statsTarget = restById(base, '/api/v1/personal-stats/:id', ids);
      const detailTarget = graphqlDetail(base, ids);
      await probe(statsTarget);
      await probe(detailTarget);
      const stats = await measure(statsTarget, load);
      const detail = await measure(detailTarget, load);
      return { size, largestOrg: n as number, stats, detail };
    } finally {
      await server.stop();
    }
  } finally {
    haltPostgres(size.dir);
  }
}

/** Runs the curve, prints it and (unless `write` is false) appends it to BENCHMARKS.md. */
export async function runScale(
  load: { warmup: number; seconds: number; connections: number },
  port: string,
  write: boolean,
  sizes: ScaleSize[] = scaleSizes,
): Promise<void> {
  const results: ScaleResult[] = [];
  for (const size of sizes) {
    console.log(`\n== cost curve: ${size.label}`);
    results.push(await measureSize(size, load, port));
  }
  const table = renderScale(results);
  console.log(`\n${table}`);
  if (write) {
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    appendFileSync('BENCHMARKS.md', `## Cost curve, ${date} UTC (\`npm run bench -- --scale\`)\n\n${table}\n\n`);
  }
}
