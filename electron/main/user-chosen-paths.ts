import { resolve } from 'node:path';

/**
 * The paths the user chose in this session: picked in a dialog, double-clicked, opened from the
 * recent list. Main only writes, watches or re-reads these, so a compromised page cannot make it
 * touch an arbitrary file by naming it.
 */
export interface UserChosenPaths {
  allow(path: string): void;
  isAllowed(path: string): boolean;
}

export const createUserChosenPaths = (): UserChosenPaths => {
  const allowed = new Set<string>();
  return {
    // Normalised, so `/maps/./a.cxmap` cannot differ from the `/maps/a.cxmap` the user picked.
    allow: (path) => void allowed.add(resolve(path)),
    isAllowed: (path) => allowed.has(resolve(path)),
  };
};
