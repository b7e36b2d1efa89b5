// In-memory IngestEffects for tests: the real pipeline against a Map, no disk.
import type { IngestEffects } from '../../src/pipeline/run-ingest.ts';

export interface MemoryStore {
  seeds: Map<string, Uint8Array>;
  content: Map<string, string>;
  writes: string[];
}

export function memoryStore(seeds: Record<string, string | Uint8Array> = {}): MemoryStore {
  const encoder = new TextEncoder();
  return {
    seeds: new Map(Object.entries(seeds).map(([name, value]) => [name, typeof value === 'string' ? encoder.encode(value) : value])),
    content: new Map(),
    writes: [],
  };
}

export function memoryEffects(store: MemoryStore, today = '2026-11-22'): IngestEffects {
  return {
    listSeeds: async () => [...store.seeds.keys()],
    seedSize: async (seed) => store.seeds.get(seed)?.byteLength ?? 0,
    readSeed: async (seed) => store.seeds.get(seed) ?? new Uint8Array(),
    listContent: async () => [...store.content.keys()],
    readContent: async (name) => store.content.get(name) ?? '',
    writeContent: async (name, text) => {
      store.writes.push(name);
      store.content.set(name, text);
    },
    today: () => today,
    progress: () => undefined,
  };
}
