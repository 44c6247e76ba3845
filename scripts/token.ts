// `npm run token -- --role coordinator --org org_nansen_01`: prints a token signed with AUTH_JWT_SECRET (HS256), for
// curl (`Authorization: Bearer …`) and GraphiQL's Headers tab. The claims go where AUTH_CLAIM_* say; AUTH_ISSUER and
// AUTH_AUDIENCE, when set, become `iss` and `aud`.
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { AuthConfigError, claimNames, secretKey } from '../gateway/auth/config.js';
import { setClaimAt } from '../gateway/auth/claims.js';
import { knownRoles, type Role } from '../lib/caller.js';

const usage = `usage: npm run token -- [--role mentor|coordinator|admin]... [--org <org id>] [--mentor <mentor id>]
                       [--admin] [--sub <subject>] [--expires 1h]
  --mentor sets sub (and the mentor claim) to the mentor id and adds the mentor role.
  needs AUTH_JWT_SECRET (at least 32 bytes), the same the server verifies with.`;

/** Stops with a message and the usage. */
function fail(message: string): never {
  console.error(`token: ${message}\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      org: { type: 'string' },
      mentor: { type: 'string' },
      admin: { type: 'boolean', default: false },
      sub: { type: 'string' },
      expires: { type: 'string', default: '1h' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const secret = process.env.AUTH_JWT_SECRET;
if (!secret) fail('AUTH_JWT_SECRET is not set: export the secret the server verifies with');
let key: Uint8Array;
try {
  key = secretKey(secret);
} catch (err) {
  fail(err instanceof AuthConfigError ? err.message : String(err));
}

const roles = new Set<string>(values.role);
if (values.admin) roles.add('admin');
if (values.mentor) roles.add('mentor');
for (const r of roles) if (!(knownRoles as readonly string[]).includes(r)) fail(`unknown role ${r}`);
if (roles.size === 0) fail('give a role: --role, --admin or --mentor');

const claims = claimNames();
const sub = values.mentor ?? values.sub ?? `dev-${[...roles].join('-')}`;
const payload: Record<string, unknown> = {};
setClaimAt(payload, claims.roles, [...roles] as Role[]);
if (values.org) setClaimAt(payload, claims.org, values.org);
if (values.mentor && claims.mentor !== 'sub') setClaimAt(payload, claims.mentor, values.mentor);

const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(sub).setIssuedAt();
try {
  jwt.setExpirationTime(values.expires);
} catch {
  fail(`--expires must be a duration such as 15m, 1h or 7d; got ${values.expires}`);
}
if (process.env.AUTH_ISSUER) jwt.setIssuer(process.env.AUTH_ISSUER);
const audience = process.env.AUTH_AUDIENCE?.split(',')[0]?.trim();
if (audience) jwt.setAudience(audience);
console.log(await jwt.sign(key));
