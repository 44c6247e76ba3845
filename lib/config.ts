// Configuration from the environment, read in one place.
import { randomBytes } from 'node:crypto';

/** The four subgraph names, in composition order. */
export const subgraphNames = ['mentors', 'stats', 'milestones', 'reports'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

/** Default port of each subgraph in the distributed topology. */
export const defaultSubgraphPorts: Record<SubgraphName, number> = {
  mentors: 4001,
  stats: 4002,
  milestones: 4003,
  reports: 4004,
};

/** The port `npm run start:distributed` gives a subgraph (`SUBGRAPH_PORT_<NAME>`, else its default port). */
export function subgraphPort(name: SubgraphName, env = process.env): number {
  return Number(env[`SUBGRAPH_PORT_${name.toUpperCase()}`] ?? defaultSubgraphPorts[name]);
}

/** Where the gateway finds a subgraph over HTTP (`SUBGRAPH_URL_<NAME>`, else loopback on `subgraphPort`). */
export function subgraphUrl(name: SubgraphName, env = process.env): string {
  return env[`SUBGRAPH_URL_${name.toUpperCase()}`] ?? `http://127.0.0.1:${subgraphPort(name, env)}/graphql`;
}

/** The shared secret the gateway sends to subgraphs (`SUBGRAPH_SECRET`). */
export function subgraphSecret(env = process.env): string | undefined {
  return env.SUBGRAPH_SECRET || undefined;
}

/** A fresh random secret, for launchers that start gateway and subgraphs together. */
export function newSecret(): string {
  return randomBytes(24).toString('hex');
}

/** Server settings for the gateway process. */
export function serverConfig(env = process.env) {
  const topology: 'distributed' | 'in-process' = env.TOPOLOGY === 'distributed' ? 'distributed' : 'in-process';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './.data',
    topology,
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
  };
}

/** Header that carries the shared secret from gateway to subgraphs. */
export const SECRET_HEADER = 'x-gateway-secret';
