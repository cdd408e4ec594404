// Loaded (through NODE_OPTIONS --import) into the Electronegativity process only. Electronegativity 1.10.3 writes
// its CSV report with two concurrent fs.writeFile calls: the header with flag 'w', then the rows with
// flag 'a'. On a loaded machine the header's open can truncate the file after the rows were appended,
// leaving a report with no findings (a CI run saw exactly that: every allow-list entry "stale"). Writes
// to the report path are therefore made synchronously, in call order; every other write is untouched.
import fs from 'node:fs';
import path from 'node:path';

const reportPath = process.env.ELECTRONEGATIVITY_REPORT_PATH;
if (reportPath) {
  const writeFile = fs.writeFile;
  // The scanner is CommonJS: it reads writeFile off this same module object at each call.
  fs.writeFile = function writeReportInOrder(...args) {
    const [file, data, options, callback] = args;
    if (typeof file !== 'string' || path.resolve(file) !== path.resolve(reportPath)) {
      return Reflect.apply(writeFile, this, args);
    }
    const done = typeof options === 'function' ? options : callback;
    try {
      fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
      if (typeof done === 'function') process.nextTick(done, null);
    } catch (error) {
      if (typeof done === 'function') process.nextTick(done, error);
      else throw error;
    }
    return undefined;
  };
}
