// `npm run start:distributed`: each subgraph in its own process on loopback, the gateway fetching over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../lib/db.js';
import { defaultSubgraphPorts, newSecret, serverConfig, subgraphNames, subgraphUrl } from '../lib/config.js';
import { buildApp } from './http/app.js';
import { onShutdown } from './shutdown.js';

const cfg = serverConfig();
const secret = process.env.SUBGRAPH_SECRET || newSecret();
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const children: ChildProcess[] = [];

async function waitForSubgraph(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gateway-secret': secret },
        body: '{"query":"{__typename}"}',
      });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`subgraph at ${url} did not start within 60 s`);
}

const database = await openDatabase({
  url: cfg.databaseUrl,
  dataDir: cfg.databaseUrl ? undefined : `${cfg.dataDir}/gateway`,
});
for (const name of subgraphNames) {
  const child = spawn(tsx, [fileURLToPath(new URL(`../subgraphs/${name}/index.ts`, import.meta.url))], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(defaultSubgraphPorts[name]), SUBGRAPH_SECRET: secret, HOST: '127.0.0.1' },
  });
  children.push(child);
}
const stopChildren = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('exit', stopChildren);
await Promise.all(subgraphNames.map((n) => waitForSubgraph(subgraphUrl(n))));

const { app, close } = await buildApp({ database, topology: 'distributed', secret, logLevel: cfg.logLevel });
await app.listen({ port: cfg.port, host: cfg.host });
app.log.info(`peer-mentor API (distributed) on http://localhost:${cfg.port}/graphql`);

onShutdown(app.log, [close, () => database.close(), stopChildren]);
