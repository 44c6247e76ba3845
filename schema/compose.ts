// `npm run compose`: composes schema/supergraph.graphql from the four subgraph SDLs (no network), and prints
// schema/api.graphql beside it: the API schema, i.e. what a client of the gateway sees (codegen's schema for gateway/rest).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, printSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
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

/**
 * The API schema of a supergraph, printed: what @apollo/gateway serves from the same SDL (Supergraph.build →
 * apiSchema → graphql-js schema), so without the join/link machinery and anything @inaccessible.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const supergraph = composeSupergraph();
  writeFileSync(new URL('./supergraph.graphql', import.meta.url), supergraph);
  writeFileSync(new URL('./api.graphql', import.meta.url), apiSchemaSdl(supergraph));
  console.log('wrote schema/supergraph.graphql and schema/api.graphql');
}
