// The four subgraphs as HTTP servers on free loopback ports over one test database (distributed topology).
import { serveSubgraph } from '../../lib/serve-subgraph.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { subgraphNames, type SubgraphName } from '../../lib/config.js';
import type { Database } from '../../lib/db.js';

/** Running subgraph servers: their URLs by name and one close for all. */
export interface SubgraphServers {
  urls: Record<SubgraphName, string>;
  close(): Promise<void>;
}

/**
 * Starts every subgraph on port 0 with the shared secret; entity lookups between them go to each other's URL.
 * `down` names subgraphs not started: their URL is `downUrl`, where nothing listens. `requireCaller`: authentication on,
 * every request must carry the gateway's signed caller.
 */
export async function startSubgraphServers(
  database: Database,
  secret: string,
  down: { names: readonly SubgraphName[]; downUrl: string } = { names: [], downUrl: '' },
  requireCaller = false,
): Promise<SubgraphServers> {
  const urls = {} as Record<SubgraphName, string>;
  const closers: (() => Promise<void>)[] = [];
  for (const name of down.names) urls[name] = down.downUrl;
  for (const name of subgraphNames) {
    if (down.names.includes(name)) continue;
    const s = await serveSubgraph(subgraphModules[name], {
      port: 0,
      database,
      secret,
      logLevel: 'silent',
      requireCaller,
      urlOf: (n) => urls[n as SubgraphName],
    });
    urls[name] = s.url;
    closers.push(s.close);
  }
  return {
    urls,
    close: async () => {
      for (const close of closers) await close();
    },
  };
}
