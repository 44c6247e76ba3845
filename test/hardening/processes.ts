// Real child processes for the fault suites: subgraphs and the API started with tsx, ports picked free.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { pgliteTemplatePath, pgTemplateName, withDatabase } from '../support/template.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `<file>` through tsx from the project root with extra environment; output is kept for failure messages. */
export function spawnTsx(file: string, env: Record<string, string>): ChildProcess & { output: string[] } {
  // `node --import tsx` (not the tsx launcher, which wraps a second process) so signals reach the server itself.
  // NODE_ENV as a user's shell has it (unset), not vitest's `test`: libraries behave differently under `test`
  // (Apollo Server, for one, installs its own signal handlers only outside it).
  const { NODE_ENV: _vitestNodeEnv, ...parentEnv } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: root,
    env: { ...parentEnv, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout?.on('data', (d) => child.output.push(String(d)));
  child.stderr?.on('data', (d) => child.output.push(String(d)));
  return child;
}

/** Resolves once `check` succeeds (polling every 250 ms), or rejects after `ms`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

/** Resolves when the process has exited; with its exit code. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Environment that gives child processes a copy of the prepared (migrated, seeded) database: on PostgreSQL a new
 * database from the template (DATABASE_URL), else one PGlite directory per subgraph under a DATA_DIR.
 */
export async function preparedDatabaseEnv(
  dataDir: string,
  names: readonly string[],
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `pm_fault_${randomBytes(5).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${pgTemplateName}`);
    return {
      env: { DATABASE_URL: withDatabase(url, name) },
      drop: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = readFileSync(pgliteTemplatePath);
  for (const name of names) {
    const db = await PGlite.create({ dataDir: join(dataDir, name), loadDataDir: new Blob([dump]) });
    await db.close();
  }
  return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, drop: async () => {} };
}
