// Types for launch-plan.mjs, which stays plain JavaScript because `npm start` runs it without a build.
export declare const ELECTRON_UNAVAILABLE_MESSAGE: string;
export declare const ELECTRON_PATH_MARKER: string;
export type LaunchPlan = { kind: 'run'; electronPath: string } | { kind: 'unavailable'; message: string };
export declare const chooseLaunch: (input: {
  electronPath: string | null;
  exists: (path: string) => boolean;
}) => LaunchPlan;
export declare const electronPathFromOutput: (output: string) => string | null;
