// The decision `npm start` makes, kept free of side effects so it can be tested without Electron.

/** What `npm start` prints when Electron cannot run; one sentence, with the way forward. */
export const ELECTRON_UNAVAILABLE_MESSAGE =
  'Journey Studio could not start Electron on this machine (its binary cannot be downloaded without ' +
  'internet access); run "npm run web" to open the same app in your browser.';

/**
 * @typedef {{ kind: 'run', electronPath: string } | { kind: 'unavailable', message: string }} LaunchPlan
 */

/**
 * Runs Electron only when its binary really is on disk: `require('electron')` returns a path even
 * when the download failed or an override points at a folder that does not exist.
 *
 * @param {{ electronPath: string | null, exists: (path: string) => boolean }} input
 *   `electronPath` is what `require('electron')` returned, `null` when it threw.
 * @returns {LaunchPlan}
 */
export const chooseLaunch = ({ electronPath, exists }) => {
  if (typeof electronPath !== 'string' || electronPath.trim() === '' || !exists(electronPath)) {
    return { kind: 'unavailable', message: ELECTRON_UNAVAILABLE_MESSAGE };
  }
  return { kind: 'run', electronPath };
};

/** Marks the line carrying the path among whatever Electron's installer printed to stdout. */
export const ELECTRON_PATH_MARKER = 'JOURNEY_STUDIO_ELECTRON_PATH=';

/**
 * The binary's path from the resolver's output, or `null` when it printed none.
 *
 * @param {string} output
 * @returns {string | null}
 */
export const electronPathFromOutput = (output) => {
  const line = output
    .split(/\r?\n/)
    .reverse()
    .find((candidate) => candidate.startsWith(ELECTRON_PATH_MARKER));
  return line === undefined ? null : line.slice(ELECTRON_PATH_MARKER.length);
};
