// One load run with autocannon: warm-up, then a measured run at fixed concurrency; exact latency percentiles.
import autocannon from 'autocannon';

/** What to send: a URL and optionally a method and a body or path built per request (e.g. rotating ids). */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: () => string;
  path?: () => string;
}

/** Figures of one measured run. */
export interface LoadFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

/** The q-th percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((q / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** The target's headers, with a JSON content type when it sends a body. */
function headersOf(target: LoadTarget): Record<string, string> {
  return { ...(target.body ? { 'content-type': 'application/json' } : {}), ...target.headers };
}

function run(
  target: LoadTarget,
  seconds: number,
  connections: number,
  latencies?: number[],
): Promise<autocannon.Result> {
  const url = new URL(target.url);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections,
        duration: seconds,
        requests: [
          {
            method: target.method ?? 'GET',
            headers: headersOf(target),
            setupRequest: (req) => ({
              ...req,
              path: target.path ? target.path() : url.pathname + url.search,
              body: target.body?.(),
            }),
          },
        ],
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    if (latencies)
      instance.on('response', (_client, _status, _bytes, ms) => {
        latencies.push(ms);
      });
  });
}

/**
 * Warms up for `warmup` seconds, then measures for `seconds`; `onMeasuring` runs between the two (to start CPU
 * accounting on the measured window only). Non-2xx answers count as errors.
 */
export async function measure(
  target: LoadTarget,
  opts: { warmup: number; seconds: number; connections: number },
  onMeasuring?: () => void,
): Promise<LoadFigures> {
  await run(target, opts.warmup, opts.connections);
  onMeasuring?.();
  const latencies: number[] = [];
  const r = await run(target, opts.seconds, opts.connections, latencies);
  return {
    rps: r.requests.total / opts.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: r.errors + r.timeouts + r.non2xx,
    requests: r.requests.total,
  };
}

/**
 * Sends one request of the target and checks the answer is a real one: HTTP 2xx, and for GraphQL no `errors` and
 * non-null data. A load run against a server whose database is gone would otherwise count fast error answers.
 */
export async function probe(target: LoadTarget): Promise<void> {
  const url = new URL(target.path ? target.path() : target.url, target.url);
  const res = await fetch(url, { method: target.method ?? 'GET', headers: headersOf(target), body: target.body?.() });
  const text = await res.text();
  const fail = (why: string) => {
    throw new Error(`probe of ${url.pathname} failed: ${why}; answer: ${text.slice(0, 300)}`);
  };
  if (!res.ok) fail(`HTTP ${res.status}`);
  if (target.body) {
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (body.errors?.length) fail('GraphQL errors');
    if (!body.data || Object.values(body.data).some((v) => v === null)) fail('null data');
  }
}
