// `npm start`: the API on PORT (default 4000), in-process subgraphs on the embedded database by default.
import { openDatabase } from '../lib/db.js';
import { serverConfig } from '../lib/config.js';
import { seedAll } from '../drizzle/seed/index.js';
import { buildApp } from './http/app.js';
import { onShutdown } from './shutdown.js';
import { introspectionAllowed } from './gateway.js';

const cfg = serverConfig();
const database = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.databaseUrl ? undefined : cfg.dataDir });
if (database.kind === 'pglite') await seedAll(database);
const { app, close } = await buildApp({
  database,
  topology: cfg.topology,
  logLevel: cfg.logLevel,
  introspection: introspectionAllowed(),
});
await app.listen({ port: cfg.port, host: cfg.host });
app.log.info(`peer-mentor API on http://localhost:${cfg.port}/graphql (${cfg.topology}, ${database.kind})`);

// SIGTERM: the server stops accepting, requests in flight finish (every 2xx write is committed), the database closes.
onShutdown(app.log, [close, () => database.close()]);
