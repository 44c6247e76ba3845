// Authentication settings from the environment: which keys verify tokens, issuer, audience and claim names.
import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import type { ClaimNames } from './claims.js';
import { authKeySettings } from '../../lib/auth-mode.js';

/** Where the verification keys come from. */
export type AuthKeys =
  | { kind: 'secret'; secret: Uint8Array }
  | { kind: 'jwks-file'; path: string; jwks: JSONWebKeySet }
  | { kind: 'jwks-url'; url: URL; timeoutMs: number };

/** Authentication off (no settings, or `AUTH=off`), or on with its keys and checks. */
export type AuthConfig =
  | { mode: 'off'; explicit: boolean }
  | { mode: 'on'; keys: AuthKeys; issuer?: string; audience?: string[]; claims: ClaimNames };

/** A setting that keeps the server from starting; its message says which and why. */
export class AuthConfigError extends Error {}

/** Fewest bytes an HS256 secret may have (RFC 7518 §3.2: a key at least as long as the hash). */
export const minSecretBytes = 32;

/** Default time a JWKS fetch may take (`AUTH_JWKS_TIMEOUT_MS`). */
const defaultJwksTimeoutMs = 5_000;

/** The claim names (`AUTH_CLAIM_ORG`, `AUTH_CLAIM_ROLES`, `AUTH_CLAIM_MENTOR`), dotted paths allowed. */
export function claimNames(env: Record<string, string | undefined> = process.env): ClaimNames {
  return {
    org: env.AUTH_CLAIM_ORG || 'org_id',
    roles: env.AUTH_CLAIM_ROLES || 'roles',
    mentor: env.AUTH_CLAIM_MENTOR || 'sub',
  };
}

/** The HS256 key of `AUTH_JWT_SECRET`; refuses a secret shorter than 32 bytes. */
export function secretKey(secret: string): Uint8Array {
  const bytes = new TextEncoder().encode(secret);
  if (bytes.length < minSecretBytes)
    throw new AuthConfigError(
      `AUTH_JWT_SECRET must be at least ${minSecretBytes} bytes for HS256; it has ${bytes.length} ` +
        '(e.g. `openssl rand -hex 32`)',
    );
  return bytes;
}

/** The key set in a JWKS JSON file (`{"keys": [...]}`). */
function readJwks(path: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AuthConfigError(
      `AUTH_JWKS_FILE ${path} could not be read as JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new AuthConfigError(`AUTH_JWKS_FILE ${path} must be a JWKS: {"keys": [ ...at least one key ]}`);
  return parsed as JSONWebKeySet;
}

/** The JWKS URL, http(s) only. */
function jwksUrl(value: string, env: Record<string, string | undefined>): AuthKeys {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthConfigError(`AUTH_JWKS_URL must be a URL; got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AuthConfigError(`AUTH_JWKS_URL must be an http(s) URL; got ${url.protocol}`);
  const timeoutMs = Number(env.AUTH_JWKS_TIMEOUT_MS ?? defaultJwksTimeoutMs);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 60_000)
    throw new AuthConfigError('AUTH_JWKS_TIMEOUT_MS must be a whole number of milliseconds from 1 to 60000');
  return { kind: 'jwks-url', url, timeoutMs };
}

/**
 * Reads the authentication settings. None set: off. `AUTH=off`: off, whatever else is set. With NODE_ENV=production
 * and none set, throws unless `AUTH=off` is given, so a deployment is never open by accident.
 */
export function authConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
  if (env.AUTH === 'off') return { mode: 'off', explicit: true };
  if (env.AUTH !== undefined && env.AUTH !== '' && env.AUTH !== 'on')
    throw new AuthConfigError(`AUTH must be "off" or "on"; got ${JSON.stringify(env.AUTH)}`);
  const given = authKeySettings.filter((k) => env[k]);
  if (given.length > 1) throw new AuthConfigError(`set one of ${given.join(', ')}, not ${given.length}`);
  if (given.length === 0) {
    if (env.NODE_ENV === 'production' || env.AUTH === 'on')
      throw new AuthConfigError(
        `${env.AUTH === 'on' ? 'AUTH=on' : 'NODE_ENV=production'} needs AUTH_JWT_SECRET, AUTH_JWKS_FILE or ` +
          'AUTH_JWKS_URL (or AUTH=off to run without authentication)',
      );
    return { mode: 'off', explicit: false };
  }
  const keys: AuthKeys = env.AUTH_JWT_SECRET
    ? { kind: 'secret', secret: secretKey(env.AUTH_JWT_SECRET) }
    : env.AUTH_JWKS_FILE
      ? { kind: 'jwks-file', path: env.AUTH_JWKS_FILE, jwks: readJwks(env.AUTH_JWKS_FILE) }
      : jwksUrl(env.AUTH_JWKS_URL ?? '', env);
  const audience = env.AUTH_AUDIENCE?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    mode: 'on',
    keys,
    ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
    ...(audience?.length ? { audience } : {}),
    claims: claimNames(env),
  };
}

/** The one start-up log line that says whether authentication is on and how. */
export function authSummary(config: AuthConfig): string {
  if (config.mode === 'off')
    return config.explicit
      ? 'auth: off (AUTH=off): every endpoint is open'
      : 'auth: off (no AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL set): every endpoint is open';
  const keys =
    config.keys.kind === 'secret'
      ? 'HS256 with AUTH_JWT_SECRET'
      : config.keys.kind === 'jwks-file'
        ? `RS256/ES256 keys from ${config.keys.path}`
        : `RS256/ES256 keys from ${config.keys.url.href}`;
  const checks = [
    config.issuer ? `issuer ${config.issuer}` : 'any issuer',
    config.audience ? `audience ${config.audience.join(', ')}` : 'any audience',
  ].join(', ');
  const { org, roles, mentor } = config.claims;
  return `auth: on (${keys}; ${checks}; claims org ${org}, roles ${roles}, mentor ${mentor}): /graphql and /api/v1 need a bearer token`;
}
