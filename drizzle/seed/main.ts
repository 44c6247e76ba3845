// `npm run db:seed`: migrates and seeds the database at DATABASE_URL (or the PGlite data directory).
import { seedAll } from './index.js';
import { serverConfig } from '../../lib/config.js';
import { openLogged, seedLogged, startupLogger } from '../../lib/startup.js';

const cfg = serverConfig();
const log = startupLogger(cfg.logLevel);
const database = await openLogged(log, { url: cfg.databaseUrl, dataDir: cfg.databaseUrl ? undefined : cfg.dataDir });
await seedLogged(log, () => seedAll(database));
await database.close();
