// `npm run schema:diff [-- <git revision>]`: the breaking and dangerous changes of the schema clients see
// (schema/api.graphql, composed from the subgraphs by `npm run compose`) against a revision's — by default the
// previous commit's (`HEAD~1`). Prints them (with @graphql-inspector/core) and a count of the safe ones; exits 0
// whatever it finds (CI prints it for review), 2 when it cannot read a schema.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

const path = 'schema/api.graphql';
const base = process.argv[2] ?? 'HEAD~1';

/** The file at `revision`, or undefined when the revision (a shallow clone's parent) or the file is not there. */
function atRevision(revision: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${revision}:${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

const before = atRevision(base);
if (before === undefined) {
  console.log(`schema:diff: no ${path} at ${base} to compare with; nothing to report`);
  process.exit(0);
}
let changes: Change[];
try {
  changes = await diff(buildSchema(before), buildSchema(readFileSync(path, 'utf8')));
} catch (err) {
  console.error(
    `schema:diff: expected two valid GraphQL schemas, got: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(2);
}

const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
const breaking = of(CriticalityLevel.Breaking);
const dangerous = of(CriticalityLevel.Dangerous);
console.log(`schema:diff ${path}: ${base} → working tree`);
for (const [title, list] of [
  ['breaking', breaking],
  ['dangerous', dangerous],
] as const) {
  console.log(`${list.length} ${title} change${list.length === 1 ? '' : 's'}`);
  for (const c of list) {
    const why = c.criticality.reason ? ` (${c.criticality.reason})` : '';
    console.log(`  - ${c.message}${c.path ? ` [${c.path}]` : ''}${why}`);
  }
}
console.log(`${changes.length - breaking.length - dangerous.length} safe changes`);
