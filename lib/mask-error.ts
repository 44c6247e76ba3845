// Masks errors before they leave a subgraph or the gateway: no stack, SQL text or internal address.
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { findCause, type Cause } from './causes.js';
import { errorStatus } from './errors.js';

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'DATABASE_DOWN', // lib/db-health.ts: known down, not tried
  '57P01',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** True when the error (or a cause) says the database cannot be reached or was cancelled for time. */
export function isUnavailable(err: unknown): boolean {
  const unavailable = (c: Cause) =>
    (typeof c.code === 'string' && (connectionCodes.has(c.code) || c.code === '57014')) ||
    (typeof c.message === 'string' &&
      /PGlite is closed|connection (terminated|ended)|write CONNECTION/i.test(c.message));
  return findCause(err, unavailable) !== undefined;
}

/** SQLSTATEs of text the database cannot store (a NUL character), i.e. the client's input was malformed. */
const badTextCodes = new Set(['22021', '22P05']);

/** True when the error (or a cause) is PostgreSQL refusing a NUL character in text or JSON. */
export function isBadText(err: unknown): boolean {
  return findCause(err, (c) => typeof c.code === 'string' && badTextCodes.has(c.code)) !== undefined;
}

/** Codes the gateway gives to faults of the client's document (e.g. an unknown operation name): a 400, not a 500. */
const clientFaultCodes = new Set([
  'INVALID_GRAPHQL',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_NOT_FOUND',
]);

/** An HTTP status 4xx that Apollo Server put on an error it raised about the request (e.g. an APQ hash mismatch). */
function apolloClientStatus(original: unknown): number | undefined {
  const http = (original as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http;
  const status = http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Keeps errors with a known code; turns anything else into a generic error without internals. */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const {
    stacktrace: _drop,
    exception: _drop2,
    response: _drop3,
    ...extensions
  } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const unavailable = isUnavailable(original);
  // Coded errors we raised on purpose keep their message (SERVICE_UNAVAILABLE too, e.g. "the stats subgraph is
  // unavailable"); a coded error caused by a dropped connection gets the generic database message.
  if (typeof code === 'string' && code in errorStatus && !unavailable) {
    return { ...formatted, extensions };
  }
  // Client faults the gateway codes its own way, and Apollo's own request errors without a code of ours (e.g.
  // "provided sha does not match query"), keep their message: it says what is wrong.
  if ((typeof code === 'string' && clientFaultCodes.has(code)) || (!unavailable && apolloClientStatus(original))) {
    return { message: formatted.message, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
  }
  if (unavailable || code === 'SERVICE_UNAVAILABLE') {
    return {
      message: 'The database is unavailable; try again shortly',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (isBadText(original)) {
    return {
      message: 'text values must not contain NUL (\\u0000) characters',
      path: formatted.path,
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Applies `maskError` to an execution result's errors (in-process subgraph fetches). */
export function maskErrors(errors: readonly GraphQLError[] | undefined): GraphQLFormattedError[] | undefined {
  return errors?.map((e) => maskError(e.toJSON(), e.originalError ?? e));
}
