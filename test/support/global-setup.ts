// Prepares the migrated, seeded database once per test run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../../lib/db.js';
import { seedAll } from '../../drizzle/seed/index.js';
import { pgliteTemplatePath, pgTemplateName, withDatabase } from './template.js';

export default async function setup(): Promise<() => void | Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${pgTemplateName} with (force)`);
    await admin.unsafe(`create database ${pgTemplateName}`);
    await admin.end();
    const db = await openDatabase({ url: withDatabase(url, pgTemplateName) });
    await seedAll(db);
    await db.close();
    return async () => {
      const admin2 = postgres(url, { max: 1, onnotice: () => {} });
      await admin2.unsafe(`drop database if exists ${pgTemplateName} with (force)`);
      await admin2.end();
    };
  }
  const db = await openDatabase();
  await seedAll(db);
  const dump = await db.dump!();
  mkdirSync(dirname(pgliteTemplatePath), { recursive: true });
  writeFileSync(pgliteTemplatePath, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  return () => rmSync(pgliteTemplatePath, { force: true });
}
