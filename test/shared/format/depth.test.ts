import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../shared/format/depth';

const nested = (levels: number): string => `${'[{"a":'.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}`;

describe('nestsDeeperThan', () => {
  it('allows exactly the limit and refuses one level more', () => {
    expect(JSON.parse(nested(10))).toBeTruthy();
    expect(nestsDeeperThan(nested(10), 10)).toBe(false);
    expect(nestsDeeperThan(nested(10), 9)).toBe(true);
  });

  it('counts nesting, not the number of brackets', () => {
    const wide = `[${'[],{},'.repeat(1_000)}[]]`;
    expect(nestsDeeperThan(wide, 2)).toBe(false);
    expect(nestsDeeperThan(wide, 1)).toBe(true);
  });

  it('ignores brackets inside strings, even after escaped quotes and backslashes', () => {
    const text = JSON.stringify(['[[[[', 'say \\"{{{{\\"', '\\', '"]]]][[[['], null, 0);
    expect(nestsDeeperThan(text, 1)).toBe(false);
  });

  it('still counts brackets after a string that ends in a backslash', () => {
    const text = `[${JSON.stringify('ends in \\')}, [[1]]]`;
    expect(nestsDeeperThan(text, 2)).toBe(true);
    expect(nestsDeeperThan(text, 3)).toBe(false);
  });
});
