// Checks a REST response against the OpenAPI document: the path and method are documented, the status is one of the
// operation's responses, and the JSON body matches that response's schema (ajv, JSON Schema 2020-12).
import type { Json } from './json.js';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenApi } from '../../gateway/rest/openapi.js';
import { routeTable } from '../../gateway/rest/table.js';
import { openApiUrl } from '../../gateway/http/docs.js';

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
  components: { schemas: Record<string, unknown> };
};
interface Matcher {
  path: string;
  regex: RegExp;
  params: number;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
type State = { doc: Doc; ajv: Ajv2020; matchers: Matcher[]; validators: Map<string, ValidateFunction> };
/** One document per authentication mode (with auth on, every operation may answer 401). */
const states = new Map<boolean, State>();

/** The document, its path matchers (static paths before parametric ones) and an ajv instance; built once. */
function load(bearer: boolean): State {
  const known = states.get(bearer);
  if (known) return known;
  const doc = buildOpenApi(routeTable, { bearer }) as unknown as Doc;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi.json', components: doc.components }, 'openapi.json');
  const matchers = Object.keys(doc.paths)
    .map((path) => ({
      path,
      regex: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
      params: (path.match(/\{/g) ?? []).length,
    }))
    .sort((a, b) => a.params - b.params);
  const state = { doc, ajv, matchers, validators: new Map<string, ValidateFunction>() };
  states.set(bearer, state);
  return state;
}

/** A validator for a schema of the document, with `#/components/...` refs resolved against the document. */
function validator(s: State, key: string, schema: unknown): ValidateFunction {
  let v = s.validators.get(key);
  if (!v) {
    const rewritten = JSON.parse(
      JSON.stringify(schema ?? {}).replaceAll('"#/components/', '"openapi.json#/components/'),
    );
    v = s.ajv.compile(rewritten);
    s.validators.set(key, v);
  }
  return v;
}

/** True for responses the check looks at: everything under /api/v1 except the document itself. */
export function isCheckedUrl(url: string): boolean {
  const path = url.split('?')[0];
  return path.startsWith('/api/v1/') && path !== openApiUrl;
}

/** Returns why the response does not match the document, or null when it does. */
export function openApiMismatch(
  method: string,
  url: string,
  status: number,
  body: string,
  bearer = false,
): string | null {
  const s = load(bearer);
  // every row answers with or without a trailing slash (the document lists each path once, without it)
  const path = url.split('?')[0].replace(/(.)\/$/, '$1');
  const where = `${method} ${url} → ${status}`;
  const matched = s.matchers.find((m) => m.regex.test(path) && s.doc.paths[m.path][method.toLowerCase()]);
  let schema: unknown;
  let key: string;
  if (!matched) {
    if (status !== 404 && status !== 405) return `${where}: no operation in the OpenAPI document for ${method} ${path}`;
    schema = { $ref: '#/components/schemas/Error' };
    key = 'unrouted';
  } else {
    const response = s.doc.paths[matched.path][method.toLowerCase()].responses[String(status)];
    if (!response) {
      const documented = Object.keys(s.doc.paths[matched.path][method.toLowerCase()].responses).join(', ');
      return `${where}: status ${status} is not documented for ${method} ${matched.path} (documented: ${documented})`;
    }
    schema = response.content?.['application/json']?.schema;
    key = `${method} ${matched.path} ${status}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `${where}: body is not JSON: ${body.slice(0, 120)}`;
  }
  const validate = validator(s, key, schema);
  if (validate(json)) return null;
  const errors = (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    );
  return `${where}: body does not match the documented schema${matched ? ` of ${method} ${matched.path}` : ' (error shape)'}: ${errors.join('; ')}; body: ${body.slice(0, 300)}`;
}
