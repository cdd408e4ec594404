import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../shared/format/json-syntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['a word', 'hello', 0],
    ['a misspelt literal', '[tru]', 4],
    ['a trailing comma', '{"a": 1,}', 8],
    ['a missing colon', '{"a" 1}', 5],
    ['a raw line break in a string', '"a\nb"', 2],
    ['a bad escape', '"a\\x"', 2],
    ['a short unicode escape', '"\\u12"', 1],
    ['a leading zero', '[01]', 2],
    ['text after the value', '{} {}', 3],
    ['an unclosed array', '[1, 2', 5],
    ['a mismatched bracket', '[1}', 2],
  ])('finds %s', (_label, text, offset) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toBe(offset);
  });

  it('finds nothing in valid JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 5 }), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
        expect(findJsonSyntaxError(JSON.stringify(JSON.parse(text), null, 2))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', '0'),
        (text, at, insert) => {
          const position = at % (text.length + 1);
          const damaged = text.slice(0, position) + insert + text.slice(position + 1);
          expect(findJsonSyntaxError(damaged) === null).toBe(parses(damaged));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scans 100,000 levels of nesting without recursion', () => {
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}x`)).toBe(100_000);
  });
});
