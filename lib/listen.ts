// A port that cannot be had is one clear line on stderr and exit code 1, never a stack trace.
import { createServer } from 'node:net';

/** The line printed when `port` cannot be listened on, or undefined for errors that are not about the port. */
export function portProblem(err: unknown, port: number, what = 'PORT'): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use (set ${what} to another port)`;
  if (code === 'EACCES')
    return `port ${port} needs privileges this process does not have (set ${what} to a port above 1023)`;
  if (code === 'EADDRNOTAVAIL') return `the address to listen on for port ${port} is not on this machine (check HOST)`;
  return undefined;
}

/**
 * Checks that `port` on `host` can be listened on before anything slow (opening the database) starts; when it cannot,
 * prints one line and exits 1. The server's own listen still reports a port taken in between (see `listenOrExit`).
 */
export async function exitUnlessPortFree(port: number, host: string, what = 'PORT'): Promise<void> {
  const problem = await new Promise<string | undefined>((resolve) => {
    const probe = createServer();
    probe.once('error', (err) =>
      resolve(portProblem(err, port, what) ?? `cannot listen on port ${port}: ${String(err)}`),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
  if (problem) exitWith(problem);
}

/** Runs `listen`; a port problem becomes one line and exit 1, any other error is rethrown. */
export async function listenOrExit<T>(listen: () => Promise<T>, port: number, what = 'PORT'): Promise<T> {
  try {
    return await listen();
  } catch (err) {
    const problem = portProblem(err, port, what);
    if (problem) exitWith(problem);
    throw err;
  }
}

function exitWith(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}
