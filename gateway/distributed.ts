// `npm run start:distributed`: each subgraph in its own process on loopback, the gateway fetching over HTTP.
// One launcher process owns them: SIGTERM/SIGINT drains the gateway, then stops the subgraphs and waits for them; a
// subgraph whose launcher dies drains on its own (its IPC channel closes), so none outlives it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newSecret, serverConfig, subgraphNames, subgraphPort, subgraphUrl } from '../lib/config.js';
import { exitUnlessPortFree, listenOrExit } from '../lib/listen.js';
import { onShutdown, shutdownTimeoutMs } from '../lib/shutdown.js';
import { elapsed, openLogged, startupLogger } from '../lib/startup.js';
import { buildApp } from './http/app.js';
import { authAtStartup } from './auth/startup.js';

const started = performance.now();
const cfg = serverConfig();
const log = startupLogger(cfg.logLevel);
const auth = authAtStartup(log);
const secret = process.env.SUBGRAPH_SECRET || newSecret();
const children: ChildProcess[] = [];

await exitUnlessPortFree(cfg.port, cfg.host);
for (const name of subgraphNames)
  await exitUnlessPortFree(subgraphPort(name), '127.0.0.1', `SUBGRAPH_PORT_${name.toUpperCase()}`);

/** Resolves when the subgraph answers `{__typename}`; rejects when its process exits first or after 60 s. */
async function waitForSubgraph(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the subgraph for ${url} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gateway-secret': secret },
        body: '{"query":"{__typename}"}',
        signal: AbortSignal.timeout(2_000),
      });
      if (res.ok || res.status === 401) return; // 401: up, and asking for a signed caller (auth on)
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`subgraph at ${url} did not start within 60 s`);
}

/** Sends SIGTERM to every subgraph still running and resolves when all have exited (bounded by the drain timeout). */
function stopChildren(): Promise<void> {
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  const gone = running.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve())));
  for (const c of running) c.kill('SIGTERM');
  return Promise.race([
    Promise.all(gone).then(() => undefined),
    new Promise<void>((_, reject) =>
      setTimeout(() => reject(new Error('subgraphs did not stop in time')), shutdownTimeoutMs).unref(),
    ),
  ]);
}

const database = await openLogged(log, {
  url: cfg.databaseUrl,
  dataDir: cfg.databaseUrl ? undefined : `${cfg.dataDir}/gateway`,
});
for (const name of subgraphNames) {
  // The same Node (24, from node_modules) with the tsx loader; the IPC channel tells the child when we are gone.
  const file = fileURLToPath(new URL(`../subgraphs/${name}/index.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PORT: String(subgraphPort(name)), SUBGRAPH_SECRET: secret, HOST: '127.0.0.1' },
  });
  children.push(child);
}
try {
  await Promise.all(subgraphNames.map((n, i) => waitForSubgraph(subgraphUrl(n), children[i])));
} catch (err) {
  log.error(`subgraphs did not start: ${err instanceof Error ? err.message : String(err)}`);
  await stopChildren().catch(() => {});
  await database.close();
  process.exit(1);
}

const { app, close } = await buildApp({
  database,
  topology: 'distributed',
  secret,
  logLevel: cfg.logLevel,
  auth,
});
await listenOrExit(() => app.listen({ port: cfg.port, host: cfg.host }), cfg.port);
app.log.info(`ready in ${elapsed(started)}: peer-mentor API (distributed) on http://localhost:${cfg.port}/graphql`);

// The gateway drains first (its requests in flight still reach the subgraphs), then the subgraphs drain and exit.
onShutdown(app.log, [close, () => database.close(), stopChildren]);
