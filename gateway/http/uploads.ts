// Request bodies that arrive too slowly: a time limit on receiving a request, and no waiting for them on shutdown.
import { STATUS_CODES, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './errors.js';

/** Longest a request may take to arrive, headers and body (`REQUEST_TIMEOUT_MS`, default 30 s). */
export const defaultRequestTimeoutMs = Number(process.env.REQUEST_TIMEOUT_MS ?? 30_000);

/**
 * Fastify options for a receive limit of `ms`: Node answers 408 and closes the connection of a request not fully
 * received by then. The limit goes to Node's server constructor too: Fastify only sets `server.requestTimeout` after
 * creating the server, which Node 24's connection checks ignore (measured: a trickled body was never cut off). Node
 * checks every `connectionsCheckingInterval` (default 30 s, which would let a stalled request live up to twice the
 * limit), so this checks every quarter of the limit, at most once a second.
 */
export function requestTimeoutOptions(ms: number): {
  requestTimeout: number;
  http: ServerOptions;
  clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => void;
} {
  return {
    requestTimeout: ms,
    http: { requestTimeout: ms, connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(ms / 4))) },
    clientErrorHandler: (err, socket) => clientError(err, socket, ms),
  };
}

/**
 * Answers a request Node gave up on before it reached Fastify (not received in time, headers too large, malformed
 * HTTP) in the error shape, then closes the connection: Fastify's own handler answers in a shape of its own.
 */
function clientError(err: Error & { code?: string }, socket: Socket, ms: number): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'REQUEST_TIMEOUT', `expected the whole request within ${ms} ms; it had not arrived`]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'HEADERS_TOO_LARGE', 'expected request headers within the size limit; they were larger']
        : [400, 'BAD_REQUEST', 'expected an HTTP/1.1 request; could not parse it'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  socket.destroy(err);
}

/**
 * On close, answers 503 (and closes the connection of) every request whose body is still arriving, so the drain does
 * not wait up to the receive limit for a stalled upload. Requests fully received (past `preValidation`) still finish.
 */
export function installUploadDrain(app: FastifyInstance): void {
  const receiving = new Set<FastifyReply>();
  app.addHook('onRequest', async (_req, reply) => {
    receiving.add(reply);
  });
  app.addHook('preValidation', async (_req, reply) => {
    receiving.delete(reply);
  });
  app.addHook('onResponse', async (_req, reply) => {
    receiving.delete(reply);
  });
  app.addHook('onRequestAbort', (req, done) => {
    for (const reply of receiving) if (reply.request === req) receiving.delete(reply);
    done();
  });
  app.addHook('preClose', (done) => {
    for (const reply of receiving) {
      receiving.delete(reply);
      if (reply.sent) continue;
      const socket = reply.raw.socket;
      reply.raw.once('finish', () => socket?.destroy());
      void sendError(
        reply.header('connection', 'close'),
        503,
        'SERVICE_UNAVAILABLE',
        'the server is shutting down; the request body had not fully arrived',
      );
    }
    done();
  });
}
