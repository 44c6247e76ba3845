// Whether authentication is on, decided from the same settings by the gateway and by a subgraph server of its own.

/** The settings that give the gateway its keys; one of them set turns authentication on. */
export const authKeySettings = ['AUTH_JWT_SECRET', 'AUTH_JWKS_FILE', 'AUTH_JWKS_URL'] as const;

/**
 * Whether a subgraph server must be told who is asking (a signed caller on every request): unless `AUTH=off`, when
 * the gateway has keys, `AUTH=on` or NODE_ENV=production (where the gateway refuses to run open without `AUTH=off`).
 */
export function callerRequired(env: Record<string, string | undefined> = process.env): boolean {
  if (env.AUTH === 'off') return false;
  return env.AUTH === 'on' || env.NODE_ENV === 'production' || authKeySettings.some((k) => !!env[k]);
}
