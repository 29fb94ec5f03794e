/**
 * The learned layer, shipped as data: a multinomial logistic regression over hashed features
 * (weights quantized to int8 per class), a logistic crisis head, the language-ID trigram table
 * and the list of ordinary words that must never fuzzy-match a cue. Produced by `npm run train`.
 */
import { z } from 'zod';
import { CATEGORIES, LANGUAGES, type Category } from './types';
import type { TrigramModel } from './detect-language';

export const modelFileSchema = z.object({
  version: z.literal(1),
  buckets: z.number().int().positive(),
  classes: z.array(z.enum(CATEGORIES)).length(CATEGORIES.length),
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
  /** Dequantized weights, row-major [bucket][class]. */
  weights: Float32Array;
  bias: Float32Array;
  crisisWeights: Float32Array;
  crisisBias: number;
  threshold: number;
  crisisThreshold: number;
  trigrams: TrigramModel;
  fuzzyDeny: Set<string>;
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
  const q = new Int8Array(decodeBase64(file.weights).buffer);
  const k = file.classes.length;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * file.scales[i % k]!;
  const cq = new Int8Array(decodeBase64(file.crisis.weights).buffer);
  const crisisWeights = new Float32Array(cq.length);
  for (let i = 0; i < cq.length; i++) crisisWeights[i] = cq[i]! * file.crisis.scale;
  return {
    buckets: file.buckets,
    classes: file.classes,
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

/** Softmax probabilities for sparse features. */
export function predict(model: LinearModel, idx: number[], val: number[]): Float64Array {
  const k = model.classes.length;
  const logits = new Float64Array(k);
  for (let c = 0; c < k; c++) logits[c] = model.bias[c]!;
  for (let i = 0; i < idx.length; i++) {
    const base = idx[i]! * k;
    const v = val[i]!;
    for (let c = 0; c < k; c++) logits[c]! += model.weights[base + c]! * v;
  }
  return softmax(logits);
}

export function predictCrisis(model: LinearModel, idx: number[], val: number[]): number {
  let z = model.crisisBias;
  for (let i = 0; i < idx.length; i++) z += model.crisisWeights[idx[i]!]! * val[i]!;
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
