// `npm run start:subgraph -- <name>`: starts one subgraph alone (distributed topology).
import { subgraphNames } from '../lib/config.js';

const name = process.argv[2];
if (!subgraphNames.includes(name as never)) {
  console.error(`expected a subgraph name (${subgraphNames.join(', ')}), got ${name ?? 'nothing'}`);
  process.exit(2);
}
await import(`../subgraphs/${name}/index.ts`);
