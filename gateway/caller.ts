// The caller of a gateway request, signed once for all of the request's subgraph fetches over HTTP.
import { signCaller } from '../lib/caller-header.js';
import type { GatewayContext } from './context.js';

const signed = new WeakMap<GatewayContext, Promise<string>>();

/** The request's caller signed with the subgraph secret (lib/caller-header.ts); the same promise for every fetch. */
export function signedCaller(context: GatewayContext, secret: string): Promise<string> {
  let header = signed.get(context);
  if (!header) {
    if (!context.caller) return Promise.reject(new Error('the request has no verified caller to sign'));
    header = signCaller(context.caller, secret);
    signed.set(context, header);
  }
  return header;
}
