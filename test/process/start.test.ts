// The start scripts as a user runs them: `npm start` is one Node process that drains on SIGTERM/SIGINT and frees its
// port; a busy port is one line and exit 1; `npm run start:distributed` stops all its processes on one SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { subgraphNames } from '../../lib/config.js';
import { exited, freePort, preparedDatabaseEnv, waitUntil } from '../hardening/processes.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pm-start-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  rmSync(dir, { recursive: true, force: true });
});

/** Environment for a started API: a prepared database of its own, and NODE_ENV unset (as a user's shell has it). */
async function startEnv(name: string, subgraphs = false): Promise<Record<string, string>> {
  const names = subgraphs ? [...subgraphNames, 'gateway'] : [name];
  mkdirSync(join(dir, name), { recursive: true });
  const prepared = await preparedDatabaseEnv(join(dir, name), names);
  cleanups.push(() => prepared.drop());
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'info' };
  delete env.NODE_ENV;
  delete env.VITEST;
  return process.env.DATABASE_URL || subgraphs
    ? { ...env, ...prepared.env }
    : { ...env, ...prepared.env, DATA_DIR: join(dir, name, name) };
}

/** `npm run <script>` from the project root; output kept for failure messages. */
function npm(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
): ChildProcess & { output: string[]; errorText: string[] } {
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & {
    output: string[];
    errorText: string[];
  };
  child.output = [];
  child.errorText = [];
  child.stdout?.on('data', (d) => child.output.push(String(d)));
  child.stderr?.on('data', (d) => {
    child.output.push(String(d));
    child.errorText.push(String(d));
  });
  return child;
}

/** The process ids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

/** Whether a process with this id still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves whether something can listen on the port again (the server let it go). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function ready(port: number, ms: number): Promise<void> {
  await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok, ms, `API on ${port} ready`);
}

describe('npm start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`is one Node process: ${signal} to the process npm started drains it, exit 0, port free`, async () => {
      const port = await freePort();
      const run = npm('start', { ...(await startEnv(`one-${signal}`)), PORT: String(port), HOST: '127.0.0.1' });
      await ready(port, 120_000);
      const [server] = childrenOf(run.pid!);
      expect(readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0')).toContain('gateway/main.ts');
      expect(childrenOf(server), 'the server runs no second process').toEqual([]);
      const serverExit = new Promise<void>((resolve) => {
        const poll = setInterval(() => !alive(server) && (clearInterval(poll), resolve()), 50);
      });
      process.kill(server, signal);
      expect(await exited(run), run.output.join('').slice(-2000)).toBe(0);
      await serverExit;
      expect(run.output.join('')).toContain('shutdown complete');
      expect(await portFree(port)).toBe(true);
    }, 180_000);
  }

  it('SIGTERM to npm itself reaches the server: it drains, exits 0, port free', async () => {
    const port = await freePort();
    const run = npm('start', { ...(await startEnv('npm-term')), PORT: String(port), HOST: '127.0.0.1' });
    await ready(port, 120_000);
    const [server] = childrenOf(run.pid!);
    run.kill('SIGTERM');
    await exited(run);
    await waitUntil(() => !alive(server), 30_000, 'server exit');
    expect(run.output.join('')).toContain('shutdown complete');
    expect(await portFree(port)).toBe(true);
  }, 180_000);

  for (const [script, args] of [
    ['start', []],
    ['start:subgraph', ['stats']],
  ] as const) {
    it(`${script}: a port in use is one line on stderr and exit code 1, before the database opens`, async () => {
      const busy: Server = createServer();
      const port = await freePort();
      await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve));
      try {
        const dataDir = join(dir, `busy-${script}`, 'never-created');
        const env = { ...(await startEnv(`busy-${script}`)), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
        const run = npm(script, env, [...args]);
        expect(await exited(run), run.output.join('')).toBe(1);
        const lines = run.errorText.join('').trim().split('\n');
        expect(lines).toEqual([`port ${port} is already in use (set PORT to another port)`]);
        expect(existsSync(dataDir)).toBe(false);
      } finally {
        busy.close();
      }
    }, 60_000);
  }
});

describe('start-up lines', () => {
  it('a first start says, in order and with durations: migrations applied, rows seeded per table, ready', async () => {
    const port = await freePort();
    const env = { ...(await startEnv('first')), PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' };
    const run = npm('start', { ...env, DATA_DIR: join(dir, 'first', 'fresh', 'data') });
    await ready(port, 120_000);
    run.kill('SIGTERM');
    await exited(run);
    const messages = run.output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    const database = messages.findIndex((m) =>
      /^database: PGlite at .* opened in [\d.]+ m?s; migrations \d+ applied in [\d.]+ m?s$/.test(m),
    );
    const seed = messages.findIndex((m) =>
      /^seed: wrote \d+ rows in [\d.]+ m?s \(mentors\.mentors 50, .*stats\.activities \d+/.test(m),
    );
    const readyLine = messages.findIndex((m) =>
      /^ready in [\d.]+ m?s: peer-mentor API on http:\/\/localhost:\d+\/graphql/.test(m),
    );
    expect(
      [database, seed, readyLine].every((i) => i >= 0),
      messages.join('\n'),
    ).toBe(true);
    expect(database < seed && seed < readyLine).toBe(true);
  }, 180_000);

  it('a later start on the same data says the schema is up to date and the seed already there', async () => {
    const port = await freePort();
    const env = { ...(await startEnv('later')), PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' };
    const dataDir = join(dir, 'first', 'fresh', 'data'); // the previous test's first start
    const run = npm('start', { ...env, DATA_DIR: dataDir });
    await ready(port, 120_000);
    run.kill('SIGTERM');
    await exited(run);
    const text = run.output.join('');
    expect(text).toMatch(/migrations up to date \(checked in \d+ ms\)/);
    expect(text).toMatch(/seed: already seeded, nothing written/);
  }, 180_000);
});

describe('npm run start:distributed', () => {
  it('one SIGTERM to the launcher stops the gateway and every subgraph: exit 0, all ports free', async () => {
    const ports: Record<string, number> = { gateway: await freePort() };
    for (const n of subgraphNames) ports[n] = await freePort();
    const env: Record<string, string> = {
      ...(await startEnv('distributed', true)),
      PORT: String(ports.gateway),
      HOST: '127.0.0.1',
    };
    for (const n of subgraphNames) env[`SUBGRAPH_PORT_${n.toUpperCase()}`] = String(ports[n]);
    const run = npm('start:distributed', env);
    await ready(ports.gateway, 170_000);
    const [launcher] = childrenOf(run.pid!);
    const subgraphs = childrenOf(launcher);
    expect(subgraphs).toHaveLength(4);
    const res = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ mentor(id: "mentor-001") { id activitySummary { totalSessions } } }' }),
    });
    expect(res.status).toBe(200);
    process.kill(launcher, 'SIGTERM');
    expect(await exited(run), run.output.join('').slice(-3000)).toBe(0);
    await waitUntil(() => subgraphs.every((pid) => !alive(pid)), 30_000, 'subgraph exits');
    for (const port of Object.values(ports)) expect(await portFree(port), `port ${port}`).toBe(true);
  }, 240_000);
});
