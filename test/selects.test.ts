// lib/selects.ts: the look-ahead that decides whether a root query loads mentors with their status in one statement.
import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { selects } from '../lib/selects.js';

/** The root field of a query document as a resolver's info would carry it. */
function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('finds a field among the children, in inline fragments and in fragment spreads', () => {
    expect(selects(infoOf('{ mentor(id: "a") { id status { status } } }'), ['status'], 1)).toBe(true);
    expect(
      selects(
        infoOf('{ mentor(id: "a") { id ... on Mentor { certification { expiryDate } } } }'),
        ['certification'],
        1,
      ),
    ).toBe(true);
    expect(
      selects(infoOf('{ mentor(id: "a") { ...F } } fragment F on Mentor { daysUntilExpiry }'), ['daysUntilExpiry'], 1),
    ).toBe(true);
  });

  it('does not look deeper than asked, and says no when the field is absent', () => {
    expect(selects(infoOf('{ mentor(id: "a") { id fullName } }'), ['status'], 1)).toBe(false);
    expect(selects(infoOf('{ mentors { items { status { status } } } }'), ['status'], 1)).toBe(false);
    expect(selects(infoOf('{ mentors { items { status { status } } } }'), ['status'], 2)).toBe(true);
    // a field of the same name deeper down (status of an assignment) is not the mentor's
    expect(selects(infoOf('{ mentor(id: "a") { activeAssignments { status } } }'), ['status'], 1)).toBe(false);
  });
});
