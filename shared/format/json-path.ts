const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A path as people read it in an error message: `map.items[3].emotion`. */
export const formatJsonPath = (path: readonly PropertyKey[]): string => {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text;
};
