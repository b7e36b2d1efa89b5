// What the build's analysis prewarm (analysis-prewarm.ts) and the site model
// (src/lib/briefing.ts) share: the analysis prepared while the site was bundled (its
// key and serialized bytes, handed over by the worker without a copy), whether the site
// could use it, and the write that stores it in the cache. They run in one process but
// in different module graphs (the config's and the bundled site's), so the state hangs
// on a global symbol.
import type { SerializedAnalysis } from '../analysis/analysis-cache.ts';

const PREPARED = Symbol.for('briefing.preparedAnalysis');

interface PreparedState {
  /** The prepared analysis; null when it failed. Dropped once taken, so its bytes are not kept. */
  analysis: Promise<SerializedAnalysis | null> | null;
  used?: boolean;
  /** Storing it in the cache, when the site used it. */
  stored?: Promise<void>;
}

const state = () => (globalThis as Record<symbol, PreparedState | undefined>)[PREPARED];

export function startPreparedAnalysis(analysis: Promise<SerializedAnalysis | null>): void {
  (globalThis as Record<symbol, PreparedState | undefined>)[PREPARED] = { analysis };
}

/** The prepared analysis once it is ready (null when it failed), for the one caller that takes it; undefined when none was started or it was taken. */
export async function takePreparedAnalysis(): Promise<SerializedAnalysis | null | undefined> {
  const current = state();
  if (!current?.analysis) return undefined;
  const analysis = current.analysis;
  current.analysis = null;
  return await analysis;
}

export function notePreparedAnalysis(used: boolean, stored?: Promise<void>): void {
  const current = state();
  if (!current) return;
  current.used = used;
  if (stored) current.stored = stored;
}

/** Whether the site used the prepared analysis: undefined when none was prepared or the site never asked. */
export function preparedAnalysisUsed(): boolean | undefined {
  return state()?.used;
}

/** Resolves once the analysis the site used is stored in the cache (at once when there is nothing to store). */
export async function preparedAnalysisStored(): Promise<void> {
  await state()?.stored;
}
