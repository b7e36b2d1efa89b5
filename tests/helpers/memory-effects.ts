// In-memory IngestEffects for tests: the real pipeline against a Map, no disk.
import type { IngestEffects } from '../../src/pipeline/run-ingest.ts';

export interface MemoryStore {
  seeds: Map<string, Uint8Array>;
  content: Map<string, string>;
  writes: string[];
  /** The ingest cache's text, when the effects keep one. */
  cache: string | null;
  /** Seeds read, in order, by every run. */
  reads: string[];
}

export function memoryStore(seeds: Record<string, string | Uint8Array> = {}): MemoryStore {
  const encoder = new TextEncoder();
  return {
    seeds: new Map(Object.entries(seeds).map(([name, value]) => [name, typeof value === 'string' ? encoder.encode(value) : value])),
    content: new Map(),
    writes: [],
    cache: null,
    reads: [],
  };
}

export interface MemoryEffectsOptions {
  /** Keep an ingest cache in `store.cache`, recorded for this code digest. */
  cache?: { codeDigest: string };
}

export function memoryEffects(store: MemoryStore, today = '2026-11-22', options: MemoryEffectsOptions = {}): IngestEffects {
  const { cache } = options;
  return {
    ...(cache === undefined
      ? {}
      : {
          cache: {
            codeDigest: () => cache.codeDigest,
            read: async () => store.cache,
            write: async (text: string) => void (store.cache = text),
          },
        }),
    listSeeds: async () => [...store.seeds.keys()],
    readSeed: async (seed, maxBytes) => {
      const bytes = store.seeds.get(seed) ?? new Uint8Array();
      if (bytes.byteLength > maxBytes) return { size: bytes.byteLength, bytes: null };
      store.reads.push(seed);
      return { size: bytes.byteLength, bytes };
    },
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
