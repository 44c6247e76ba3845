// `npm run bench`: every scenario on one real PostgreSQL with the large dataset; prints the table, writes BENCHMARKS.md.
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { SignJWT } from 'jose';
import { measure, probe, type LoadTarget } from './load.js';
import { sampleRss } from './rss.js';
import { cpuWindow } from './cpu.js';
import { haltPostgres, prepareDataset, startPostgres } from './database.js';
import { runScale } from './scale.js';
import { mixedRequests, runMixed, type MixFigures } from './mixed.js';
import { peerCacheLookups } from './metrics-scrape.js';
import { statementCounter } from './statements.js';
import { startServer as start, type Server } from './servers.js';
import { graphqlDetail, restById, rotate } from './scenarios.js';
import { renderSection, renderTable, type ScenarioResult } from './table.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    mentors: { type: 'string', default: '5000' },
    activities: { type: 'string', default: '1000000' },
    note: { type: 'string' },
    'no-write': { type: 'boolean' },
    only: { type: 'string' },
    // Only scenario 10, the cost curve at 1 M and 10 M activities (bench/scale.ts).
    scale: { type: 'boolean' },
    // Scenario 9 (mixed reads and writes) runs this long, after the same warm-up.
    'mix-seconds': { type: 'string', default: '30' },
    // First of the five server ports (in-process, distributed, baseline, Hive, unfederated); another on a shared machine may hold 4600.
    port: { type: 'string', default: '4600' },
  },
});
const load = { seconds: Number(args.seconds), warmup: Number(args.warmup), connections: Number(args.connections) };
if (args.scale) {
  await runScale(load, args.port, !args['no-write']);
  process.exit(0);
}
// The servers inherit this process's environment and PATH, so they run the same Node with the same NODE_OPTIONS
// (npm sets NODE_OPTIONS from `.npmrc` node-options; the V8 heap flags there change peak RSS).
const runtime = `Node ${process.version}, NODE_OPTIONS=${process.env.NODE_OPTIONS || '(none)'}`;
console.log(runtime);
const secret = 'bench-secret';
const port = (offset: number) => String(Number(args.port) + offset);
const local = (offset: number) => `http://127.0.0.1:${port(offset)}`;
const pgDir = new URL('../.data/bench-pg', import.meta.url).pathname;

// 1. A real PostgreSQL with pg_stat_statements: DATABASE_URL, or the one kept under .data/bench-pg.
let url = process.env.DATABASE_URL;
let ownPg = false;
// Servers still running: a failed probe or run stops them on the way out (they are detached process groups).
const running = new Set<Server>();
const startServer: typeof start = async (...a) => {
  const server = await start(...a);
  running.add(server);
  const stop = () => server.stop();
  return {
    ...server,
    stop: async () => {
      running.delete(server);
      await stop();
    },
  };
};
if (!url) {
  url = startPostgres(pgDir, '-c shared_preload_libraries=pg_stat_statements -c max_connections=300');
  ownPg = true;
}
try {
  // 2. Migrations and the large dataset (the generator reuses what is there).
  await prepareDataset(url, args.mentors, args.activities);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const ids = (await sql`select id from mentors.mentors order by id`).map((r) => r.id as string);
  const [{ org }] = await sql`select org_id as org from mentors.mentors group by org_id order by count(*) desc limit 1`;
  const counter = await statementCounter(url);
  const results: ScenarioResult[] = [];

  // `--only 1,5` runs just those scenarios (for profiling one path); the table is then not written to BENCHMARKS.md.
  const only = args.only ? new Set(args.only.split(',')) : undefined;
  const wants = (...ids: string[]) => !only || ids.some((id) => only.has(id));
  const scenario = async (
    id: string,
    name: string,
    server: Server,
    target: LoadTarget,
    opts: {
      before?: () => Promise<void>;
      /** The distributed launcher whose children are the subgraphs this scenario's gateway fetches from. */
      subgraphsOf?: Server;
    } = {},
  ) => {
    if (!wants(id)) return;
    await opts.before?.();
    await probe(target);
    const rss = sampleRss(server.pid);
    const launcher = opts.subgraphsOf;
    let cpu: ReturnType<typeof cpuWindow> | undefined;
    let subgraphCpu: ReturnType<typeof cpuWindow> | undefined;
    let figures!: Awaited<ReturnType<typeof measure>>;
    const perReq = await counter.perRequest(async () => {
      figures = await measure(target, load, () => {
        // our distributed gateway is the launcher's own process: its subgraphs are counted apart, as for Hive's
        cpu = cpuWindow(server.pid, launcher === server ? 'process' : 'tree');
        if (launcher) subgraphCpu = cpuWindow(launcher.pid, 'descendants');
      });
      return figures.requests;
    });
    const cpuMsPerRequest = cpu?.stop(figures.requests) ?? null;
    const subgraphCpuMsPerRequest = subgraphCpu?.stop(figures.requests) ?? null;
    results.push({
      id,
      name,
      ...figures,
      peakRssMb: rss.stop(),
      statementsPerRequest: perReq,
      cpuMsPerRequest,
      subgraphCpuMsPerRequest,
    });
    console.log(renderTable(results.slice(-1)).split('\n')[2]);
  };
  const env = { DATABASE_URL: url, SUBGRAPH_SECRET: secret, NODE_ENV: 'production', AUTH: 'off' };
  const notes: string[] = [];

  // Scenario 9: 90 % reads, 10 % logActivity writes on one pool; reads and writes apart, and the percentile cache.
  const mixedScenario = async (server: Server, base: string) => {
    const mentors = (await sql`select id, org_id from mentors.mentors order by id`).map((r) => ({
      id: r.id as string,
      orgId: r.org_id as string,
    }));
    await probe({ url: `${base}/api/v1/personal-stats/${mentors[0].id}` });
    const before = await peerCacheLookups(base);
    const rss = sampleRss(server.pid);
    let cpu: ReturnType<typeof cpuWindow> | undefined;
    const mix = await runMixed(
      base,
      mixedRequests(mentors),
      { ...load, seconds: Number(args['mix-seconds']) },
      () => (cpu = cpuWindow(server.pid)),
    );
    const after = await peerCacheLookups(base);
    const all = mix.detail.requests + mix.stats.requests + mix.write.requests;
    const cpuMsPerRequest = cpu?.stop(all) ?? null;
    const peakRssMb = rss.stop();
    const rows: [string, string, MixFigures][] = [
      ['9a', 'mixed load: GraphQL detail reads', mix.detail],
      ['9b', 'mixed load: REST personal-stats reads', mix.stats],
      ['9c', 'mixed load: logActivity writes', mix.write],
    ];
    for (const [id, name, f] of rows) {
      results.push({ id, name, ...f, peakRssMb, statementsPerRequest: null, cpuMsPerRequest });
      console.log(renderTable(results.slice(-1)).split('\n')[2]);
    }
    const hits = after.hit - before.hit;
    const lookups = hits + after.miss - before.miss;
    notes.push(
      `Scenario 9: ${args['mix-seconds']} s, CPU ms/req over all its requests; personal-stats percentile cache hit rate ${lookups ? ((100 * hits) / lookups).toFixed(1) : '–'} % (${hits}/${lookups}).`,
    );
    const readOnly = results.find((r) => r.id === '4a');
    if (readOnly)
      notes.push(`Mixed-load personal-stats p95 / read-only (4a) p95: ${(mix.stats.p95 / readOnly.p95).toFixed(2)}.`);
    console.log(notes.slice(-2).join('\n'));
  };

  // 11. The detail query with authentication on: the same in-process server verifying an HS256 bearer token. It runs
  // before scenario 1 and the mixed load, so both meet the same database (not one written to by scenario 9).
  if (wants('11')) {
    const authSecret = 'bench-auth-secret-of-at-least-32-bytes!';
    const authed = await startServer(
      'in-process, auth on',
      'gateway/main.ts',
      { ...env, AUTH: 'on', AUTH_JWT_SECRET: authSecret, PORT: port(0) },
      `${local(0)}/health`,
    );
    const token = await new SignJWT({ org_id: org as string, roles: ['coordinator'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bench-coordinator')
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(authSecret));
    // The coordinator asks for mentors of their own organisation, so every answer is a full detail view like
    // scenario 1's (another organisation's mentor would be a cheaper NOT_FOUND) and the gating runs on each.
    const orgIds = (await sql`select id from mentors.mentors where org_id = ${org as string} order by id`).map(
      (r) => r.id as string,
    );
    await scenario(
      '11',
      'GraphQL detail, in-process gateway, auth on (coordinator token, own organisation)',
      authed,
      graphqlDetail(local(0), orgIds, { authorization: `Bearer ${token}` }),
    );
    await authed.stop();
  }

  // 3. In-process gateway: GraphQL detail, BLoC uncached and cached, personal stats, dashboard.
  if (wants('1', '3a', '3b', '4a', '4b')) {
    const inproc = await startServer('in-process', 'gateway/main.ts', { ...env, PORT: port(0) }, `${local(0)}/health`);
    const base = local(0);
    await scenario('1', 'GraphQL detail, in-process gateway', inproc, graphqlDetail(base, ids));
    await scenario(
      '3a',
      'REST peer-mentor-bloc/:id, uncached',
      inproc,
      restById(base, '/api/v1/peer-mentor-bloc/:id', ids),
      {
        before: async () => {
          await sql`delete from rest.detail_snapshots`.catch(() => {});
        },
      },
    );
    await scenario(
      '3b',
      'REST peer-mentor-bloc/:id, cached',
      inproc,
      restById(base, '/api/v1/peer-mentor-bloc/:id', ids.slice(0, 50)),
    );
    await scenario('4a', 'REST personal-stats/:id', inproc, restById(base, '/api/v1/personal-stats/:id', ids));
    const dash = rotate([1, 2, 3, 4, 5].map(String));
    await scenario('4b', 'REST dashboard list, limit=100', inproc, {
      url: `${base}/api/v1/peer-mentor-bloc?limit=100`,
      path: () => `/api/v1/peer-mentor-bloc?limit=100&org_id=${org}&page=${dash()}`,
    });
    if (wants('9')) await mixedScenario(inproc, base);
    await inproc.stop();
  }

  // 4. Distributed topology, and Hive Gateway over the same subgraphs.
  if (wants('2', '6', '7')) {
    const dist = await startServer(
      'distributed',
      'gateway/distributed.ts',
      { ...env, PORT: port(1) },
      `${local(1)}/health`,
    );
    await scenario('2', 'GraphQL detail, distributed gateway', dist, graphqlDetail(local(1), ids), {
      subgraphsOf: dist,
    });
    const hiveRuns = [
      { id: '6', title: 'GraphQL detail, Hive Gateway (distributed subgraphs)', router: 'false' },
      { id: '7', title: 'GraphQL detail, Hive Gateway + Rust query planner (distributed subgraphs)', router: 'true' },
    ];
    for (const run of hiveRuns.filter((r) => wants(r.id))) {
      try {
        const hive = await startServer(
          'hive',
          'bench/hive.ts',
          { ...env, PORT: port(3), HIVE_ROUTER_RUNTIME: run.router },
          `${local(3)}/healthcheck`,
        );
        await scenario(run.id, run.title, hive, graphqlDetail(local(3), ids), { subgraphsOf: dist });
        await hive.stop();
      } catch (e) {
        console.error(`Hive Gateway scenario ${run.id} skipped: ${(e as Error).message}`);
      }
    }
    await dist.stop();
  }

  // 8. The same graph without federation: one schema over the four subgraphs' resolvers, in one process.
  if (wants('8')) {
    const flat = await startServer(
      'unfederated',
      'bench/unfederated.ts',
      { ...env, PORT: port(4) },
      `${local(4)}/health`,
    );
    await scenario('8', 'GraphQL detail, unfederated merged schema (in-process)', flat, graphqlDetail(local(4), ids));
    await flat.stop();
  }

  // 5. The floor: bare node:http + one SQL round trip.
  if (wants('5')) {
    const bare = await startServer('baseline', 'bench/baseline.ts', { ...env, PORT: port(2) }, `${local(2)}/`);
    await scenario('5', 'baseline: node:http + 1 SQL (postgres.js)', bare, {
      url: `${local(2)}/`,
      path: (() => {
        const n = rotate(ids);
        return () => `/?id=${n()}`;
      })(),
    });
    await bare.stop();
  }

  await counter.close();
  await sql.end();
  console.log(`\n${renderTable(results)}`);
  if (!args['no-write'] && !only) {
    let commit = 'uncommitted';
    try {
      commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    } catch {
      /* no git */
    }
    const section = renderSection(results, {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cores: cpus().length,
      memoryGb: totalmem() / 2 ** 30,
      commit,
      note: `${ids.length} mentors; ${load.connections} connections, ${load.warmup} s warm-up, ${load.seconds} s measured per scenario; ${runtime}.${args.note ? ` ${args.note}` : ''}${notes.length ? ` ${notes.join(' ')}` : ''}`,
    });
    if (!existsSync('BENCHMARKS.md'))
      writeFileSync('BENCHMARKS.md', '# Benchmarks\n\nWritten by `npm run bench`; newest run last.\n\n');
    appendFileSync('BENCHMARKS.md', `${section}\n`);
  }
} finally {
  for (const server of running) await server.stop();
  if (ownPg) haltPostgres(pgDir);
}
process.exit(0);
