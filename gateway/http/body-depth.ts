// The nesting limit of JSON a caller sends: request bodies (REST rows, POST /graphql) and GET /graphql's
// `variables`/`extensions`. Past it the request is a 400 before anything reads the value.
import type { FastifyInstance } from 'fastify';
import { nestsDeeperThan } from '../../lib/json-depth.js';
import { HttpError } from './errors.js';

/**
 * Most levels of arrays/objects a JSON body or GraphQL variable set may nest. The deepest request the API takes is a
 * POST /graphql whose `variables.input.fields` holds a report's flat fields (4 levels); 32 leaves room for any client
 * while keeping every recursive step after it (validation, JSON.stringify, GraphQL coercion) far from the stack limit.
 */
export const maxJsonDepth = 32;

const tooDeep = (what: string) =>
  new HttpError(
    400,
    'BAD_REQUEST',
    `${what} nests arrays/objects deeper than ${maxJsonDepth} levels; at most ${maxJsonDepth} are allowed`,
  );

/** GET /graphql's JSON-valued query parameters (Apollo parses them itself; unparsable text is Apollo's 400). */
const graphqlJsonParams = ['variables', 'extensions'] as const;

/** Parsed JSON text, or undefined when it does not parse (left for the route to answer). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Answers 400 for a request whose JSON nests deeper than `maxJsonDepth`, on every route. */
export function installJsonDepthLimit(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    if (nestsDeeperThan(req.body, maxJsonDepth)) return done(tooDeep('the JSON body'));
    const query = req.query as Record<string, unknown> | undefined;
    if (req.method === 'GET' && query && req.url.startsWith('/graphql')) {
      for (const name of graphqlJsonParams) {
        const text = query[name];
        if (typeof text === 'string' && nestsDeeperThan(parsed(text), maxJsonDepth))
          return done(tooDeep(`the ${name} parameter`));
      }
    }
    done();
  });
}
