/**
 * Training of the learned layer (pure, deterministic): character-trigram language model,
 * softmax regression over hashed features, logistic crisis head, threshold chosen by internal
 * cross-validation, fuzzy deny-list. Used by `npm run train` and by `npm run eval -- --cv`.
 */
import { z } from 'zod';
import { CATEGORIES, LANGUAGES, FLAGGED_CATEGORIES, type Category, type Language } from './types';
import type { Lexicon } from './lexicon-schema';
import { Classifier } from './classifier';
import { extractFeatures } from './features';
import { encodeBase64, encodeGaps, loadModel, softmax, type LinearModel, type ModelFile } from './model';
import { normalizeText } from './normalize';
import { trigramHash } from './hash';
import { LATIN_LANGUAGES, CYRILLIC_LANGUAGES } from './detect-language';
import { deletionsOf, maxEditDistance, boundedEditDistance } from './lexicon-index';
import { tokenize } from './tokenize';

export const labeledSchema = z.object({
  id: z.union([z.string(), z.number()]),
  lang: z.enum(LANGUAGES),
  context: z.enum(['support', 'cam']).optional(),
  text: z.string(),
  label: z.enum(CATEGORIES),
  also: z.array(z.enum(CATEGORIES)).optional(),
  crisis: z.boolean().optional().default(false),
  tags: z.array(z.string()).optional().default([]),
});
export type Labeled = z.infer<typeof labeledSchema>;

export function parseJsonl(file: string, content: string): Labeled[] {
  const out: Labeled[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: invalid JSON: ${(e as Error).message}`);
    }
    const r = labeledSchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new Error(`${file}:${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
    }
    out.push(r.data);
  });
  return out;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const TRIGRAM_BUCKETS = 4096;
const TRIGRAM_LANGS: Language[] = [...new Set([...LATIN_LANGUAGES, ...CYRILLIC_LANGUAGES])];

function trainTrigrams(rows: Labeled[]): ModelFile['trigrams'] {
  const counts = TRIGRAM_LANGS.map(() => new Float64Array(TRIGRAM_BUCKETS));
  for (const r of rows) {
    const li = TRIGRAM_LANGS.indexOf(r.lang);
    if (li < 0) continue;
    const padded = ' ' + normalizeText(r.text).text + ' ';
    for (let i = 0; i + 3 <= padded.length; i++) {
      const c0 = padded.charCodeAt(i);
      const c1 = padded.charCodeAt(i + 1);
      const c2 = padded.charCodeAt(i + 2);
      if (c1 === 32 && (c0 === 32 || c2 === 32)) continue;
      counts[li]![trigramHash(c0, c1, c2) % TRIGRAM_BUCKETS]! += 1;
    }
  }
  const logs = counts.map((c) => {
    let total = 0;
    for (const v of c) total += v;
    const alpha = 0.5;
    return Array.from(c, (v) => Math.log((v + alpha) / (total + alpha * TRIGRAM_BUCKETS)));
  });
  let min = Infinity;
  let max = -Infinity;
  for (const row of logs) for (const v of row) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Quantize to int8: v = q / scale + offset.
  const offset = (min + max) / 2;
  const scale = 127 / Math.max(1e-9, (max - min) / 2);
  const table = new Int8Array(TRIGRAM_LANGS.length * TRIGRAM_BUCKETS);
  logs.forEach((row, li) => row.forEach((v, b) => (table[li * TRIGRAM_BUCKETS + b] = Math.round((v - offset) * scale))));
  return { langs: TRIGRAM_LANGS, buckets: TRIGRAM_BUCKETS, table: encodeBase64(new Uint8Array(table.buffer)), scale, offset };
}

export interface TrainOptions {
  buckets?: number;
  epochs?: number;
  l2?: number;
  seed?: number;
  /** Choose the threshold by internal cross-validation (slower). */
  tuneThreshold?: boolean;
  /** Target ceiling on false alarms among `none` messages when choosing the threshold. */
  maxFalseAlarm?: number;
  /** Share of passes in which an example's cue features are hidden. */
  cueDropout?: number;
  /** Extra weight of `none` examples: a false alarm costs more than a miss. */
  noneWeight?: number;
  /** How many feature buckets to ship (the rest are pruned); keeps the file within its size budget. */
  keep?: number;
  /** Upper bound on the weight of a crisis example in the crisis head (rare-class up-weighting; 2 keeps the
   * head calibrated — at 6 its intercept went high and bland short messages read as crises). */
  crisisWeightCap?: number;
}

interface Example {
  idx: number[];
  val: number[];
  /** The same message's features without cue evidence (cue dropout during training). */
  bare: { idx: number[]; val: number[] } | null;
  y: number;
  crisis: boolean;
  row: Labeled;
}

function placeholderModel(trigrams: ModelFile['trigrams'], buckets: number, fuzzyDeny: string[]): LinearModel {
  const file: ModelFile = {
    version: 2,
    buckets,
    classes: [...CATEGORIES],
    index: encodeBase64(new Uint8Array(0)),
    kept: 0,
    weights: encodeBase64(new Uint8Array(0)),
    scales: CATEGORIES.map(() => 1),
    bias: CATEGORIES.map(() => 0),
    crisis: { weights: encodeBase64(new Uint8Array(0)), scale: 1, bias: 0 },
    threshold: 0.5,
    crisisThreshold: 0.5,
    trigrams,
    fuzzyDeny,
  };
  return loadModel(file);
}

/** Ordinary words of the corpus (from `none` messages) that sit within typo distance of a cue. */
/**
 * Ordinary words that sit within typo distance of a cue ("cancel" of "cancer"): every corpus word
 * whose near cues are of another category than its message (any near cue, in a `none` message).
 * Real typos of a cue occur in messages of the cue's own category, so they stay matchable.
 */
function findFuzzyDeny(classifier: Classifier, rows: Labeled[]): string[] {
  const deny = new Set<string>();
  for (const r of rows) {
    const index = classifier.indexFor(r.lang);
    if (!index) continue;
    for (const tok of tokenize(normalizeText(r.text).text).tokens) {
      const key = tok.key;
      const max = maxEditDistance(key.length);
      if (max === 0 || index.exact.has(key) || deny.has(key)) continue;
      for (const probe of [key, ...deletionsOf(key)]) {
        const cands = index.deletions.get(probe);
        const near = cands?.filter((c) => c !== key && boundedEditDistance(key, c, max) <= max) ?? [];
        if (near.some((c) => index.exact.get(c)!.some((e) => e.category !== r.label))) {
          deny.add(key);
          break;
        }
      }
    }
  }
  return [...deny].sort();
}

export function featurize(classifier: Classifier, rows: Labeled[], buckets: number): Example[] {
  return rows.map((row) => {
    const a = classifier.analyze(row.text);
    const input = {
      original: a.original, text: a.norm.text, tokens: a.tokenized.tokens, cjkRuns: a.tokenized.cjkRuns,
      matches: a.matches, lang: a.guess.lang, context: row.context,
    };
    const f = extractFeatures(input, buckets);
    const bare = a.matches.length > 0 ? extractFeatures({ ...input, matches: [] }, buckets) : null;
    return { idx: f.idx, val: f.val, bare, y: CATEGORIES.indexOf(row.label), crisis: row.crisis, row };
  });
}

interface RawWeights {
  w: Float64Array;
  b: Float64Array;
  cw: Float64Array;
  cb: number;
}

function trainWeights(examples: Example[], buckets: number, epochs: number, l2: number, seed: number, cueDropout = 0, noneWeight = 1, crisisWeightCap = 2): RawWeights {
  const k = CATEGORIES.length;
  const w = new Float64Array(buckets * k);
  const g2 = new Float64Array(buckets * k).fill(1e-6);
  const b = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-6);
  const cw = new Float64Array(buckets);
  const cg2 = new Float64Array(buckets).fill(1e-6);
  let cb = -2;
  let cbg2 = 1e-6;
  const lr = 0.3;
  // Balance classes: every category counts as much as `none` overall.
  const counts = new Array(k).fill(0);
  for (const e of examples) counts[e.y]++;
  const noneIndex = CATEGORIES.indexOf('none');
  const classWeight = counts.map((c, i) => (c > 0 ? examples.length / (k * c) : 1) * (i === noneIndex ? noneWeight : 1));
  const crisisCount = examples.filter((e) => e.crisis).length;
  const crisisWeight = crisisCount > 0 ? Math.min(crisisWeightCap, (examples.length - crisisCount) / crisisCount / 2) : 1;
  const coin = rng(seed * 7 + 1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffled(examples, seed + epoch);
    for (const full of order) {
      // Cue dropout: the lexicons were written with the corpus, so cues fire more reliably here than on
      // unseen messages; hiding them for part of the passes makes the words carry weight too.
      const ex = full.bare && coin() < cueDropout ? { ...full, idx: full.bare.idx, val: full.bare.val } : full;
      const logits = new Float64Array(k);
      for (let c = 0; c < k; c++) logits[c] = b[c]!;
      for (let i = 0; i < ex.idx.length; i++) {
        const base = ex.idx[i]! * k;
        for (let c = 0; c < k; c++) logits[c]! += w[base + c]! * ex.val[i]!;
      }
      const p = softmax(logits);
      const cwgt = classWeight[ex.y]!;
      for (let c = 0; c < k; c++) {
        const grad = (p[c]! - (c === ex.y ? 1 : 0)) * cwgt;
        bg2[c]! += grad * grad;
        b[c]! -= (lr * grad) / Math.sqrt(bg2[c]!);
        for (let i = 0; i < ex.idx.length; i++) {
          const j = ex.idx[i]! * k + c;
          const gj = grad * ex.val[i]! + l2 * w[j]!;
          g2[j]! += gj * gj;
          w[j]! -= (lr * gj) / Math.sqrt(g2[j]!);
        }
      }
      // Crisis head.
      let z = cb;
      for (let i = 0; i < ex.idx.length; i++) z += cw[ex.idx[i]!]! * ex.val[i]!;
      const pc = 1 / (1 + Math.exp(-z));
      const gc = (pc - (ex.crisis ? 1 : 0)) * (ex.crisis ? crisisWeight : 1);
      cbg2 += gc * gc;
      cb -= (lr * gc) / Math.sqrt(cbg2);
      for (let i = 0; i < ex.idx.length; i++) {
        const j = ex.idx[i]!;
        const gj = gc * ex.val[i]! + l2 * cw[j]!;
        cg2[j]! += gj * gj;
        cw[j]! -= (lr * gj) / Math.sqrt(cg2[j]!);
      }
    }
  }
  return { w, b, cw, cb };
}

function quantize(values: Float64Array, k: number): { bytes: Int8Array; scales: number[] } {
  const scales: number[] = [];
  for (let c = 0; c < k; c++) {
    let max = 1e-9;
    for (let i = c; i < values.length; i += k) max = Math.max(max, Math.abs(values[i]!));
    scales.push(max / 127);
  }
  const bytes = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.round(values[i]! / scales[i % k]!);
  return { bytes, scales };
}

/** Keep the `keep` buckets that matter most (largest weight of any class or of the crisis head). */
function toModelFile(raw: RawWeights, buckets: number, trigrams: ModelFile['trigrams'], fuzzyDeny: string[], threshold: number, crisisThreshold: number, keep: number): ModelFile {
  const k = CATEGORIES.length;
  const importance = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let m = Math.abs(raw.cw[b]!);
    for (let c = 0; c < k; c++) m = Math.max(m, Math.abs(raw.w[b * k + c]!));
    importance[b] = m;
  }
  const order = Array.from({ length: buckets }, (_, b) => b).filter((b) => importance[b]! > 0);
  order.sort((a, b) => importance[b]! - importance[a]! || a - b);
  const kept = Int32Array.from(order.slice(0, keep)).sort();
  const w = new Float64Array(kept.length * k);
  const cw = new Float64Array(kept.length);
  kept.forEach((b, i) => {
    for (let c = 0; c < k; c++) w[i * k + c] = raw.w[b * k + c]!;
    cw[i] = raw.cw[b]!;
  });
  const q = quantize(w, k);
  const cq = quantize(cw, 1);
  return {
    version: 2,
    buckets,
    classes: [...CATEGORIES],
    index: encodeBase64(encodeGaps(kept)),
    kept: kept.length,
    weights: encodeBase64(new Uint8Array(q.bytes.buffer)),
    scales: q.scales.map((s) => Number(s.toPrecision(6))),
    bias: Array.from(raw.b, (v) => Number(v.toFixed(5))),
    crisis: { weights: encodeBase64(new Uint8Array(cq.bytes.buffer)), scale: Number(cq.scales[0]!.toPrecision(6)), bias: Number(raw.cb.toFixed(5)) },
    threshold,
    crisisThreshold,
    trigrams,
    fuzzyDeny,
  };
}

/** Train a complete model file from labeled rows and the lexicons. */
export function train(rows: Labeled[], lexicons: Lexicon[], opts: TrainOptions = {}): ModelFile {
  const buckets = opts.buckets ?? 262_144;
  const keep = opts.keep ?? 40_000;
  const epochs = opts.epochs ?? 12;
  const l2 = opts.l2 ?? 1e-5;
  const seed = opts.seed ?? 7;
  const cueDropout = opts.cueDropout ?? 0.5;
  const noneWeight = opts.noneWeight ?? 1;
  const trigrams = trainTrigrams(rows);
  const probe = new Classifier(lexicons, placeholderModel(trigrams, buckets, []));
  const fuzzyDeny = findFuzzyDeny(probe, rows);
  const analyzer = new Classifier(lexicons, placeholderModel(trigrams, buckets, fuzzyDeny));
  const examples = featurize(analyzer, rows, buckets);
  let threshold = 0.5;
  let crisisThreshold = 0.5;
  if (opts.tuneThreshold) {
    const tuned = tuneThresholds(examples, buckets, epochs, l2, seed, opts.maxFalseAlarm ?? 0.04, cueDropout, noneWeight, opts.crisisWeightCap);
    threshold = tuned.threshold;
    crisisThreshold = tuned.crisisThreshold;
  }
  const raw = trainWeights(examples, buckets, epochs, l2, seed, cueDropout, noneWeight, opts.crisisWeightCap);
  return toModelFile(raw, buckets, trigrams, fuzzyDeny, threshold, crisisThreshold, keep);
}

/** Out-of-fold probabilities → the lowest threshold whose false-alarm rate stays under the ceiling, maximizing macro-F1. */
function tuneThresholds(examples: Example[], buckets: number, epochs: number, l2: number, seed: number, maxFalseAlarm: number, cueDropout: number, noneWeight: number, crisisWeightCap?: number): { threshold: number; crisisThreshold: number } {
  const folds = 4;
  const order = shuffled(examples, seed * 31);
  const oof: { p: Float64Array; pc: number; ex: Example }[] = [];
  for (let f = 0; f < folds; f++) {
    const test = order.filter((_, i) => i % folds === f);
    const trainSet = order.filter((_, i) => i % folds !== f);
    const raw = trainWeights(trainSet, buckets, epochs, l2, seed, cueDropout, noneWeight, crisisWeightCap);
    for (const ex of test) oof.push({ ...scoreRaw(raw, ex), ex });
  }
  let best = { threshold: 0.5, score: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const preds = oof.map((o) => decide(o.p, t));
    const fa = falseAlarm(preds, oof.map((o) => o.ex.y));
    const f1 = macroF1(preds, oof.map((o) => o.ex.y));
    const score = f1 - (fa > maxFalseAlarm ? 1 : 0);
    if (score > best.score) best = { threshold: Number(t.toFixed(3)), score };
  }
  let bestC = { t: 0.5, score: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    for (const o of oof) {
      const pred = o.pc >= t;
      if (pred && o.ex.crisis) tp++;
      else if (pred) fp++;
      else if (o.ex.crisis) fn++;
    }
    const recall = tp / Math.max(1, tp + fn);
    const precision = tp / Math.max(1, tp + fp);
    // Missing a cry for help costs more than an extra resource line: weigh recall double.
    const score = (3 * precision * recall) / Math.max(1e-9, 2 * precision + recall);
    if (score > bestC.score) bestC = { t: Number(t.toFixed(2)), score };
  }
  return { threshold: best.threshold, crisisThreshold: bestC.t };
}

function scoreRaw(raw: RawWeights, ex: Example): { p: Float64Array; pc: number } {
  const k = CATEGORIES.length;
  const logits = new Float64Array(k);
  for (let c = 0; c < k; c++) logits[c] = raw.b[c]!;
  let z = raw.cb;
  for (let i = 0; i < ex.idx.length; i++) {
    const base = ex.idx[i]! * k;
    for (let c = 0; c < k; c++) logits[c]! += raw.w[base + c]! * ex.val[i]!;
    z += raw.cw[ex.idx[i]!]! * ex.val[i]!;
  }
  return { p: softmax(logits), pc: 1 / (1 + Math.exp(-z)) };
}

function decide(p: Float64Array, threshold: number): number {
  const none = CATEGORIES.indexOf('none');
  let best = -1;
  let bi = none;
  for (const c of FLAGGED_CATEGORIES) {
    const i = CATEGORIES.indexOf(c);
    if (p[i]! > best) {
      best = p[i]!;
      bi = i;
    }
  }
  return p[none]! >= best || best < threshold ? none : bi;
}

function falseAlarm(pred: number[], gold: number[]): number {
  const none = CATEGORIES.indexOf('none');
  let n = 0, fa = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === none) {
    n++;
    if (pred[i] !== none) fa++;
  }
  return fa / Math.max(1, n);
}

export function macroF1(pred: number[], gold: number[]): number {
  let sum = 0;
  for (let c = 0; c < CATEGORIES.length; c++) sum += f1For(pred, gold, c);
  return sum / CATEGORIES.length;
}

function f1For(pred: number[], gold: number[], c: number): number {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === c && gold[i] === c) tp++;
    else if (pred[i] === c) fp++;
    else if (gold[i] === c) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export type { Category };
