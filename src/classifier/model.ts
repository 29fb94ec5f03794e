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
  /** One bit per bucket: does it carry weight? (32 KB for 2^18 buckets, so the test stays in cache.) */
  present: Uint32Array;
  /** Kept buckets before each 32-bucket word of `present`: a bucket's row is this plus a popcount. */
  rankBase: Int32Array;
  /** int8 weights, [row][class…, crisis] (stride classes + 1): one small read per feature. */
  packed: Int8Array;
  /** Dequantization per column of `packed` (classes, then crisis). */
  scales: Float64Array;
  bias: Float64Array;
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
  const stride = k + 1;
  const kept = decodeGaps(decodeBase64(file.index), file.kept);
  const words = Math.ceil(file.buckets / 32);
  const present = new Uint32Array(words);
  for (let i = 0; i < kept.length; i++) present[kept[i]! >>> 5]! |= 1 << (kept[i]! & 31);
  const rankBase = new Int32Array(words);
  for (let w = 0, total = 0; w < words; w++) {
    rankBase[w] = total;
    total += popcount(present[w]!);
  }
  const q = new Int8Array(decodeBase64(file.weights).buffer);
  const cq = new Int8Array(decodeBase64(file.crisis.weights).buffer);
  const packed = new Int8Array(kept.length * stride);
  for (let row = 0; row < kept.length; row++) {
    for (let c = 0; c < k; c++) packed[row * stride + c] = q[row * k + c]!;
    packed[row * stride + k] = cq[row]!;
  }
  return {
    buckets: file.buckets,
    classes: file.classes,
    present,
    rankBase,
    packed,
    scales: Float64Array.from([...file.scales, file.crisis.scale]),
    bias: Float64Array.from(file.bias),
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

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The row of a bucket in `packed`, or -1 when the bucket was pruned. */
export function rowOf(model: LinearModel, bucket: number): number {
  const word = model.present[bucket >>> 5]!;
  const bit = (1 << (bucket & 31)) >>> 0;
  if ((word & bit) === 0) return -1;
  return model.rankBase[bucket >>> 5]! + popcount(word & (bit - 1));
}

/** The weight of one feature bucket for one class (0 when the bucket was pruned). */
export function weightOf(model: LinearModel, bucket: number, classIndex: number): number {
  const row = rowOf(model, bucket);
  return row < 0 ? 0 : model.packed[row * (model.classes.length + 1) + classIndex]! * model.scales[classIndex]!;
}

/**
 * Scores features as they are emitted (see emitFeatures): per class and for crisis, the sum of
 * quantized weight × value, dequantized once at the end. No sparse vector is built.
 */
export class ModelScorer {
  private readonly sums: Float64Array;
  private readonly stride: number;

  constructor(readonly model: LinearModel) {
    this.stride = model.classes.length + 1;
    this.sums = new Float64Array(this.stride);
  }

  reset(): void {
    this.sums.fill(0);
  }

  add(bucket: number, value: number): void {
    const m = this.model;
    const word = m.present[bucket >>> 5]!;
    const bit = (1 << (bucket & 31)) >>> 0;
    if ((word & bit) === 0) return;
    const base = (m.rankBase[bucket >>> 5]! + popcount(word & (bit - 1))) * this.stride;
    const sums = this.sums;
    for (let c = 0; c < this.stride; c++) sums[c]! += m.packed[base + c]! * value;
  }

  /** Softmax over the classes. */
  probabilities(): Float64Array {
    const k = this.stride - 1;
    const logits = new Float64Array(k);
    for (let c = 0; c < k; c++) logits[c] = this.model.bias[c]! + this.sums[c]! * this.model.scales[c]!;
    return softmax(logits);
  }

  crisisProbability(): number {
    const k = this.stride - 1;
    const z = this.model.crisisBias + this.sums[k]! * this.model.scales[k]!;
    return 1 / (1 + Math.exp(-z));
  }
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
