// Language detection: tinyld's answer, computed about twenty times faster.
//
// tinyld (its "normal" model) splits a text at punctuation into chunks, cleans them
// (lower case, no digits, single spaces), keeps the 7 longest, and scores each chunk
// either by its first "unique" n-gram (sizes 1 to 5, a gram only one language has) or,
// when it has none, by the sum of per-word scores. The language with the highest total
// wins. That is most of the time of an ingest (about 1.3 ms an article) because it builds
// every n-gram of every chunk as a new string, character by character, and scores every
// word against every language.
//
// This module runs the same algorithm on tinyld's own model, code and cleaning, with
// changes that cannot change the answer: the unique-gram search looks up each word's
// grams once (a memo per word; only grams that cross a space between two words are
// built per chunk), a word's scores are computed once (tinyld's own scoring function,
// memoized), and a chunk's cleaning and unique-gram pass are remembered per chunk
// (copies and rewrites of one text repeat its clauses). The model and the internal
// functions are not exported by tinyld, so its bundle is evaluated here with them
// returned; this is done only for the bundle whose code was read and replicated (each
// function it relies on is compared verbatim). For any other bundle, or if anything
// fails, tinyld's public `detect` is used as before.
// tests/pipeline/language.test.ts compares both on the seeds, the benchmark corpus,
// hostile lines and random text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The ISO 639-1 code tinyld gives a text, or '' when it finds none. */
export type Detector = (text: string) => string;

export interface WordScore {
  lang: string;
  accuracy: number;
}

export interface TinyldInternals {
  /** tinyld's `cleanString`. */
  clean: (text: string) => string;
  /** The chunk separator (punctuation runs, captured). */
  chunkPattern: RegExp;
  /** The word separator inside a chunk. */
  wordPattern: RegExp;
  /** Gram sizes of the unique-gram pass, in the order tinyld tries them. */
  gramSizes: number[];
  /** Unique gram → ISO 639-1 code. */
  uniques: Map<string, string>;
  /** tinyld's per-word scoring (top 8 languages, in its order). */
  scoreWord: (word: string) => WordScore[];
  /** tinyld's own unique-gram pass over a chunk, for tests. */
  uniqueGramSlow: (chunk: string) => string;
  /** tinyld's public detect from the same bundle. */
  detect: Detector;
}

const require = createRequire(import.meta.url);

/** The tinyld release whose bundle this module replicates. */
const KNOWN_VERSION = '1.3.4';
/** The functions of that bundle the fast path depends on, verbatim. */
const KNOWN_SOURCES = [
  'var J=/([,，、。!¿?！？":;()「」{}„“«»”"“<>⋯《》*]|[.[\\]\\\\])+/,K=/[ ]+/;function q(a){return a.split(J)}function W(a){return a.split(K)}function Z(a,i,n=!0){let o=[],t=n?" ".repeat(i-1)+a+" ".repeat(i-1):a;for(let B=0;B<t.length-(i-1);B++){let r=[],s=0;for(let e=0;e<i;e++)t[B+e]===" "?s+=1:s=0,!(s>1)&&r.push(t[B+e]);let O=r.join("");O.trim().length>0&&O.length===i&&o.push(O)}return o}function w(a,i,n,o){for(let t of F){let B=Z(a,t);for(let r of B){if(!n.has(r))continue;let s=m(i.uniques[r]);if(!(o.only.length>0&&!o.only.includes(s)))return o.verbose&&console.log(`[Pass 1] detectUniqueGrams ${t}-grams - match \'${r}\' to ${s}`),s}}return""}function x(a,i,n){',
  'function Y(a,i,n,o){let t=q(a);t=t.map(e=>V(e)).filter(e=>!!e),t.sort((e,l)=>l.length-e.length),t=t.slice(0,7),i.verbose&&console.log("Analize chunks",t);let B=0,r={};for(let e of t){let l=w(e,n,o,i);if(l){r[l]=(r[l]||0)+1*e.length,B+=e.length;continue}let D=W(e);for(let d of D)x(d,n,i).forEach(L=>{r[L.lang]=(r[L.lang]||0)+L.accuracy}),B+=d.length}let s=Object.entries(r).filter(e=>e[1]>0);s.sort((e,l)=>l[1]-e[1]);let O=s.map(e=>({lang:e[0],accuracy:e[1]/B}));return i.verbose&&console.log("Merge Results",O),O}',
  '$=new Set(Object.keys(C.uniques));function P0(a,i){let n=a0(a,i);return n.length>0?n[0].lang:""}function a0(a,i){let n=T(i);return X(a)?Y(a,n,_,$):[]}',
  'function V(a){return a.toLowerCase().replace(j,"\'").replace(y," ").replace(S,i=>String.fromCharCode(i.charCodeAt(0)-65248)).replace(p,"").replace(v," ").trim()}',
  'var N={TINYLD_CONFIG:"normal"};',
];
const KNOWN_EXPORT = 'export{V as cleanString,P0 as detect,a0 as detectAll,G as langName,E as langRegion,k as supportedLanguages,m as toISO2,z as toISO3,I as validateISO2};';
/**
 * The bundle decodes every word-scoring gram of its model when it loads (about 19,000,
 * 100–300 ms here); only the grams of the words scored are needed. The same decoding
 * function, verbatim, runs on a gram when it is first looked up (only `x` looks them up).
 */
const EAGER_MULTIPLES = 'multiples:Object.fromEntries(Object.entries(c.multiples).map(a=>{let i=Object.fromEntries(a[1].match(/(.{1,4})/g)?.map(n=>{let[o,t]=n.match(/(.{1,2})/g);return[g[parseInt(o,36)],parseInt(t,36)]})||[]);return[a[0],i]}))}';
const LAZY_MULTIPLES = 'multiples:__lazyEntries(c.multiples,a=>{let i=Object.fromEntries(a[1].match(/(.{1,4})/g)?.map(n=>{let[o,t]=n.match(/(.{1,2})/g);return[g[parseInt(o,36)],parseInt(t,36)]})||[]);return[a[0],i]})}';

/** An object whose property `key` is `decode([key, raw[key]])[1]`, computed on first read; undefined for keys `raw` lacks. */
function lazyEntries(raw: Record<string, unknown>, decode: (entry: [string, unknown]) => [string, unknown]): Record<string, unknown> {
  const decoded = new Map<string, unknown>();
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get(_target, key) {
      if (typeof key !== 'string' || !Object.hasOwn(raw, key)) return undefined;
      if (!decoded.has(key)) decoded.set(key, decode([key, raw[key]])[1]);
      return decoded.get(key);
    },
  });
}

/** Evaluates tinyld's bundle with its internals returned; null for an unknown bundle. */
function loadInternals(): TinyldInternals | null {
  try {
    const main = require.resolve('tinyld');
    const version = (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version?: string }).version;
    if (version !== KNOWN_VERSION) return null;
    const source = readFileSync(join(dirname(main), 'tinyld.normal.node.mjs'), 'utf8').trimEnd();
    if (!source.endsWith(KNOWN_EXPORT) || ![...KNOWN_SOURCES, EAGER_MULTIPLES].every((part) => source.includes(part))) return null;
    const body = `${source.slice(0, -KNOWN_EXPORT.length).replace(EAGER_MULTIPLES, LAZY_MULTIPLES)}\nreturn { V, J, K, F, _, $, m, x, w, T, P0 };`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the bundle checked above, run as import would run it
    const bundle = new Function('__lazyEntries', body)(lazyEntries) as {
      V: (text: string) => string;
      J: RegExp;
      K: RegExp;
      F: number[];
      _: { uniques: Record<string, string> };
      $: Set<string>;
      m: (code: string) => string;
      x: (word: string, model: unknown, options: unknown) => WordScore[];
      w: (chunk: string, model: unknown, uniques: Set<string>, options: unknown) => string;
      T: (options?: unknown) => unknown;
      P0: (text: string) => string;
    };
    const options = bundle.T();
    const uniques = new Map<string, string>();
    for (const gram of bundle.$) uniques.set(gram, bundle.m(bundle._.uniques[gram] ?? ''));
    return {
      clean: bundle.V,
      chunkPattern: bundle.J,
      wordPattern: bundle.K,
      gramSizes: [...bundle.F],
      uniques,
      scoreWord: (word) => bundle.x(word, bundle._, options),
      uniqueGramSlow: (chunk) => bundle.w(chunk, bundle._, bundle.$, options),
      detect: (text) => bundle.P0(text),
    };
  } catch {
    return null;
  }
}

/** Chunks tinyld reads: the 7 longest cleaned pieces between punctuation (stable order). */
const CHUNKS_READ = 7;
/** Memo sizes; past them a memo starts over (a word is a few dozen bytes). */
const MEMO_LIMIT = 200_000;

/** What the unique-gram pass finds in one word's window `' ' + word + ' '`, per gram size. */
type WordHits = (readonly [offset: number, lang: string] | null)[];

export interface FastDetector {
  detect: Detector;
  /** `text.split(chunkPattern)`, without the regular expression. */
  splitChunks: (text: string) => string[];
  /** The first unique gram's language in a clean chunk, as tinyld's pass 1 finds it. */
  uniqueGram: (chunk: string) => string;
  internals: TinyldInternals;
}

export function createFastDetector(internals: TinyldInternals): FastDetector {
  const { clean, chunkPattern, wordPattern, gramSizes, uniques, scoreWord } = internals;
  const wordHits = new Map<string, WordHits>();

  // Whether a UTF-16 unit is one the chunk pattern's runs are made of (0: not asked yet).
  const separatorUnit = new RegExp(`^(?:${chunkPattern.source})$`, chunkPattern.flags.replace('g', ''));
  const separators = new Uint8Array(0x10000);
  const isSeparator = (code: number): boolean => {
    let known = separators[code];
    if (known === 0) {
      known = separatorUnit.test(String.fromCharCode(code)) ? 1 : 2;
      separators[code] = known;
    }
    return known === 1;
  };
  /**
   * `text.split(chunkPattern)`: the pieces between runs of separators, each run followed
   * in the result by its last character (what the pattern's group captures).
   */
  const splitChunks = (text: string): string[] => {
    const pieces: string[] = [];
    let start = 0;
    let index = 0;
    while (index < text.length) {
      if (!isSeparator(text.charCodeAt(index))) {
        index++;
        continue;
      }
      let end = index + 1;
      while (end < text.length && isSeparator(text.charCodeAt(end))) end++;
      pieces.push(text.slice(start, index), text.charAt(end - 1));
      start = end;
      index = end;
    }
    pieces.push(text.slice(start));
    return pieces;
  };

  /** The first unique gram of size `size` lying inside `' ' + word + ' '`, by offset. */
  const hitInWord = (word: string, size: number): readonly [number, string] | null => {
    let hits = wordHits.get(word);
    if (hits === undefined) {
      if (wordHits.size >= MEMO_LIMIT) wordHits.clear();
      hits = [];
      wordHits.set(word, hits);
    }
    const known = hits[size];
    if (known !== undefined) return known;
    const window = ` ${word} `;
    let found: readonly [number, string] | null = null;
    for (let offset = 0; offset + size <= window.length; offset++) {
      const gram = window.slice(offset, offset + size);
      const lang = uniques.get(gram);
      if (lang !== undefined && gram.trim().length > 0) {
        found = [offset, lang];
        break;
      }
    }
    hits[size] = found;
    return found;
  };

  /**
   * tinyld's pass 1 over a clean chunk: for each gram size, every gram of
   * `' ' + chunk + ' '` in order (a clean chunk has no two whitespace characters in a
   * row, so these are exactly the grams tinyld's padding keeps). A gram starting in a
   * word's window either lies inside it (memoized per word) or crosses the space after
   * the word; the first come before the second, so each word is checked in that order.
   */
  const uniqueGramAcrossWords = (chunk: string): string => {
    const words = chunk.split(wordPattern);
    const padded = ` ${chunk} `;
    for (const size of gramSizes) {
      let start = 0; // position of the word's leading space in `padded`
      for (const word of words) {
        const inside = hitInWord(word, size);
        if (inside !== null) return inside[1];
        // Grams starting in this word's window (its leading space or a letter) and
        // ending past its trailing space, which starts the next word's window.
        const windowLength = word.length + 2;
        for (let offset = Math.max(0, windowLength - size + 1); offset <= word.length && start + offset + size <= padded.length; offset++) {
          const lang = uniques.get(padded.slice(start + offset, start + offset + size));
          if (lang !== undefined) return lang;
        }
        start += word.length + 1;
      }
    }
    return '';
  };

  /** Per word: the first gram size (by its place in `gramSizes`) with a unique gram in its window, and that gram's language. */
  const firstHits = new Map<string, readonly [rank: number, lang: string] | null>();
  const firstHit = (word: string): readonly [number, string] | null => {
    let known = firstHits.get(word);
    if (known === undefined) {
      known = null;
      for (let rank = 0; rank < gramSizes.length && known === null; rank++) {
        const hit = hitInWord(word, gramSizes[rank] ?? 0);
        if (hit !== null) known = [rank, hit[1]];
      }
      if (firstHits.size >= MEMO_LIMIT) firstHits.clear();
      firstHits.set(word, known);
    }
    return known;
  };

  /**
   * The same pass when no unique gram has a space inside it, so none crosses from one
   * word into the next (tinyld 1.3.4's model): the answer is the first word, in order,
   * among those whose window holds a unique gram of the earliest size.
   */
  const uniqueGramWithinWords = (chunk: string): string => {
    let best: readonly [number, string] | null = null;
    for (const word of chunk.split(wordPattern)) {
      const hit = firstHit(word);
      if (hit !== null && (best === null || hit[0] < best[0])) {
        best = hit;
        if (hit[0] === 0) break;
      }
    }
    return best?.[1] ?? '';
  };

  const crossing = [...uniques.keys()].some((gram) => gram.slice(1, -1).includes(' '));
  const uniqueGramOf = crossing ? uniqueGramAcrossWords : uniqueGramWithinWords;
  const memo = <T>(compute: (text: string) => T): ((text: string) => T) => {
    const known = new Map<string, T>();
    return (text) => {
      let value = known.get(text);
      if (value === undefined) {
        if (known.size >= MEMO_LIMIT) known.clear();
        value = compute(text);
        known.set(text, value);
      }
      return value;
    };
  };
  const uniqueGram = memo(uniqueGramOf);
  const cleanOnce = memo(clean);

  // Languages as small numbers, so a text's totals are a map of numbers.
  const langIndex = new Map<string, number>();
  const langNames: string[] = [];
  const indexOf = (lang: string): number => {
    let index = langIndex.get(lang);
    if (index === undefined) {
      index = langNames.length;
      langNames.push(lang);
      langIndex.set(lang, index);
    }
    return index;
  };
  /** A word's scores in tinyld's order: language numbers and accuracies, side by side. */
  const wordScores = new Map<string, { langs: number[]; accuracies: number[] }>();
  const scores = (word: string): { langs: number[]; accuracies: number[] } => {
    let known = wordScores.get(word);
    if (known === undefined) {
      if (wordScores.size >= MEMO_LIMIT) wordScores.clear();
      const list = scoreWord(word);
      known = { langs: list.map((score) => indexOf(score.lang)), accuracies: list.map((score) => score.accuracy) };
      wordScores.set(word, known);
    }
    return known;
  };

  /**
   * tinyld's `detect`: the same chunks and the same sums, added in the same order. Its
   * answer is the first language of its totals sorted by value (a stable sort of the
   * positive totals in the order the languages were first added), which is the first
   * language so added whose total is the largest.
   */
  const detect = (text: string): string => {
    const chunks = longestChunks(splitChunks(text), cleanOnce);
    const totals = new Map<number, number>(); // in the order languages are first added
    for (const chunk of chunks) {
      const unique = uniqueGram(chunk);
      if (unique) {
        const index = indexOf(unique);
        totals.set(index, (totals.get(index) || 0) + 1 * chunk.length);
        continue;
      }
      for (const word of chunk.split(wordPattern)) {
        const { langs, accuracies } = scores(word);
        for (let i = 0; i < langs.length; i++) {
          const index = langs[i] ?? 0;
          totals.set(index, (totals.get(index) || 0) + (accuracies[i] ?? 0));
        }
      }
    }
    let best = -1;
    let bestTotal = 0;
    for (const [index, total] of totals) {
      if (total > bestTotal) {
        best = index;
        bestTotal = total;
      }
    }
    return best < 0 ? '' : (langNames[best] ?? '');
  };

  return { detect, splitChunks, uniqueGram, internals };
}

/**
 * The first 7 of `pieces.map(clean).filter(nonEmpty)` stably sorted by length, longest
 * first (what tinyld reads), cleaning only the pieces that can be among them. Cleaning
 * never lengthens a piece except by lower-casing `İ` (one character becomes two), so a
 * text with that letter has every piece cleaned. Otherwise the 7 longest pieces are
 * cleaned, then every piece at least as long as the 7th longest clean piece: a shorter
 * one cleans to something shorter still, which can neither pass nor tie it.
 */
export function longestChunks(pieces: readonly string[], clean: (piece: string) => string): string[] {
  if (pieces.some((piece) => piece.includes('İ'))) {
    return pieces.map(clean).filter((chunk) => !!chunk).sort((a, b) => b.length - a.length).slice(0, CHUNKS_READ);
  }
  const cleaned: (string | undefined)[] = new Array<string | undefined>(pieces.length);
  const cleanAtLeast = (length: number): void => {
    for (let index = 0; index < pieces.length; index++) {
      if (cleaned[index] === undefined && (pieces[index] as string).length >= length) cleaned[index] = clean(pieces[index] as string);
    }
  };
  /** The 7th largest of the lengths of `texts` (non-empty ones only), or 0 when there are fewer than 7; undefined entries are skipped. */
  const seventh = (texts: readonly (string | undefined)[]): number => {
    // The 7 largest so far, descending, in a fixed array (a hot loop: no allocation per text).
    const top = [0, 0, 0, 0, 0, 0, 0];
    let count = 0;
    for (let index = 0; index < texts.length; index++) {
      const length = texts[index]?.length ?? 0;
      if (length === 0 || (count === CHUNKS_READ && length <= (top[CHUNKS_READ - 1] as number))) continue;
      let at = count < CHUNKS_READ ? count++ : CHUNKS_READ - 1;
      while (at > 0 && (top[at - 1] as number) < length) {
        top[at] = top[at - 1] as number;
        at--;
      }
      top[at] = length;
    }
    return count === CHUNKS_READ ? (top[CHUNKS_READ - 1] as number) : 0;
  };
  cleanAtLeast(Math.max(1, seventh(pieces)));
  // With fewer than 7 clean pieces, every piece is cleaned (a threshold of 0).
  cleanAtLeast(seventh(cleaned));
  const chunks: { text: string; index: number }[] = [];
  cleaned.forEach((text, index) => {
    if (text) chunks.push({ text, index });
  });
  chunks.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  return chunks.slice(0, CHUNKS_READ).map((chunk) => chunk.text);
}

let fast: FastDetector | null | undefined;

/** The fast detector, or null when the installed tinyld is not the replicated bundle. */
export function fastDetector(): FastDetector | null {
  if (fast === undefined) {
    const internals = loadInternals();
    fast = internals === null ? null : createFastDetector(internals);
  }
  return fast;
}

let plain: Detector | undefined;

/** tinyld's `detect` exactly: the fast path when available, the package's function otherwise. */
export function detectTinyld(text: string): string {
  const detector = fastDetector();
  if (detector !== null) return detector.detect(text);
  plain ??= (require('tinyld') as { detect: Detector }).detect;
  return plain(text);
}
