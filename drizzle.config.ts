// drizzle-kit configuration: every subgraph's tables plus the REST layer's, one migration history.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./subgraphs/*/tables.ts', './gateway/rest/tables.ts'],
  out: './drizzle/migrations',
  schemaFilter: ['mentors', 'stats', 'milestones', 'reports', 'rest'],
});
