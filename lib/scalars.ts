// The graph's `DateTime` and `Date` scalars, shared by every subgraph that declares them. graphql-scalars has both,
// but its DateTime prints milliseconds (`…:00.000Z`) and parses to a JS Date; ours print the contracts' forms
// (`2026-03-20T14:32:00Z`, `2026-03-20`), keep the API's date range, and hand resolvers the same strings they store.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DATE_RANGE, inDateRange, isoDate, isoSeconds, parseIsoDate, parseIsoTimestamp } from './dates.js';

const dateTimeExpected = `an ISO 8601 timestamp with a zone (Z or ±hh:mm), e.g. 2026-03-20T14:32:00Z, on a UTC date from ${DATE_RANGE}`;
const dateExpected = `a calendar date YYYY-MM-DD, e.g. 2026-03-20, from ${DATE_RANGE}`;

/** What came, printed for a message: strings quoted, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value.slice(0, 64)}'` : (JSON.stringify(value) ?? String(value)).slice(0, 64);
}

/** A timestamp in UTC, seconds unless the instant has a fraction (`2026-03-20T14:32:00Z`, `…:00.250Z`). */
function utcText(d: Date): string {
  return d.getUTCMilliseconds() === 0 ? isoSeconds(d) : d.toISOString();
}

/** Parses an input timestamp (any zone), or throws the message saying what was expected and what came. */
function inputDateTime(value: unknown): string {
  const d = typeof value === 'string' ? parseIsoTimestamp(value) : null;
  if (!d || !inDateRange(d)) throw new GraphQLError(`DateTime: expected ${dateTimeExpected}; got ${shown(value)}`);
  return utcText(d);
}

/** Parses an input date, or throws the message saying what was expected and what came. */
function inputDate(value: unknown): string {
  const d = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!d || !inDateRange(d)) throw new GraphQLError(`Date: expected ${dateExpected}; got ${shown(value)}`);
  return value as string;
}

/** A literal in a query document: only a string can be a date or timestamp. */
function literal(parse: (v: unknown) => string) {
  return (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : `<${node.kind} literal>`);
}

/** Reads what a resolver returned: a Date, or a string a Date can be built from. */
function outputDate(value: unknown, type: string): Date {
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) throw new GraphQLError(`${type}: cannot print ${shown(value)}`);
  return d;
}

/** `DateTime`: printed `YYYY-MM-DDTHH:MM:SSZ` (UTC); accepts ISO 8601 with any zone and hands resolvers UTC text. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => isoSeconds(outputDate(value, 'DateTime')),
  parseValue: inputDateTime,
  parseLiteral: literal(inputDateTime),
});

/** `Date`: a UTC calendar date, printed and accepted as `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : isoDate(outputDate(value, 'Date')),
  parseValue: inputDate,
  parseLiteral: literal(inputDate),
});

/** The scalars by the name a subgraph SDL declares them under. */
export const sharedScalars: Readonly<Record<string, GraphQLScalarType>> = { DateTime, Date: DateScalar };
