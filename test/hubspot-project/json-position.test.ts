import { describe, expect, it } from '@jest/globals';
import {
  jsonErrorOffset,
  jsonErrorPosition,
  positionAt,
} from '../../extension/hubspot/src/app/settings/json-position.js';
import { DEFAULT_MODEL } from '../../src/core/scoring/index.js';

const VALID = [
  JSON.stringify(DEFAULT_MODEL, null, 2),
  '{}',
  ' [ ] ',
  '"ä \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e4"',
  '-0.5e+10',
  '[true, false, null, 0, 12, -3.25, 1E3]',
  '{"a": {"b": [1, {"c": "d"}]}}',
];

const INVALID: readonly (readonly [text: string, line: number, column: number])[] = [
  ['{ "id": "half', 1, 14],
  ['{\n  "a": 1,\n  "b": }', 3, 8],
  ['[1,]', 1, 4],
  ['{"a":1}x', 1, 8],
  ['', 1, 1],
  ["{'a': 1}", 1, 2],
  ['{"a": 01}', 1, 8],
  ['{"a": tru}', 1, 10],
  ['{"a" 1}', 1, 6],
  ['"tab\there"', 1, 5],
  ['"\\x"', 1, 3],
  ['"\\u12g4"', 1, 6],
  ['[1 2]', 1, 4],
  ['{"a": 1,\n\n   }', 3, 4],
];

describe('where a JSON text breaks', () => {
  it('finds nothing wrong with valid JSON', () => {
    for (const text of VALID) {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect({ text, offset: jsonErrorOffset(text) }).toEqual({ text, offset: undefined });
    }
  });

  it('answers line and column of the first character that is not JSON', () => {
    for (const [text, line, column] of INVALID) {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      expect({ text, at: jsonErrorPosition(text) }).toEqual({ text, at: { line, column } });
    }
  });

  it('agrees with the engine where its message names a position', () => {
    for (const [text] of INVALID) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const named = /\(line (\d+) column (\d+)\)/.exec(message);
      if (named)
        expect(jsonErrorPosition(text)).toEqual({ line: Number(named[1]), column: Number(named[2]) });
    }
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
