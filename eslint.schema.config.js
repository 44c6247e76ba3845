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

const [, recommendedNaming] = graphql.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'];

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
      // `ActivityType` is the domain's own name (the activity types of the catalogue, `activityTypeId` in inputs and
      // `activity_type_id` in REST); the rule's "Type" suffix ban is aimed at `UserType`-style names, so this one
      // type is exempt and every other object type keeps the recommended ban.
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...recommendedNaming,
          'ObjectTypeDefinition,ObjectTypeExtension': {
            ...recommendedNaming['ObjectTypeDefinition,ObjectTypeExtension'],
            ignorePattern: '^ActivityType$',
          },
        },
      ],
      '@graphql-eslint/strict-id-in-types': [
        'error',
        { acceptedIdNames: ['id'], acceptedIdTypes: ['ID'], exceptions: { suffixes: valueSuffixes } },
      ],
    },
  },
];
