// `npm run db:seed`: migrates and seeds the database at DATABASE_URL (or the PGlite data directory).
import { openDatabase } from '../../lib/db.js';
import { seedAll } from './index.js';
import { serverConfig } from '../../lib/config.js';

const cfg = serverConfig();
const database = await openDatabase({ url: cfg.databaseUrl, dataDir: cfg.databaseUrl ? undefined : cfg.dataDir });
await seedAll(database);
await database.close();
console.log(`seeded ${cfg.databaseUrl ? 'DATABASE_URL' : cfg.dataDir}`);
