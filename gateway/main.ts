// `npm start`: the API on PORT (default 4000), in-process subgraphs on the embedded database by default.
import { serverConfig } from '../lib/config.js';
import { seedAll } from '../drizzle/seed/index.js';
import { exitUnlessPortFree, listenOrExit } from '../lib/listen.js';
import { onShutdown } from '../lib/shutdown.js';
import { elapsed, openLogged, seedLogged, startupLogger } from '../lib/startup.js';
import { buildApp } from './http/app.js';
import { introspectionAllowed } from './gateway.js';
import { authAtStartup } from './auth/startup.js';

const started = performance.now();
const cfg = serverConfig();
const log = startupLogger(cfg.logLevel);
const auth = authAtStartup(log);
// A busy port is one line and exit 1, before the database (seconds on a first start) is opened.
await exitUnlessPortFree(cfg.port, cfg.host);
const database = await openLogged(log, {
  url: cfg.databaseUrl,
  dataDir: cfg.databaseUrl ? undefined : cfg.dataDir,
});
if (database.kind === 'pglite') await seedLogged(log, () => seedAll(database));
const { app, close } = await buildApp({
  database,
  topology: cfg.topology,
  logLevel: cfg.logLevel,
  introspection: introspectionAllowed(),
  auth,
});
await listenOrExit(() => app.listen({ port: cfg.port, host: cfg.host }), cfg.port);
app.log.info(
  `ready in ${elapsed(started)}: peer-mentor API on http://localhost:${cfg.port}/graphql (${cfg.topology}, ${database.kind})`,
);

// SIGTERM/SIGINT: the server stops accepting, requests in flight finish (every 2xx write is committed), the database
// closes.
onShutdown(app.log, [close, () => database.close()]);
