// One structured log line per request (pino via Fastify): request id, route, GraphQL operation, status, duration.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What the request log line reports besides method, url and status; filled in while the request runs. */
export interface RequestInfo {
  operation?: string;
}

const infos = new WeakMap<FastifyRequest, RequestInfo>();

/** The mutable log info of a request (handed to the GraphQL context so the operation name lands in the log). */
export function requestInfo(req: FastifyRequest): RequestInfo {
  let info = infos.get(req);
  if (!info) {
    info = {};
    infos.set(req, info);
  }
  return info;
}

/** The caller's x-request-id when it is a sane token (1..128 of `[A-Za-z0-9_.-]`), else a fresh UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
}

/** Logs one `request` line when the response is sent (Fastify's own two lines are disabled in app.ts). */
export function installRequestLogging(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    const info = infos.get(req);
    req.log.info(
      {
        method: req.method,
        url: req.url.split('?')[0],
        route: req.routeOptions.url ?? null,
        operation: info?.operation ?? null,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
