// Tokens and a context recorder for the authentication tests.
import type { GraphQLDataSource } from '@apollo/gateway';
import { SignJWT, type JWTPayload } from 'jose';
import type { GatewayContext } from '../../gateway/context.js';

/** The HS256 secret the tests' apps verify with (32 bytes). */
export const testSecret = 'test-auth-secret-0123456789abcdef';

/** Signs `claims` with HS256 (`secret`, default `testSecret`); `exp` defaults to an hour from now. */
export function hsToken(claims: JWTPayload, secret = testSecret): Promise<string> {
  return new SignJWT({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(secret));
}

/** A `wrapSource` that records the gateway context every subgraph fetch gets, into `seen`. */
export function recordContexts(seen: GatewayContext[]) {
  return (_name: string, source: GraphQLDataSource): GraphQLDataSource => ({
    process: (options) => {
      seen.push(options.context as GatewayContext);
      return source.process(options);
    },
  });
}

/** Header object for a bearer token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
