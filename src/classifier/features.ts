/**
 * Sparse hashed features for the learned layer: normalized words and word pairs, character
 * 4-grams inside words (inflections and paraphrases share them), CJK character uni/bigrams,
 * the cue evidence summed per category, and a few shape signals (caps, exclamation, length).
 * The same function runs at training time (Node) and in the extension, so weights line up.
 */
import { fnv1a, fnv1aSeeded, fnv1aState } from './hash';
import type { Token } from './tokenize';
import type { CueMatch } from './lexicon-index';
import type { ChatContext, Language } from './types';
import { CATEGORIES } from './types';

export interface FeatureInput {
  original: string;
  text: string;
  tokens: Token[];
  cjkRuns: [number, number][];
  matches: CueMatch[];
  lang: Language;
  context: ChatContext | undefined;
}

export interface SparseFeatures {
  idx: number[];
  val: number[];
}

const MAX_TOKENS = 120;

const W = fnv1aState('w:');
const B = fnv1aState('b:');
const G = fnv1aState('g:');
const G3 = fnv1aState('g3:');
const C1 = fnv1aState('c:');
const C2 = fnv1aState('c2:');
const C3 = fnv1aState('c3:');
const N = fnv1aState('n:');
const SPACE = 32;
/** Common negators of all languages (normalized); lexicon negators are language-specific, this is the shared core. */
const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'nothing', 'nobody', 'anymore', 'nunca', 'nada', 'nadie', 'nao', 'nem', 'pas', 'jamais', 'rien', 'non', 'mai', 'niente', 'nicht', 'kein', 'keine', 'nie', 'nichts', 'niemand', 'не', 'нет', 'ни', 'никогда', 'ne', 'nema', 'nisam', 'nece', 'değil', 'degil', 'yok', 'asla', 'hic', 'لا', 'لم', 'لن', 'ما', 'مش', 'مو']);

function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Receives each feature as (bucket, value); a bucket may come more than once (values add up). */
export interface FeatureSink {
  add(bucket: number, value: number): void;
}

// Accumulator reused across calls: a small open-addressing table (bucket → value) that stays in cache,
// cheaper than a Map or a dense array over the whole hash space. Cleared after each extraction.
const TABLE_SIZE = 8192;
const tableKeys = new Int32Array(TABLE_SIZE).fill(-1);
const tableVals = new Float64Array(TABLE_SIZE);
const used: number[] = [];
const sparseSink: FeatureSink = {
  add(b, v) {
    let slot = Math.imul(b, 0x9e3779b1) >>> 19; // 13 bits of a multiplicative hash
    // Linear probing; the table never holds more than ~4,500 features (tokens and CJK characters are capped).
    for (;;) {
      const k = tableKeys[slot]!;
      if (k === b) {
        tableVals[slot]! += v;
        return;
      }
      if (k === -1) {
        if (used.length >= TABLE_SIZE - 64) return; // full: drop the feature rather than loop
        tableKeys[slot] = b;
        tableVals[slot] = v;
        used.push(slot);
        return;
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  },
};

/** The features as a sparse vector (training and inspection). */
export function extractFeatures(input: FeatureInput, buckets: number): SparseFeatures {
  used.length = 0;
  emitFeatures(input, buckets, sparseSink);
  const idx: number[] = [];
  const val: number[] = [];
  for (const slot of used) {
    const v = tableVals[slot]!;
    if (v !== 0) {
      idx.push(tableKeys[slot]!);
      val.push(v);
    }
    tableKeys[slot] = -1;
    tableVals[slot] = 0;
  }
  used.length = 0;
  return { idx, val };
}

/**
 * Every feature of a message, handed to `sink` as it is computed. The classifier scores them on
 * the fly (a linear model needs no sparse vector); training collects them with extractFeatures.
 */
export function emitFeatures(input: FeatureInput, buckets: number, sink: FeatureSink): void {
  // A power-of-two hash space (the shipped one) takes a mask instead of a division per feature.
  const mask = (buckets & (buckets - 1)) === 0 ? buckets - 1 : -1;
  const addHash = (hash: number, v: number) => sink.add(mask >= 0 ? hash & mask : (hash >>> 0) % buckets, v);
  const add = (name: string, v = 1) => addHash(fnv1a(name), v);
  add('bias');
  add('lang:' + input.lang, 0.5);
  if (input.context) add('ctx:' + input.context, 0.5);

  const toks = input.tokens.length > MAX_TOKENS ? input.tokens.slice(0, MAX_TOKENS) : input.tokens;
  let prev = '^';
  let negatedFor = 0;
  for (const t of toks) {
    // Words in the scope of a negator get a feature of their own ("not … alive" is not "alive").
    if (negatedFor > 0) {
      addHash(fnv1aSeeded(N, t.key), 0.6);
      negatedFor--;
    }
    if (NEGATORS.has(t.key)) negatedFor = 3;
    const key = t.numeric ? '#' : t.key;
    addHash(fnv1aSeeded(W, key), 1);
    if (t.alts) addHash(fnv1aSeeded(W, t.alts[0]!), 0.7);
    addHash(fnv1aSeeded(step(fnv1aSeeded(B, prev), SPACE), key), 0.7);
    prev = key;
    // Character 3-grams (short stems, inflections of short words) and 4-grams of "<word>", first 14
    // positions, hashed without building strings (kept inline: this loop is the hot path).
    for (let n = 3; n <= 4 && n <= key.length && !t.numeric; n++) {
      const padded = key.length + 2;
      const seed = n === 3 ? G3 : G;
      const value = n === 3 ? 0.25 : 0.35;
      for (let i = 0; i + n <= padded && i < 14; i++) {
        let h = seed;
        for (let k = i; k < i + n; k++) h = step(h, k === 0 ? 60 : k === padded - 1 ? 62 : key.charCodeAt(k - 1));
        addHash(h, value);
      }
    }
  }
  addHash(fnv1aSeeded(step(fnv1aSeeded(B, prev), SPACE), '$'), 0.7);
  let cjkChars = 0;
  const text = input.text;
  for (const [s, e] of input.cjkRuns) {
    for (let i = s; i < e && cjkChars < 300; i++, cjkChars++) {
      addHash(fnv1aSeeded(C1, text, i, i + 1), 0.5);
      if (i + 1 < e) addHash(fnv1aSeeded(C2, text, i, i + 2), 0.8);
      if (i + 2 < e) addHash(fnv1aSeeded(C3, text, i, i + 3), 0.6);
    }
  }

  // Cue evidence: sums per category (capped), and each cue by name so the model learns how much to trust it.
  const sums = new Map<string, number>();
  let crisisCue = 0;
  for (const m of input.matches) {
    const c = m.entry.category;
    sums.set(c, (sums.get(c) ?? 0) + m.weight);
    add('t:' + m.entry.lang + ':' + m.entry.term + (m.negated ? ':neg' : ''), 1);
    if (m.entry.crisis && !m.negated) crisisCue = Math.max(crisisCue, m.weight);
  }
  for (const c of CATEGORIES) {
    const s = sums.get(c);
    if (s !== undefined) {
      add('cue:' + c, Math.max(-2, Math.min(s, 5)) / 2);
      if (input.context) add('cue:' + c + ':' + input.context, Math.max(-2, Math.min(s, 5)) / 4);
    }
  }
  if (crisisCue > 0) add('cue:crisis', crisisCue / 2);

  // Shape.
  const o = input.original;
  const len = o.length;
  add(len < 20 ? 'len:xs' : len < 60 ? 'len:s' : len < 160 ? 'len:m' : len < 400 ? 'len:l' : 'len:xl', 0.5);
  let upper = 0;
  let letters = 0;
  let excl = 0;
  let quest = 0;
  const scan = Math.min(len, 2000);
  for (let i = 0; i < scan; i++) {
    const ch = o.charCodeAt(i);
    if (ch >= 65 && ch <= 90) {
      upper++;
      letters++;
    } else if (ch >= 97 && ch <= 122) letters++;
    else if (ch === 33) excl++;
    else if (ch === 63) quest++;
  }
  if (letters >= 8 && upper / letters > 0.6) add('shape:caps');
  if (excl >= 2) add('shape:excl');
  if (quest >= 1) add('shape:quest', 0.5);
  if (/[\u{1F600}-\u{1F64F}\u{1F300}-\u{1F5FF}\u{1F900}-\u{1F9FF}\u2600-\u27BF]/u.test(o.length > 2000 ? o.slice(0, 2000) : o)) add('shape:emoji', 0.5);

}
