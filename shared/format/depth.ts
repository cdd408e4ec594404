/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found by one linear pass over the raw
 * text before `JSON.parse` builds anything: a 200,000-deep array parses fine but then overflows the stack
 * of every recursive walk (`JSON.stringify`, `structuredClone`, validation). Brackets inside strings do
 * not count. The scan trusts nothing about the text being valid JSON; if it is not, `JSON.parse` will say.
 */
export const nestsDeeperThan = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return false;
};
