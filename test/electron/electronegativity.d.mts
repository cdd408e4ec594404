// Types for electronegativity.mjs, which stays plain JavaScript so CI can run it with `node` alone.
export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly description: string;
}
export interface AllowListEntry {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}
export declare const ELECTRONEGATIVITY_PACKAGE: string;
export declare const GATED_SEVERITIES: readonly string[];
export declare const ALLOW_LIST_PATH: string;
export declare const NPX_CACHE_DIR: string;
/** file: URL of the module that makes the scanner write its CSV report in call order. */
export declare const ORDERED_REPORT_SHIM_URL: string;
export declare const parseCsv: (text: string) => string[][];
export declare const parseReport: (csvText: string) => Finding[];
export declare const parseAllowList: (jsonText: string) => AllowListEntry[];
export declare const gateFindings: (
  findings: readonly Finding[],
  allowList: readonly AllowListEntry[],
) => { gated: Finding[]; unlisted: Finding[]; stale: AllowListEntry[] };
export declare const describeFinding: (finding: Finding) => string;
export declare const runElectronegativity: (options?: {
  input?: string;
}) => { findings: Finding[] } | { error: string };
export declare const electronegativityGate: () => { findings: Finding[]; failures: string[] };
