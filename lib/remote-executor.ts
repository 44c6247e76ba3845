// Runs a GraphQL document against another subgraph over HTTP, with the gateway's shared secret.
import type { SubgraphExecutor } from './entities.js';
import { SECRET_HEADER } from './config.js';

/** An executor that POSTs to the subgraph URL `urlOf(name)`; times out after `timeoutMs`. */
export function remoteExecutor(urlOf: (name: string) => string, secret?: string, timeoutMs = 10_000): SubgraphExecutor {
  return async (name, query, variables) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret) headers[SECRET_HEADER] = secret;
    const res = await fetch(urlOf(name), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok && !res.headers.get('content-type')?.includes('json')) {
      throw new Error(`subgraph ${name} answered HTTP ${res.status}`);
    }
    return (await res.json()) as Awaited<ReturnType<SubgraphExecutor>>;
  };
}
