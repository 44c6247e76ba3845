// The benchmark's result table: one row per scenario, the target ratios, and the BENCHMARKS.md section.

/** Figures measured for one scenario. */
export interface ScenarioResult {
  id: string;
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
  peakRssMb: number | null;
  statementsPerRequest: number | null;
  /**
   * Server CPU (user + system) over the measured window / requests, in ms: the server's process tree, except for the
   * distributed gateway, whose subgraph processes are counted apart (`subgraphCpuMsPerRequest`).
   */
  cpuMsPerRequest: number | null;
  /** The distributed subgraph processes' CPU over the window / requests, in ms (scenarios over them: 2, 6, 7). */
  subgraphCpuMsPerRequest?: number | null;
}

const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));

/** Ratio a/b of two scenarios' requests/s, or null when either is missing or zero. */
export function ratio(results: ScenarioResult[], a: string, b: string): number | null {
  const x = results.find((r) => r.id === a);
  const y = results.find((r) => r.id === b);
  return x && y && y.rps > 0 ? x.rps / y.rps : null;
}

/**
 * The ratios the issues ask for: `1/5` (in-process against the one-SQL floor), `2/6` and `2/7` (our distributed
 * gateway against Hive Gateway, without and with the Rust planner), `1/8` (what federation costs in-process, when
 * scenario 8 exists) and `11/1` (what authentication costs).
 */
export const ratioPairs: [string, string][] = [
  ['1', '5'],
  ['2', '5'],
  ['1', '6'],
  ['2', '6'],
  ['2', '7'],
  ['1', '8'],
  ['11', '1'],
];

/** A Markdown table of all results followed by the ratios. */
export function renderTable(results: ScenarioResult[]): string {
  const head =
    '| # | scenario | req/s | p50 ms | p95 ms | p99 ms | errors | requests | peak RSS MB | SQL/req | CPU ms/req | subgraph CPU ms/req |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map(
    (r) =>
      `| ${r.id} | ${r.name} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${r.requests} | ${fmt(r.peakRssMb, 0)} | ${fmt(r.statementsPerRequest, 2)} | ${fmt(r.cpuMsPerRequest, 2)} | ${fmt(r.subgraphCpuMsPerRequest ?? null, 2)} |`,
  );
  const ratios = ratioPairs.map(([a, b]) => `- ${a}/${b}: ${fmt(ratio(results, a, b), 2)}`);
  return [head, ...rows, '', 'Ratios of requests/s:', ...ratios].join('\n');
}

/** A dated BENCHMARKS.md section with the machine and commit. */
export function renderSection(
  results: ScenarioResult[],
  meta: { date: string; cores: number; memoryGb: number; commit: string; note?: string },
): string {
  return [
    `## Run of ${meta.date}`,
    '',
    `Machine: ${meta.cores} cores, ${meta.memoryGb.toFixed(0)} GiB; commit ${meta.commit}.${meta.note ? ` ${meta.note}` : ''}`,
    '',
    renderTable(results),
    '',
  ].join('\n');
}
