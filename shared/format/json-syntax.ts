/**
 * Where JSON text first stops being JSON, for the messages in which `JSON.parse` names the offending
 * token but not its position ("Unexpected token 'h', "hello" is not valid JSON"). One linear pass with
 * an explicit stack, so no recursion whatever the nesting. Only runs once parsing has already failed.
 */

type Expect =
  'value' | 'value-or-array-end' | 'key' | 'key-or-object-end' | 'colon' | 'comma-or-end' | 'end-of-text';

/** How far a token reaches: just past its end, or the index where it stops being valid. */
type Scan = { readonly end: number } | { readonly errorAt: number };

const isJsonWhitespace = (unit: number): boolean =>
  unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';
const LITERALS = ['true', 'false', 'null'] as const;

const scanString = (text: string, start: number): Scan => {
  for (let index = start + 1; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x22 /* " */) return { end: index + 1 };
    if (unit < 0x20) return { errorAt: index };
    if (unit === 0x5c /* \ */) {
      const escaped = text[index + 1];
      if (escaped === 'u') {
        HEX4.lastIndex = index + 2;
        if (!HEX4.test(text)) return { errorAt: index };
        index += 5;
      } else if (escaped !== undefined && SIMPLE_ESCAPES.includes(escaped)) {
        index += 1;
      } else {
        return { errorAt: index };
      }
    }
  }
  return { errorAt: text.length };
};

const scanScalar = (text: string, start: number): Scan => {
  const literal = LITERALS.find((candidate) => candidate[0] === text[start]);
  if (literal !== undefined) {
    for (let offset = 1; offset < literal.length; offset += 1) {
      if (text[start + offset] !== literal[offset]) return { errorAt: start + offset };
    }
    return { end: start + literal.length };
  }
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? { end: NUMBER.lastIndex } : { errorAt: start };
};

/** The UTF-16 offset of the first syntax error in `text`, or null if it finds none. */
export const findJsonSyntaxError = (text: string): number | null => {
  const containers: ('array' | 'object')[] = [];
  let expect: Expect = 'value';
  let index = 0;
  const afterValue = (): Expect => (containers.length === 0 ? 'end-of-text' : 'comma-or-end');

  for (;;) {
    while (index < text.length && isJsonWhitespace(text.charCodeAt(index))) index += 1;
    if (index >= text.length) return expect === 'end-of-text' ? null : text.length;
    const char = text[index];

    switch (expect) {
      case 'end-of-text':
        return index;
      case 'colon':
        if (char !== ':') return index;
        index += 1;
        expect = 'value';
        continue;
      case 'comma-or-end': {
        const container = containers[containers.length - 1];
        if (char === ',') {
          expect = container === 'object' ? 'key' : 'value';
        } else if (char === (container === 'object' ? '}' : ']')) {
          containers.pop();
          expect = afterValue();
        } else {
          return index;
        }
        index += 1;
        continue;
      }
      case 'key-or-object-end':
      case 'key': {
        if (expect === 'key-or-object-end' && char === '}') {
          containers.pop();
          index += 1;
          expect = afterValue();
          continue;
        }
        if (char !== '"') return index;
        const scan = scanString(text, index);
        if ('errorAt' in scan) return scan.errorAt;
        index = scan.end;
        expect = 'colon';
        continue;
      }
      case 'value-or-array-end':
      case 'value': {
        if (expect === 'value-or-array-end' && char === ']') {
          containers.pop();
          index += 1;
          expect = afterValue();
          continue;
        }
        if (char === '{' || char === '[') {
          containers.push(char === '{' ? 'object' : 'array');
          index += 1;
          expect = char === '{' ? 'key-or-object-end' : 'value-or-array-end';
          continue;
        }
        const scan = char === '"' ? scanString(text, index) : scanScalar(text, index);
        if ('errorAt' in scan) return scan.errorAt;
        index = scan.end;
        expect = afterValue();
        continue;
      }
    }
  }
};
