// The REST error contract: `{"error": {"code", "message"}}` with a fitting status, for every error.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { errorStatus } from '../../lib/errors.js';
import { isBadText, isUnavailable } from '../../lib/mask-error.js';

/** An error answer the REST layer sends. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sends the error shape. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type('application/json').send({ error: { code, message } });
}

/** The HTTP error for a GraphQL error coming back from the gateway. */
export function fromGraphQLError(e: GraphQLFormattedError): HttpError {
  const given = e.extensions?.code;
  // a code that is not a string is no code of ours: it answers 500 like any unknown one
  const code = given === undefined || given === null ? 'INTERNAL_SERVER_ERROR' : typeof given === 'string' ? given : '';
  const status = (errorStatus as Record<string, number>)[code];
  if (status)
    return new HttpError(
      status,
      code === 'BAD_USER_INPUT' || code.startsWith('GRAPHQL_') ? 'BAD_REQUEST' : code,
      e.message,
    );
  return new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal error');
}

const fastifyCodes: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'BAD_REQUEST'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'BAD_REQUEST'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST'],
};

/** Installs the not-found and error handlers so every failure answers in the error shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, 'NOT_FOUND', `no route for ${req.method} ${req.url.split('?')[0]}`),
  );
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return sendError(reply, err.status, err.code, err.message);
    const known = err.code ? fastifyCodes[err.code] : undefined;
    if (known) return sendError(reply, known[0], known[1], err.message);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, err.statusCode, 'BAD_REQUEST', err.message);
    }
    if (isBadText(err))
      return sendError(reply, 400, 'BAD_REQUEST', 'text values must not contain NUL (\\u0000) characters');
    if (isUnavailable(err)) {
      req.log.error({ err }, 'database unavailable');
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly');
    }
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'INTERNAL_SERVER_ERROR', 'Internal error');
  });
}
