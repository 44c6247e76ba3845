// The graph's DateTime and Date scalars: what they print, what they accept, and the messages of what they refuse.
import { describe, expect, it } from 'vitest';
import { Kind } from 'graphql';
import { DateScalar, DateTime } from '../../lib/scalars.js';

describe('DateTime', () => {
  it('prints UTC to the second whatever it is given', () => {
    expect(DateTime.serialize(new Date('2026-03-20T14:32:00.000Z'))).toBe('2026-03-20T14:32:00Z');
    expect(DateTime.serialize('2026-03-20T16:32:00+02:00')).toBe('2026-03-20T14:32:00Z');
  });

  it('accepts ISO 8601 with a zone and normalises it to UTC', () => {
    expect(DateTime.parseValue('2025-03-12T23:30:00-02:00')).toBe('2025-03-13T01:30:00Z');
    expect(DateTime.parseValue('2026-03-20T14:32:00Z')).toBe('2026-03-20T14:32:00Z');
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2026-03-20T14:32:00+01:00' })).toBe(
      '2026-03-20T13:32:00Z',
    );
  });

  it.each([
    ['2026-03-20T14:32:00', 'no zone'],
    ['2026-03-20', 'a date only'],
    ['3000-01-01T00:00:00Z', 'past the range'],
    ['1899-12-31T23:59:59Z', 'before the range'],
    ['yesterday', 'not a timestamp'],
  ])('refuses %s (%s), saying what it expected and what came', (value) => {
    expect(() => DateTime.parseValue(value)).toThrow(
      new RegExp(`^DateTime: expected an ISO 8601 timestamp with a zone .*1900-01-01 to 2999-12-31; got '${value}'$`),
    );
  });

  it('refuses a literal that is not a string', () => {
    expect(() => DateTime.parseLiteral({ kind: Kind.INT, value: '17' })).toThrow(/DateTime: expected/);
  });
});

describe('Date', () => {
  it('prints and accepts YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-03-20')).toBe('2026-03-20');
    expect(DateScalar.serialize(new Date('2026-03-20T00:00:00Z'))).toBe('2026-03-20');
    expect(DateScalar.parseValue('2026-03-20')).toBe('2026-03-20');
  });

  it.each(['2026-02-30', '2026-3-1', '0001-01-01', '9999-12-31', '2026-03-20T00:00:00Z'])('refuses %s', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow(
      new RegExp(`^Date: expected a calendar date YYYY-MM-DD.*1900-01-01 to 2999-12-31; got '${value}'$`),
    );
  });
});
