// The committed supergraph must be what the subgraph SDLs compose to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../schema/compose.js';

describe('supergraph', () => {
  it('is up to date with the four subgraph SDLs (run `npm run compose` when this fails)', () => {
    const committed = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
    expect(composeSupergraph()).toBe(committed);
  });

  it('every subgraph SDL starts with the Federation 2 @link header', () => {
    for (const name of ['mentors', 'stats', 'milestones', 'reports']) {
      const sdl = readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8');
      expect(sdl.trimStart().startsWith('extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2')).toBe(
        true,
      );
    }
  });
});
