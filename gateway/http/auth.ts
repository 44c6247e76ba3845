// Authentication at the HTTP layer: /graphql and the REST rows need a verified bearer token when auth is on.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../lib/caller.js';
import { AuthFailure, type Verifier } from '../auth/verify.js';
import { sendError } from './errors.js';
import { wantsGraphiQL } from './graphiql.js';

const callers = new WeakMap<FastifyRequest, Caller>();

/** The verified caller of a request; undefined with auth off (or on an open path). */
export function callerOf(req: FastifyRequest): Caller | undefined {
  return callers.get(req);
}

/** The bearer token of an Authorization header: the token, or undefined (another scheme, no token, stray text). */
function bearerToken(header: string): string | undefined {
  return /^Bearer +([\w.~+/-]+=*) *$/i.exec(header)?.[1];
}

/** Answers 401 (or 503) in the shape of the endpoint: GraphQL's errors list on /graphql, the REST error elsewhere. */
function refuse(req: FastifyRequest, reply: FastifyReply, failure: AuthFailure, tokenGiven: boolean) {
  const code = failure.status === 401 ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE';
  if (failure.status === 401)
    void reply.header('www-authenticate', tokenGiven ? 'Bearer error="invalid_token"' : 'Bearer');
  if (req.routeOptions.url === '/graphql')
    return reply
      .code(failure.status)
      .type('application/json')
      .send({ errors: [{ message: failure.message, extensions: { code } }] });
  return sendError(reply, failure.status, code, failure.message);
}

/**
 * Installs the check on every route whose path is in `protectedPaths` (GraphiQL's page on GET /graphql stays open):
 * no token, or one that does not verify, is answered before the body is read; a verified caller is kept on the request.
 */
export function installAuth(app: FastifyInstance, verify: Verifier, protectedPaths: ReadonlySet<string>): void {
  app.addHook('onRequest', async (req, reply) => {
    const route = req.routeOptions.url;
    if (route === undefined || !protectedPaths.has(route)) return;
    if (route === '/graphql' && req.method === 'GET' && wantsGraphiQL(req.headers.accept, req.query)) return;
    const header = req.headers.authorization;
    if (header === undefined || header.trim() === '')
      return refuse(req, reply, new AuthFailure(401, 'expected an Authorization: Bearer token; none was given'), false);
    const token = bearerToken(header);
    if (token === undefined)
      return refuse(req, reply, new AuthFailure(401, 'expected the Authorization header as `Bearer <token>`'), true);
    try {
      callers.set(req, await verify(token));
    } catch (err) {
      const failure = err instanceof AuthFailure ? err : new AuthFailure(503, 'the token could not be checked', err);
      if (failure.status !== 401) req.log.error({ err: failure.cause ?? err }, 'token verification failed');
      return refuse(req, reply, failure, true);
    }
  });
}
