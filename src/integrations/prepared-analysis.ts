// What the build's analysis prewarm (analysis-prewarm.ts) and the site model
// (src/lib/briefing.ts) share: the key of the analysis prepared while the site was
// bundled, and whether the site could use it. They run in one process but in different
// module graphs (the config's and the bundled site's), so the state hangs on a global
// symbol.
const PREPARED = Symbol.for('briefing.preparedAnalysis');

interface PreparedState {
  /** The key the prepared analysis was stored under; null when it failed. */
  key: Promise<string | null>;
  used?: boolean;
}

const state = () => (globalThis as Record<symbol, PreparedState | undefined>)[PREPARED];

export function startPreparedAnalysis(key: Promise<string | null>): void {
  (globalThis as Record<symbol, PreparedState | undefined>)[PREPARED] = { key };
}

/** The prepared analysis's key once it is stored; undefined when none was started. */
export async function preparedAnalysis(): Promise<string | null | undefined> {
  const current = state();
  return current ? await current.key : undefined;
}

export function notePreparedAnalysis(used: boolean): void {
  const current = state();
  if (current) current.used = used;
}

/** Whether the site used the prepared analysis: undefined when none was prepared or the site never asked. */
export function preparedAnalysisUsed(): boolean | undefined {
  return state()?.used;
}
