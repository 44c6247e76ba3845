// The committed supergraph must be what the subgraph SDLs compose to.
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../schema/compose.js';

describe('supergraph', () => {
  it('is up to date with the four subgraph SDLs (run `npm run compose` when this fails)', () => {
    const committed = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
    expect(composeSupergraph()).toBe(committed);
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
