// Masks errors before they leave a subgraph or the gateway: no stack, SQL text or internal address.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { errorStatus } from './errors.js';

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'CONNECTION_CLOSED',
  'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P03', '08006', '08001', '08003']);

/** True when the error (or a cause) says the database cannot be reached or was cancelled for time. */
export function isUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionCodes.has(code) || code === '57014')) return true;
    const msg = (e as { message?: unknown }).message;
    if (typeof msg === 'string' && /PGlite is closed|connection (terminated|ended)|write CONNECTION/i.test(msg)) return true;
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}

/** Keeps errors with a known code; turns anything else into a generic error without internals. */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _drop, exception: _drop2, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (typeof code === 'string' && code in errorStatus && code !== 'SERVICE_UNAVAILABLE') {
    return { ...formatted, extensions };
  }
  if (isUnavailable(original) || code === 'SERVICE_UNAVAILABLE') {
    return { message: 'The database is unavailable; try again shortly', path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Applies `maskError` to an execution result's errors (in-process subgraph fetches). */
export function maskErrors(errors: readonly GraphQLError[] | undefined): GraphQLFormattedError[] | undefined {
  return errors?.map((e) => maskError(e.toJSON(), e.originalError ?? e));
}
