// Scenario 9, mixed load: 90 % reads (the detail query and personal stats of random mentors) and 10 % writes
// (logActivity for random mentors), on one pool of connections; reads and writes are timed apart.
import { detailOperation } from '../gateway/detail-query.js';
import { percentile } from './load.js';

/** The kinds of request of the mix, timed apart. */
export type MixKind = 'detail' | 'stats' | 'write';

/** One request of the mix. */
export interface MixRequest {
  kind: MixKind;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A mentor the mix may read or write for. */
export interface MixMentor {
  id: string;
  orgId: string;
}

const LOG = `mutation MixLog($input: LogActivityInput!) { logActivity(input: $input) { activity { id } } }`;

/**
 * Builds the mix: each call picks a write with probability `writeShare`, else a read (detail or personal stats,
 * half each), for a random mentor; `random` is injectable so a test can pin the draw.
 */
export function mixedRequests(mentors: readonly MixMentor[], writeShare = 0.1, random: () => number = Math.random) {
  const pick = () => mentors[Math.floor(random() * mentors.length)];
  return (now = Date.now()): MixRequest => {
    const m = pick();
    if (random() < writeShare) {
      // an activity in the last 30 days (never in the future), so personal stats and the summary see it
      const occurredAt = new Date(now - Math.floor(random() * 30 * 86_400_000) - 60_000).toISOString();
      const input = {
        mentorId: m.id,
        orgId: m.orgId,
        activityTypeId: 'act_type_001',
        occurredAt,
        durationMinutes: 30,
        status: 'COMPLETED',
      };
      return {
        kind: 'write',
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: LOG, variables: { input } }),
      };
    }
    if (random() < 0.5) {
      return {
        kind: 'detail',
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: detailOperation, variables: { id: m.id } }),
      };
    }
    return { kind: 'stats', method: 'GET', path: `/api/v1/personal-stats/${encodeURIComponent(m.id)}` };
  };
}

/** Figures of one kind of request over the measured window. */
export interface MixFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

/** Whether an answer is a success: HTTP 2xx and, for GraphQL, no `errors`. */
async function succeeded(res: Response): Promise<boolean> {
  const text = await res.text();
  if (!res.ok) return false;
  return !text.startsWith('{"errors"') && !text.includes('"errors":[');
}

/**
 * Runs `connections` loops against `base` for `warmup` then `seconds` seconds, each sending `next()` one after
 * another (every fetch bounded by 10 s); returns the measured window's figures per kind.
 */
export async function runMixed(
  base: string,
  next: () => MixRequest,
  opts: { warmup: number; seconds: number; connections: number },
  onMeasuring?: () => void,
): Promise<Record<MixKind, MixFigures>> {
  const samples: Record<MixKind, { ms: number[]; errors: number }> = {
    detail: { ms: [], errors: 0 },
    stats: { ms: [], errors: 0 },
    write: { ms: [], errors: 0 },
  };
  const start = Date.now();
  const measureFrom = start + opts.warmup * 1000;
  const end = measureFrom + opts.seconds * 1000;
  let started = false;
  const loop = async () => {
    while (Date.now() < end) {
      const r = next();
      const t0 = performance.now();
      const ok = await fetch(`${base}${r.path}`, {
        method: r.method,
        headers: r.body ? { 'content-type': 'application/json' } : undefined,
        body: r.body,
        signal: AbortSignal.timeout(10_000),
      }).then(succeeded, () => false);
      const now = Date.now();
      if (now >= measureFrom && !started) {
        started = true;
        onMeasuring?.();
      }
      if (t0 + performance.timeOrigin < measureFrom || now > end) continue;
      if (ok) samples[r.kind].ms.push(performance.now() - t0);
      else samples[r.kind].errors++;
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  const figures = (kind: MixKind): MixFigures => {
    const s = samples[kind];
    const requests = s.ms.length + s.errors;
    return {
      rps: requests / opts.seconds,
      p50: percentile(s.ms, 50),
      p95: percentile(s.ms, 95),
      p99: percentile(s.ms, 99),
      errors: s.errors,
      requests,
    };
  };
  return { detail: figures('detail'), stats: figures('stats'), write: figures('write') };
}
