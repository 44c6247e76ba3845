// The benchmark's scenarios: what each one sends, to which server.
import type { LoadTarget } from './load.js';

// Every GraphQL scenario sends the detail view's own query (the mobile app's mentor screen).
import { detailOperation as detailQuery } from '../gateway/detail-query.js';

/** Cycles through a list of ids. */
export function rotate(ids: string[]): () => string {
  let i = 0;
  return () => ids[i++ % ids.length];
}

/** POST the detail query with a rotating mentor id. */
export function graphqlDetail(base: string, ids: string[], headers: Record<string, string> = {}): LoadTarget {
  const next = rotate(ids);
  return {
    url: `${base}/graphql`,
    method: 'POST',
    headers,
    body: () => JSON.stringify({ query: detailQuery, variables: { id: next() } }),
  };
}

/** GET a REST path with a rotating mentor id in place of `:id`. */
export function restById(base: string, template: string, ids: string[]): LoadTarget {
  const next = rotate(ids);
  return {
    url: `${base}${template.replace(':id', ids[0])}`,
    path: () => template.replace(':id', encodeURIComponent(next())),
  };
}
