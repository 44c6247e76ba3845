// ESLint over the schema a client sees (schema/api.graphql, written by `npm run compose` from the subgraph SDLs):
// the Guild's recommended schema rules, a description on every type, field, argument and enum value, and `id: ID!` on
// every object type except values, whose names say so. `npm run lint:schema`.
import graphql from '@graphql-eslint/eslint-plugin';

/** Type-name endings of value objects (no identity of their own): strict-id-in-types accepts them without `id`. */
const valueSuffixes = [
  'Page',
  'PageInfo',
  'Payload',
  'Summary',
  'Stats',
  'Series',
  'Point',
  'Breakdown',
  'Entry',
  'History',
  'Result',
  'Totals',
  'Count',
];

export default [
  {
    files: ['schema/api.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/api.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/strict-id-in-types': [
        'error',
        { acceptedIdNames: ['id'], acceptedIdTypes: ['ID'], exceptions: { suffixes: valueSuffixes } },
      ],
    },
  },
];
