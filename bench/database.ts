// The benchmark's PostgreSQL: a server kept under .data/ (scripts/pg-server.sh), migrated and filled with the large
// generated dataset (reused when the same size is already there).
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../lib/db.js';

/** Starts (or creates) the server in `dir` with extra server options; returns its DATABASE_URL. */
export function startPostgres(dir: string, options: string): string {
  const out = execFileSync('bash', ['scripts/pg-server.sh', 'start', dir], {
    env: { ...process.env, PG_EXTRA_OPTS: options },
    encoding: 'utf8',
  });
  return out.match(/DATABASE_URL=(\S+)/)![1];
}

/** Stops the server in `dir`, keeping its data for the next run. */
export function haltPostgres(dir: string): void {
  execFileSync('bash', ['scripts/pg-server.sh', 'halt', dir], { stdio: 'inherit' });
}

/** Applies the migrations, then generates `mentors` / `activities` (or, before the generator existed, the seed). */
export async function prepareDataset(url: string, mentors: number | string, activities: number | string) {
  await (await openDatabase({ url })).close();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string | undefined> };
  const env = { ...process.env, DATABASE_URL: url };
  if (pkg.scripts['db:generate']) {
    execSync(`npm run --silent db:generate -- --mentors ${mentors} --activities ${activities}`, {
      stdio: 'inherit',
      env,
    });
  } else {
    execSync('npm run --silent db:seed', { stdio: 'inherit', env });
  }
}
