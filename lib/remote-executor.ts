// Runs a GraphQL document against another subgraph over HTTP, with the gateway's shared secret.
import type { SubgraphAnswer, SubgraphExecutor } from './entities.js';
import { SECRET_HEADER } from './config.js';
import { CALLER_HEADER, signCaller } from './caller-header.js';

/** A request id that is safe to forward as a header (the gateway's own form: 1..128 of `[A-Za-z0-9_.-]`). */
const forwardableId = /^[A-Za-z0-9_.-]{1,128}$/;

/**
 * An executor that POSTs to the subgraph URL `urlOf(name)` with the shared secret, the operation name, the signed
 * caller and the request's x-request-id (so the owner's log line carries the same id); times out after `timeoutMs`.
 */
export function remoteExecutor(urlOf: (name: string) => string, secret?: string, timeoutMs = 10_000): SubgraphExecutor {
  return async (name, query, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret) headers[SECRET_HEADER] = secret;
    if (options.requestId && forwardableId.test(options.requestId)) headers['x-request-id'] = options.requestId;
    // the owner applies its rules for the same caller: signed again, as the gateway signs it
    if (options.caller && secret) headers[CALLER_HEADER] = await signCaller(options.caller, secret);
    const res = await fetch(urlOf(name), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName: options.operationName, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok && !res.headers.get('content-type')?.includes('json')) {
      throw new Error(`subgraph ${name} answered HTTP ${res.status}`);
    }
    return (await res.json()) as SubgraphAnswer;
  };
}
