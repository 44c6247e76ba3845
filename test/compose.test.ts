// The committed supergraph must be what the subgraph SDLs compose to, and the committed API schema what it serves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, getIntrospectionQuery, graphqlSync, Kind, parse } from 'graphql';
import { apiSchemaSdl, composeSupergraph } from '../schema/compose.js';
import { createGateway } from '../gateway/gateway.js';

const committed = (file: string) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');

describe('supergraph', () => {
  it('is up to date with the four subgraph SDLs (run `npm run compose` when this fails)', () => {
    expect(composeSupergraph()).toBe(committed('supergraph.graphql'));
  });

  it('api.graphql is up to date with the supergraph (run `npm run compose` when this fails)', () => {
    expect(apiSchemaSdl(composeSupergraph())).toBe(committed('api.graphql'));
  });

  it('api.graphql is the schema the gateway serves: the same introspection as the gateway built from the SDL', async () => {
    // The distributed topology builds remote data sources only: nothing is contacted until a request comes.
    const gateway = createGateway({ topology: 'distributed' });
    const { schema } = await gateway.load();
    try {
      const introspect = (s: typeof schema) => graphqlSync({ schema: s, source: getIntrospectionQuery() }).data;
      expect(introspect(buildSchema(committed('api.graphql')))).toEqual(introspect(schema));
      expect(committed('api.graphql')).not.toMatch(/join__|link__|@inaccessible/);
    } finally {
      await gateway.stop();
    }
  });

  it('every subgraph SDL opens with the Federation 2 @link schema extension', () => {
    for (const name of ['mentors', 'stats', 'milestones', 'reports']) {
      const sdl = readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8');
      const first = parse(sdl).definitions[0];
      expect(first?.kind, name).toBe(Kind.SCHEMA_EXTENSION);
      const link =
        first?.kind === Kind.SCHEMA_EXTENSION ? first.directives?.find((d) => d.name.value === 'link') : undefined;
      const url = link?.arguments?.find((a) => a.name.value === 'url')?.value;
      expect(url?.kind === Kind.STRING && url.value, name).toMatch(/^https:\/\/specs\.apollo\.dev\/federation\/v2\./);
    }
  });
});
