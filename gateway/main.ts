// `npm start`: the API on PORT (default 4000), in-process subgraphs on the embedded database by default.
import { openDatabase } from '../lib/db.js';
import { serverConfig } from '../lib/config.js';
import { seedAll } from '../drizzle/seed/index.js';
import { buildApp } from './http/app.js';

const cfg = serverConfig();
const database = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.databaseUrl ? undefined : cfg.dataDir });
if (database.kind === 'pglite') await seedAll(database.db);
const { app, close } = await buildApp({ database, topology: cfg.topology, logLevel: cfg.logLevel, introspection: cfg.production ? process.env.INTROSPECTION === 'true' : true });
await app.listen({ port: cfg.port, host: cfg.host });
app.log.info(`peer-mentor API on http://localhost:${cfg.port}/graphql (${cfg.topology}, ${database.kind})`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: draining`);
    await close();
    await database.close();
    process.exit(0);
  });
}
