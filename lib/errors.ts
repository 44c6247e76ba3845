// GraphQL errors with the codes the REST layer maps to HTTP statuses.
import { GraphQLError } from 'graphql';

/** Error codes carried in `extensions.code`, and the HTTP status each means to the REST layer. */
export const errorStatus = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  SERVICE_UNAVAILABLE: 503,
} as const;

/** A code the API uses on purpose. */
export type ErrorCode = keyof typeof errorStatus;

/** A GraphQL error with a code; the REST layer answers it with the matching status. */
export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** 404: `<what> '<id>' was not found`. */
export function notFound(what: string, id: string): GraphQLError {
  return apiError('NOT_FOUND', `${what} '${id}' was not found`);
}

/** 422: a value that is well-formed but breaks a rule. */
export function unprocessable(message: string): GraphQLError {
  return apiError('UNPROCESSABLE', message);
}

/** 400: a value of the wrong form. */
export function badRequest(message: string): GraphQLError {
  return apiError('BAD_REQUEST', message);
}

/** 409: the request conflicts with the current state. */
export function conflict(message: string): GraphQLError {
  return apiError('CONFLICT', message);
}

/** A value as an error message shows what came: JSON, strings cut at 80 characters (`"sleeping"`, `"abc…"`). */
export function shownValue(v: unknown): string {
  return JSON.stringify(typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…` : v);
}
