// Token verification with jose: signature, expiry, issuer and audience, then the caller the claims name.
import { createSecretKey } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthConfig } from './config.js';
import { callerFrom } from './claims.js';
import type { Caller } from '../../lib/caller.js';

/** A token the API does not accept (answered 401), or keys it could not fetch (answered 503). */
export class AuthFailure extends Error {
  constructor(
    readonly status: 401 | 503,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** Verifies a bearer token and returns its caller; rejects with an `AuthFailure`. */
export type Verifier = (token: string) => Promise<Caller>;

/** The asymmetric algorithms JWKS keys are accepted for (identity providers sign with these). */
const asymmetric = ['RS256', 'ES256'];

/** Why a token was refused, in words a client can act on (no key material, no internals). */
function refusal(err: unknown): AuthFailure {
  if (err instanceof errors.JWTExpired) return new AuthFailure(401, 'the token has expired');
  if (err instanceof errors.JWTClaimValidationFailed)
    return new AuthFailure(401, `the token's ${err.claim} claim is not accepted (${err.reason})`);
  if (err instanceof errors.JWSSignatureVerificationFailed)
    return new AuthFailure(401, "the token's signature does not verify");
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported)
    return new AuthFailure(401, "the token's signing algorithm is not accepted");
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys)
    return new AuthFailure(401, 'no key of the identity provider matches the token');
  if (err instanceof errors.JWKSTimeout)
    return new AuthFailure(503, "the identity provider's keys did not arrive in time");
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid)
    return new AuthFailure(401, 'the token is not a valid JWT');
  // anything else is on our side: the key set could not be fetched or read (the hook logs the cause)
  return new AuthFailure(503, "the identity provider's keys could not be fetched", err);
}

/** The verifier for an `on` configuration. */
export function createVerifier(config: Extract<AuthConfig, { mode: 'on' }>): Verifier {
  const { keys } = config;
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    // a few seconds of clock skew between the identity provider and this server
    clockTolerance: 5,
  };
  let verify: (token: string) => ReturnType<typeof jwtVerify>;
  if (keys.kind === 'secret') {
    // imported once: given raw bytes, jose would import the key again for every token
    const key = createSecretKey(keys.secret);
    verify = (token) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
  } else {
    const getKey: JWTVerifyGetKey =
      keys.kind === 'jwks-file'
        ? createLocalJWKSet(keys.jwks)
        : createRemoteJWKSet(keys.url, { timeoutDuration: keys.timeoutMs, cooldownDuration: 30_000 });
    verify = (token) => jwtVerify(token, getKey, { ...options, algorithms: asymmetric });
  }
  const verified = verifiedTokens();
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload;
    try {
      ({ payload } = await verify(token));
    } catch (err) {
      throw refusal(err);
    }
    const caller = callerFrom(payload, config.claims);
    if (!caller) throw new AuthFailure(401, 'the token has no sub claim');
    const frozen = Object.freeze({ ...caller, roles: Object.freeze([...caller.roles]) }) as Caller;
    const ttl = Math.min(verifiedTtlMs, typeof payload.exp === 'number' ? payload.exp * 1000 - Date.now() : Infinity);
    if (ttl > 0) verified.set(token, frozen, { ttl });
    return frozen;
  };
}

/**
 * Longest a verified token is answered from memory without verifying it again: a client sends the same token with
 * every request, and the signature check (Web Crypto) was 11 % of the detail query's CPU. A minute bounds how long a
 * token stays accepted after its identity provider's key is withdrawn; expiry is never extended.
 */
const verifiedTtlMs = 60_000;

/** Tokens that verified, with their callers: bounded in count, size (least recently used go first) and age. */
function verifiedTokens() {
  return new LRUCache<string, Caller>({
    max: 10_000,
    // tokens may be long (identity providers put groups in them): bound the characters held too, about 16 MB
    maxSize: 8_000_000,
    sizeCalculation: (_caller, token) => token.length + 200,
    ttl: verifiedTtlMs,
    ttlResolution: 100,
  });
}
