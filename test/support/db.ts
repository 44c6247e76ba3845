// A fresh copy of the prepared test database per call, on whichever backend the run uses.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../lib/db.js';
import { pgliteTemplatePath, pgTemplateName, withDatabase } from './template.js';

/** True when the suite runs against PostgreSQL (DATABASE_URL set). */
export const onPostgres = !!process.env.DATABASE_URL;

/** Opens an isolated, migrated and seeded database; `close()` also drops it on PostgreSQL. */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const blob = new Blob([readFileSync(pgliteTemplatePath)]);
    return openDatabase({ loadDataDir: blob, migrate: false });
  }
  const name = `pm_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${pgTemplateName}`);
  const database = await openDatabase({ url: withDatabase(url, name), migrate: false, poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
