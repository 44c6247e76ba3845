// Look-ahead on a resolver's selection: does the operation ask for any of these fields below this one?
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * True when a field named in `names` is selected anywhere below the current field, through inline fragments and
 * fragment spreads, down to `depth` levels (the field's own children are level 1).
 */
export function selects(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  names: readonly string[],
  depth = 2,
): boolean {
  const wanted = new Set(names);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, level: number): boolean => {
    if (!set || level > depth) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (wanted.has(s.name.value) || walk(s.selectionSet, level + 1)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet, level)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet, level)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f: FieldNode) => walk(f.selectionSet, 1));
}
