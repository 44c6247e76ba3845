// The per-request context every gateway plugin and data source shares.

/** Context of one gateway request. */
export interface GatewayContext {
  requestId?: string;
  /** Filled with the operation name for the request's log line (gateway/http/logging.ts). */
  info?: { operation?: string };
}
