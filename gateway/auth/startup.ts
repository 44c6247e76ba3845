// The start-up step for authentication: one log line saying how it is set, or one error line and exit 1.
import type { Logger } from 'pino';
import { authConfig, AuthConfigError, authSummary, type AuthConfig } from './config.js';

/** Reads the authentication settings and logs them in one line; a setting that is not usable stops the process. */
export function authAtStartup(log: Logger, env: Record<string, string | undefined> = process.env): AuthConfig {
  try {
    const config = authConfig(env);
    log.info(authSummary(config));
    return config;
  } catch (err) {
    if (!(err instanceof AuthConfigError)) throw err;
    log.error(`auth: refusing to start: ${err.message}`);
    process.exit(1);
  }
}
