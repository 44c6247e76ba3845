// Starting and stopping the servers a benchmark scenario loads, as child processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A running server process. */
export interface Server {
  name: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Polls `url` until it answers (any HTTP status), up to `seconds`. */
export async function waitFor(url: string, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/**
 * Rejects when something already listens on `port`: a server of another checkout would otherwise answer `readyUrl`
 * while ours dies with EADDRINUSE, and the scenario would measure the wrong process.
 */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `port ${port} should be free for the benchmark, but listening failed: ${e.code ?? e.message} (try --port)`,
        ),
      ),
    );
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve()));
  });
}

/**
 * Starts `node --import tsx <script>` with extra env, as `npm start` runs the server (one process: the `tsx` CLI would
 * add a launcher process of its own, ~100 MB the measured tree would count); resolves once `readyUrl` answers from
 * this child (its port free before).
 */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<Server> {
  await assertPortFree(Number(new URL(readyUrl).port));
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`../${script}`, import.meta.url))], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await Promise.race([
    waitFor(readyUrl),
    exited.then(() => {
      throw new Error(`${name} exited during start`);
    }),
  ]);
  if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited during start`);
  return {
    name,
    pid: child.pid!,
    child,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      await groupGone(child.pid!);
    },
  };
}

/**
 * Waits (up to 5 s) until no process of the group is left: a signalled process may still hold its listening
 * socket for a moment after the signal is sent, and the next scenario on the same port would find it taken.
 */
async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
