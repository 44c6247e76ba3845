// `npm run compose`: composes schema/supergraph.graphql from the four subgraph SDLs (no network).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { subgraphNames, defaultSubgraphPorts } from '../lib/config.js';

/** Composes the supergraph SDL from the SDL files beside each subgraph's code. */
export function composeSupergraph(): string {
  const services = subgraphNames.map((name) => ({
    name,
    url: `http://127.0.0.1:${defaultSubgraphPorts[name]}/graphql`,
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeFileSync(new URL('./supergraph.graphql', import.meta.url), composeSupergraph());
  console.log('wrote schema/supergraph.graphql');
}
