// Reads counters off a server's Prometheus /metrics page (the bench's view of what happened inside the server).

/** The value of one sample line `name{labels} value` in a Prometheus text page; 0 when absent. */
export function sampleValue(page: string, name: string, labels: Record<string, string>): number {
  for (const line of page.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.indexOf('}'));
    const have = Object.fromEntries(
      labelText.split(',').map((kv) => {
        const [k, v] = kv.split('=');
        return [k, v?.replace(/^"|"$/g, '')];
      }),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

/** Hits and misses of the personal-stats percentile cache so far (`cache_lookups_total{cache="peer_rank"}`). */
export async function peerCacheLookups(base: string): Promise<{ hit: number; miss: number }> {
  const page = await (await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
  const count = (outcome: string) => sampleValue(page, 'cache_lookups_total', { cache: 'peer_rank', outcome });
  return { hit: count('hit'), miss: count('miss') };
}
