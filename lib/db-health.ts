// Whether PostgreSQL is reachable: known down after a failed probe, up again once a probe succeeds. While it is down,
// statements fail at once (503) instead of each waiting for its own connection attempt.

/** The error a statement gets while the database is known to be down (`isUnavailable` reads its code: a 503). */
export class DatabaseDownError extends Error {
  readonly code = 'DATABASE_DOWN';
  constructor() {
    super('the database is down (the last connection check failed); not trying until a check succeeds');
  }
}

/** Rejects with an error naming `what` if `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: expected an answer within ${ms} ms, got none`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How the health state checks the database. */
export interface DbHealthOptions {
  /** One bounded connection check, e.g. `select 1` on a fresh connection; rejects when the server does not answer. */
  probe: () => Promise<void>;
  /** Longest a probe may take before it counts as failed (default 1 s). */
  probeTimeoutMs?: number;
  /** Time between probes while the database is down (default 250 ms). */
  intervalMs?: number;
}

/** The database's reachability as last checked. */
export interface DbHealth {
  /** False from a failed probe until the next successful one. */
  readonly up: boolean;
  /** Throws `DatabaseDownError` while the database is known to be down. */
  assertUp(): void;
  /** Something looked like a connection failure (a pooled connection closed, a ping failed): probe now. */
  suspect(): void;
  /** Stops probing (on close); `suspect` does nothing afterwards. */
  stop(): void;
}

/**
 * Health state over `probe`: starts up; a `suspect` runs a probe, and a failed probe marks the database down and
 * probes again every `intervalMs` (on an unref'd timer) until one succeeds.
 */
export function createDbHealth(opts: DbHealthOptions): DbHealth {
  const probeTimeoutMs = opts.probeTimeoutMs ?? 1_000;
  const intervalMs = opts.intervalMs ?? 250;
  let up = true;
  let probing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function check(): Promise<void> {
    if (probing || stopped) return;
    probing = true;
    try {
      await withTimeout(opts.probe(), probeTimeoutMs, 'database probe');
      up = true;
    } catch {
      up = false;
    } finally {
      probing = false;
    }
    if (!up && !stopped) {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), intervalMs).unref();
    }
  }

  return {
    get up() {
      return up;
    },
    assertUp() {
      if (!up) throw new DatabaseDownError();
    },
    suspect() {
      void check();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * The postgres.js client with `unsafe` (the call drizzle sends every statement outside a transaction through) failing
 * at once while `health` says the database is down.
 */
export function gateStatements<C extends { unsafe: (...args: never[]) => unknown }>(client: C, health: DbHealth): C {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== 'unsafe') return Reflect.get(target, prop, receiver) as unknown;
      const unsafe = target.unsafe.bind(target) as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        health.assertUp();
        return unsafe(...args);
      };
    },
  });
}
