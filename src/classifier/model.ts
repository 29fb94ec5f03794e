/**
 * The learned layer, shipped as data: a multinomial logistic regression over hashed features
 * (a large hash space so words rarely collide; only the buckets that carry weight are stored,
 * quantized to int8 per class), a logistic crisis head, the language-ID trigram table
 * and the list of ordinary words that must never fuzzy-match a cue. Produced by `npm run train`.
 */
import { z } from 'zod';
import { CATEGORIES, LANGUAGES, type Category } from './types';
import type { TrigramModel } from './detect-language';

export const modelFileSchema = z.object({
  version: z.literal(2),
  /** Hash space of the features (large, so words rarely collide). */
  buckets: z.number().int().positive(),
  classes: z.array(z.enum(CATEGORIES)).length(CATEGORIES.length),
  /** The buckets that carry weight, ascending, as base64 of unsigned LEB128 gaps (only these are stored). */
  index: z.string(),
  kept: z.number().int().nonnegative(),
  /** int8 weights, [kept bucket][class], dequantized with `scales` per class. */
  weights: z.string(),
  scales: z.array(z.number()),
  bias: z.array(z.number()),
  crisis: z.object({ weights: z.string(), scale: z.number(), bias: z.number() }),
  threshold: z.number().min(0).max(1),
  crisisThreshold: z.number().min(0).max(1),
  trigrams: z.object({
    langs: z.array(z.enum(LANGUAGES)),
    buckets: z.number().int().positive(),
    table: z.string(),
    scale: z.number(),
    offset: z.number(),
  }),
  fuzzyDeny: z.array(z.string()),
});

export type ModelFile = z.infer<typeof modelFileSchema>;

export interface LinearModel {
  buckets: number;
  classes: Category[];
  /** Bucket → row in `weights`/`crisisWeights`, or -1 when the bucket carries no weight. */
  slotOf: Int32Array;
  /** Dequantized weights, row-major [slot][class]. */
  weights: Float32Array;
  bias: Float32Array;
  crisisWeights: Float32Array;
  crisisBias: number;
  threshold: number;
  crisisThreshold: number;
  trigrams: TrigramModel;
  fuzzyDeny: Set<string>;
}

/** Unsigned LEB128 varints of the gaps between ascending integers. */
export function encodeGaps(sorted: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < sorted.length; i++) {
    let gap = sorted[i]! - prev - 1;
    prev = sorted[i]!;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

export function decodeGaps(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let prev = -1;
  let pos = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    prev = prev + gap + 1;
    out[i] = prev;
  }
  return out;
}

export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) bin += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(bin);
}

export function loadModel(file: ModelFile): LinearModel {
  const k = file.classes.length;
  const kept = decodeGaps(decodeBase64(file.index), file.kept);
  const slotOf = new Int32Array(file.buckets).fill(-1);
  for (let i = 0; i < kept.length; i++) slotOf[kept[i]!] = i;
  const q = new Int8Array(decodeBase64(file.weights).buffer);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * file.scales[i % k]!;
  const cq = new Int8Array(decodeBase64(file.crisis.weights).buffer);
  const crisisWeights = new Float32Array(cq.length);
  for (let i = 0; i < cq.length; i++) crisisWeights[i] = cq[i]! * file.crisis.scale;
  return {
    buckets: file.buckets,
    classes: file.classes,
    slotOf,
    weights,
    bias: Float32Array.from(file.bias),
    crisisWeights,
    crisisBias: file.crisis.bias,
    threshold: file.threshold,
    crisisThreshold: file.crisisThreshold,
    trigrams: {
      langs: file.trigrams.langs,
      buckets: file.trigrams.buckets,
      table: new Int8Array(decodeBase64(file.trigrams.table).buffer),
      scale: file.trigrams.scale,
      offset: file.trigrams.offset,
    },
    fuzzyDeny: new Set(file.fuzzyDeny),
  };
}

/** The weight of one feature bucket for one class (0 when the bucket was pruned). */
export function weightOf(model: LinearModel, bucket: number, classIndex: number): number {
  const slot = model.slotOf[bucket]!;
  return slot < 0 ? 0 : model.weights[slot * model.classes.length + classIndex]!;
}

/** Softmax probabilities for sparse features. */
export function predict(model: LinearModel, idx: number[], val: number[]): Float64Array {
  const k = model.classes.length;
  const logits = new Float64Array(k);
  for (let c = 0; c < k; c++) logits[c] = model.bias[c]!;
  for (let i = 0; i < idx.length; i++) {
    const slot = model.slotOf[idx[i]!]!;
    if (slot < 0) continue;
    const base = slot * k;
    const v = val[i]!;
    for (let c = 0; c < k; c++) logits[c]! += model.weights[base + c]! * v;
  }
  return softmax(logits);
}

export function predictCrisis(model: LinearModel, idx: number[], val: number[]): number {
  let z = model.crisisBias;
  for (let i = 0; i < idx.length; i++) {
    const slot = model.slotOf[idx[i]!]!;
    if (slot >= 0) z += model.crisisWeights[slot]! * val[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

export function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const l of logits) if (l > max) max = l;
  let sum = 0;
  const out = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}
