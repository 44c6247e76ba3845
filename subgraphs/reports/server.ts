// The reports subgraph as pure exports: SDL, resolvers, schema and context factory. Opens no port.
import { readFileSync } from 'node:fs';
import { defineSubgraph } from '../../lib/define-subgraph.js';
import { resolvers } from './resolvers/index.js';
import { createContext } from './context.js';

/** The SDL beside this file. */
export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** The reports subgraph as a host mounts it. */
export const subgraph = defineSubgraph('reports', typeDefs, resolvers, createContext);

export { resolvers, createContext };
