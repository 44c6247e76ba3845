// GraphQL operation limits (GraphQL Armor): depth, cost, aliases, tokens, directives, field suggestions.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** The limits every operation sent to the gateway (GraphQL or REST-translated) must stay within. */
export const operationLimits = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 50,
} as const;

/** Armor's Apollo plugins and validation rules; field suggestions are masked when `hideSuggestions`. */
export function operationGuards(opts: { hideSuggestions: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: operationLimits.maxCost, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases },
    // Armor's token plugin throws from parsingDidStart, which Apollo Server 5 answers with HTTP 500; the same
    // limit is enforced by graphql-js's own `maxTokens` parse option instead (a 400 GRAPHQL_PARSE_FAILED).
    maxTokens: { enabled: false },
    maxDirectives: { n: operationLimits.maxDirectives },
    blockFieldSuggestion: { enabled: opts.hideSuggestions, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor's types name @apollo/server's CommonJS build; the plugin objects are the same at run time.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<BaseContext>[],
    validationRules,
    parseOptions: { maxTokens: operationLimits.maxTokens },
  };
}
