// Reads the REST contract files (test/contracts/*.txt) into their endpoints with request and response examples.
// The files come in two layouts: "GET /path" on one line, or "GET" and "/path" on two; JSON indented or not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the contract files (copied verbatim from the shared contracts). */
export const contractsDir = fileURLToPath(new URL('.', import.meta.url));

/** One documented endpoint of a contract file. */
export interface ContractEndpoint {
  /** The contract file it came from, e.g. `reports.txt`. */
  file: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The literal contract path, e.g. `/api/v1/reports/api/v1/reports/:id`. */
  path: string;
  summary: string;
  request?: unknown;
  response?: unknown;
}

const METHOD = /^(GET|POST|PUT|DELETE)(?:\s+(\/\S*))?\s*$/;

/**
 * The JSON value starting at the first `{` or `[` at or after `from`: scans to the bracket that balances it
 * (outside strings) and parses that slice.
 */
export function jsonValueAt(text: string, from: number): unknown {
  const start = text.slice(from).search(/[[{]/) + from;
  if (start < from) throw new Error(`expected a JSON object or array after offset ${from}, found none`);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return JSON.parse(text.slice(start, i + 1)) as unknown;
    }
  }
  throw new Error(`expected a balanced JSON value from offset ${start}, reached the end of the text at depth ${depth}`);
}

/** The endpoints of one contract file's text, in file order. */
export function parseContract(file: string, text: string): ContractEndpoint[] {
  const lines = text.split('\n');
  // Character offset of each line's start, to parse JSON that spans lines.
  const offsets: number[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    at += l.length + 1;
  }
  const nextNonEmpty = (i: number) => {
    let j = i;
    while (j < lines.length && lines[j].trim() === '') j++;
    return j;
  };
  const endpoints: ContractEndpoint[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = METHOD.exec(lines[i].trim());
    if (!m) continue;
    let pathLine = i;
    let path = m[2];
    if (!path) {
      pathLine = nextNonEmpty(i + 1);
      path = lines[pathLine]?.trim();
      if (!path?.startsWith('/')) throw new Error(`${file}:${i + 1}: expected a path after ${m[1]}, got ${path}`);
    }
    const summaryLine = nextNonEmpty(pathLine + 1);
    const publicLine = nextNonEmpty(summaryLine + 1);
    if (lines[publicLine]?.trim() !== 'Public')
      throw new Error(`${file}:${publicLine + 1}: expected "Public", got ${lines[publicLine]}`);
    endpoints.push({ file, method: m[1] as ContractEndpoint['method'], path, summary: lines[summaryLine].trim() });
    i = publicLine;
  }
  // Examples: each "Request Example"/"Response Example" belongs to the last endpoint above it.
  let current = -1;
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (METHOD.test(line) && seen < endpoints.length) {
      current = seen++;
      continue;
    }
    if (line !== 'Request Example' && line !== 'Response Example') continue;
    if (current < 0) throw new Error(`${file}:${i + 1}: "${line}" before any endpoint`);
    const value = jsonValueAt(text, offsets[i] + lines[i].length);
    const ep = endpoints[current];
    const key = line === 'Request Example' ? 'request' : 'response';
    if (ep[key] !== undefined) throw new Error(`${file}:${i + 1}: a second ${line} for ${ep.method} ${ep.path}`);
    ep[key] = value;
  }
  const declared = /(\d+)\s+endpoints/.exec(text);
  if (declared && Number(declared[1]) !== endpoints.length)
    throw new Error(`${file}: the header declares ${declared[1]} endpoints, found ${endpoints.length}`);
  return endpoints;
}

/** Every endpoint of every contract file in `dir`, files in name order. */
export function loadContracts(dir = contractsDir): ContractEndpoint[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.flatMap((f) => parseContract(f, readFileSync(join(dir, f), 'utf8')));
}
