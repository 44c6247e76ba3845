// THE rule for enums: a value's internal value — what resolvers return and receive, what the tables store — is its
// name in lower case (`IN_PROGRESS` ↔ `in_progress`). lib/define-subgraph.ts builds the schemas by it and codegen.ts
// types the resolvers by it, both from this file.
import { Kind, type DocumentNode } from 'graphql';

/** The internal value of an enum value named `name`. */
export const internalEnumValue = (name: string) => name.toLowerCase();

/** For every enum an SDL declares: its values' names mapped to their internal values. */
export function internalEnumValues(doc: DocumentNode): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const def of doc.definitions)
    if (def.kind === Kind.ENUM_TYPE_DEFINITION)
      out[def.name.value] = Object.fromEntries(
        (def.values ?? []).map((v) => [v.name.value, internalEnumValue(v.name.value)]),
      );
  return out;
}
