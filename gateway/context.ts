// The per-request context every gateway plugin and data source shares.
import type { Caller } from '../lib/caller.js';

/** Context of one gateway request. */
export interface GatewayContext {
  requestId?: string;
  /** Filled with the operation name for the request's log line (gateway/http/logging.ts). */
  info?: { operation?: string };
  /** The verified caller (gateway/http/auth.ts); absent with auth off. */
  caller?: Caller;
  /** The caller's Authorization header as received, passed on to the subgraphs fetched over HTTP. */
  authorization?: string;
}
