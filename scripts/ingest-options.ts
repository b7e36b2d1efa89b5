// Node options `npm run ingest` and `npm run build` start ingest with (package.json), and
// the benchmark too (scripts/bench.ts); tests/scripts/ingest-options.test.ts keeps the
// three in step.
//
// `--max-semi-space-size=16`: ingest makes thousands of short-lived strings per second and
// keeps every article it made until it has written them all; Node 24 lets the young
// generation grow to two 64 MB semi-spaces, and collecting it then costs more than it
// saves. Ingest of 4,000 articles on tmpfs, three rounds alternated: 1.69–1.87 s with
// 16 MB semi-spaces against 1.89–2.00 s with the default, and 295–303 MB peak RSS
// against 387–392 MB (8 MB: 1.73–1.74 s; 32 MB: 1.76–1.81 s; adding
// `--heap-growing-percent=50`, as the build has, was slower: 1.82–2.01 s). Set at run
// time (v8.setFlagsFromString) it has no effect: the heap is sized when Node starts.
export const INGEST_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=16'];
