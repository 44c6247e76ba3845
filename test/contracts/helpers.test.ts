// The contract parser and the key-structure comparison on small hand-made inputs (so each rule can be seen to fail).
import { describe, expect, it } from 'vitest';
import { jsonValueAt, loadContracts, parseContract } from './parse.js';
import { shapeDiff } from './shape.js';

describe('parseContract', () => {
  it('reads both layouts, indented or flat JSON, and leaves trailing metadata alone', () => {
    const text = [
      'REST /api/v1/x 2 endpoints',
      'GET /api/v1/x/api/v1/x/:id',
      '',
      'Get one',
      '',
      'Public',
      '',
      'Response Example',
      '',
      '{',
      '  "id": "a", "note": "braces } and [ in a string"',
      '}',
      'POST',
      '/api/v1/x/api/v1/x',
      'Create one',
      'Public',
      'Request Example',
      '{',
      '"id": "b"',
      '}',
      'Response Example',
      '[',
      '{ "id": "b" }',
      ']',
      '',
      'Additional Metadata',
      '',
      '{',
      '  "contract_summary": {',
    ].join('\n');
    expect(parseContract('x.txt', text)).toEqual([
      {
        file: 'x.txt',
        method: 'GET',
        path: '/api/v1/x/api/v1/x/:id',
        summary: 'Get one',
        response: { id: 'a', note: 'braces } and [ in a string' },
      },
      {
        file: 'x.txt',
        method: 'POST',
        path: '/api/v1/x/api/v1/x',
        summary: 'Create one',
        request: { id: 'b' },
        response: [{ id: 'b' }],
      },
    ]);
  });

  it('fails when the header declares another count, or "Public" is missing', () => {
    expect(() => parseContract('x.txt', 'REST /x 2 endpoints\nGET /x\nList\nPublic\n')).toThrow(
      'declares 2 endpoints, found 1',
    );
    expect(() => parseContract('x.txt', 'GET /x\nList\nPrivate\n')).toThrow('expected "Public"');
  });

  it('fails on an unbalanced value', () => {
    expect(() => jsonValueAt('x {"a": [1, 2}', 0)).toThrow();
    expect(() => jsonValueAt('x {"a": 1', 0)).toThrow('reached the end');
  });

  it('finds the endpoints of every file, per file', () => {
    const counts: Record<string, number> = {};
    for (const e of loadContracts()) counts[e.file] = (counts[e.file] ?? 0) + 1;
    expect(counts).toEqual({
      'mentor-statuses.txt': 10,
      'milestones.txt': 7,
      'peer-mentor-bloc.txt': 5,
      'personal-stats.txt': 4,
      'reports.txt': 7,
    });
  });
});

describe('shapeDiff', () => {
  it('matches the same keys in the same order, recursively', () => {
    expect(shapeDiff({ a: 1, b: { c: [{ d: 1 }] } }, { a: 2, b: { c: [{ d: 3 }, {}] } })).toEqual([]);
  });

  it('reports keys in another order, missing or extra keys, nested too', () => {
    expect(shapeDiff({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual(['$: expected keys [a, b], got [b, a]']);
    expect(shapeDiff({ a: 1, b: 2 }, { a: 1 })).toEqual(['$: expected keys [a, b], got [a]']);
    expect(shapeDiff({ x: [{ a: 1 }] }, { x: [{ a: 1, z: 0 }] })).toEqual(['$.x[0]: expected keys [a], got [a, z]']);
  });

  it('takes null as matching an object or a scalar (nullable), not an array', () => {
    expect(shapeDiff({ a: null, b: { c: 1 } }, { a: { c: 1 }, b: null })).toEqual([]);
    expect(shapeDiff({ a: null }, { a: 'x' })).toEqual([]);
    expect(shapeDiff({ a: null }, { a: [] })).toEqual(['$.a: expected null, got array']);
    expect(shapeDiff({ a: { b: 1 } }, { a: 'x' })).toEqual(['$.a: expected object, got scalar']);
  });

  it('wants items where the example has items, and skips an empty example array', () => {
    expect(shapeDiff({ data: [{ a: 1 }] }, { data: [] })).toEqual([
      '$.data: expected a non-empty array (the example has 1 items), got []',
    ]);
    expect(shapeDiff({ data: [] }, { data: [{ z: 1 }] })).toEqual([]);
  });

  it('checks only that an open map is an object', () => {
    expect(shapeDiff({ fields: { a: 1 } }, { fields: { z: 2 } }, ['$.fields'])).toEqual([]);
    expect(shapeDiff({ fields: { a: 1 } }, { fields: { z: 2 } })).toHaveLength(1);
    expect(shapeDiff({ fields: { a: 1 } }, { fields: 'x' }, ['$.fields'])).toEqual([
      '$.fields: expected object, got scalar',
    ]);
  });
});
