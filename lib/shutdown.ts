// Graceful shutdown on SIGTERM/SIGINT (and, for a child process, its parent going away): stop accepting, finish
// requests in flight, then close the rest.
import type { FastifyBaseLogger } from 'fastify';

/** Longest the drain may take before the process exits anyway (`SHUTDOWN_TIMEOUT_MS`, default 30 s). */
export const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 30_000);

/**
 * On the first SIGTERM or SIGINT runs `steps` in order (e.g. close the HTTP server, which stops accepting and
 * waits for requests in flight; then close the database), then exits 0; exits 1 when a step fails or the
 * drain outlives `shutdownTimeoutMs`. A process started with an IPC channel (a subgraph under
 * `npm run start:distributed`) drains the same way when that channel closes, so it never outlives its launcher.
 */
export function onShutdown(log: FastifyBaseLogger, steps: (() => unknown)[]): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void drain(signal));
  }
  if (process.channel) process.once('disconnect', () => void drain('parent process gone'));
  async function drain(reason: string) {
    if (stopping) return;
    stopping = true;
    log.info(`${reason}: draining requests in flight, then closing`);
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, shutdownTimeoutMs).unref();
    try {
      for (const [i, step] of steps.entries()) {
        await step();
        log.info(`shutdown step ${i + 1}/${steps.length} done`);
      }
      log.info('shutdown complete');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  }
}
