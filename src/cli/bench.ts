/**
 * `npm run bench`: classifier speed on ≥ 50,000 generated messages across all languages (short,
 * long, obfuscated), compared with a tokenize-only floor measured in the same run; cold start;
 * a 100 KB message; the content script's bundle size. Prints numbers, asserts nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Classifier } from '../classifier/classifier';
import { LEXICON_FILES, MODEL_FILE } from '../classifier/data';
import { checkLexicon } from '../classifier/lexicon-schema';
import { loadModel, modelFileSchema } from '../classifier/model';
import { normalizeText } from '../classifier/normalize';
import { tokenize } from '../classifier/tokenize';
import { rng } from '../classifier/training';
import { loadCorpus, ROOT } from './corpus';

const TARGET = Number(process.argv[2]) || 60_000;

// Cold start: parse the bundled data, build the indexes, classify one message.
const t0 = performance.now();
const lexicons = Object.entries(LEXICON_FILES).map(([l, d]) => checkLexicon(l, d));
const model = loadModel(modelFileSchema.parse(MODEL_FILE));
const classifier = new Classifier(lexicons, model);
classifier.classify('hello, is anyone there?');
const coldMs = performance.now() - t0;

const texts = loadCorpus().map((r) => r.text);
const random = rng(42);
const leet: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
function obfuscate(s: string): string {
  return s.replace(/\p{L}{4,}/gu, (w) => {
    const r = random();
    if (r < 0.25) return [...w].map((c) => leet[c] ?? c).join('');
    if (r < 0.4) return w[0] + '*'.repeat(Math.max(1, w.length - 2)) + w[w.length - 1];
    if (r < 0.5) return [...w].join(' ');
    if (r < 0.6) return w.replace(/(\p{L})/u, '$1$1$1');
    return w;
  });
}
const KINDS = ['short', 'long', 'obfuscated', 'plain'] as const;
const messages: string[] = [];
const kinds: number[] = [];
while (messages.length < TARGET) {
  const base = texts[Math.floor(random() * texts.length)]!;
  const kind = random();
  if (kind < 0.3) messages.push(base.split(/\s+/).slice(0, 3).join(' '));
  else if (kind < 0.45) messages.push([base, texts[Math.floor(random() * texts.length)], texts[Math.floor(random() * texts.length)]].join(' '));
  else if (kind < 0.7) messages.push(obfuscate(base));
  else messages.push(base);
  kinds.push(kind < 0.3 ? 0 : kind < 0.45 ? 1 : kind < 0.7 ? 2 : 3);
}

/** Per-message times in µs, sorted; `byKind` gets each kind's sorted times too. */
function timeEach(fn: (s: string) => unknown, byKind?: Float64Array[]): Float64Array {
  const times = new Float64Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const s = performance.now();
    fn(messages[i]!);
    times[i] = (performance.now() - s) * 1000;
  }
  if (byKind) KINDS.forEach((_, k) => byKind.push(times.filter((_, i) => kinds[i] === k).sort()));
  return times.sort();
}
const pct = (t: Float64Array, p: number) => t[Math.min(t.length - 1, Math.floor(t.length * p))]!;

// Warm up both paths, then measure.
for (let i = 0; i < 2000; i++) {
  tokenize(normalizeText(messages[i]!).text);
  classifier.classify(messages[i]!);
}
const floorStart = performance.now();
const floor = timeEach((s) => tokenize(normalizeText(s).text));
const floorTotal = performance.now() - floorStart;
const fullStart = performance.now();
const fullByKind: Float64Array[] = [];
const full = timeEach((s) => classifier.classify(s), fullByKind);
const fullTotal = performance.now() - fullStart;

const big = ('this is a long complaint about the service and the delay, honestly '.repeat(1500)).slice(0, 100_000);
const bigStart = performance.now();
classifier.classify(big);
const bigMs = performance.now() - bigStart;
const huge = 'x'.repeat(1_000_000);
const hugeStart = performance.now();
classifier.classify(huge);
const hugeMs = performance.now() - hugeStart;

const f = (x: number) => x.toFixed(1);
console.log(`messages: ${messages.length} (short, long, obfuscated; ${lexicons.length} languages, ${lexicons.reduce((s, l) => s + l.cues.length, 0)} cues)`);
console.log(`classify: median ${f(pct(full, 0.5))} µs, p99 ${f(pct(full, 0.99))} µs, max ${f(full[full.length - 1]!)} µs, throughput ${Math.round(messages.length / (fullTotal / 1000))} msg/s`);
console.log(`  by kind: ${KINDS.map((k, i) => `${k} ${f(pct(fullByKind[i]!, 0.5))}/${f(pct(fullByKind[i]!, 0.99))}`).join(', ')} (median/p99 µs; mean length ${Math.round(messages.reduce((s, m) => s + m.length, 0) / messages.length)} chars)`);
console.log(`tokenize-only floor: median ${f(pct(floor, 0.5))} µs, p99 ${f(pct(floor, 0.99))} µs, throughput ${Math.round(messages.length / (floorTotal / 1000))} msg/s`);
console.log(`ratio classify/floor: median ${(pct(full, 0.5) / pct(floor, 0.5)).toFixed(1)}x, p99 ${(pct(full, 0.99) / pct(floor, 0.99)).toFixed(1)}x`);
console.log(`100 KB message: ${f(bigMs)} ms; 1 MB message: ${f(hugeMs)} ms`);
console.log(`cold start (parse data, build indexes, first message): ${f(coldMs)} ms`);
const bundle = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'chat.js');
if (existsSync(bundle)) console.log(`content script bundle (all lexicons, phrasebooks and weights): ${(statSync(bundle).size / 1024).toFixed(0)} KB`);
else console.log('content script bundle: run `npm run build` first to report its size');
const modelFile = join(ROOT, 'src', 'classifier', 'model', 'model.json');
console.log(`model weights file: ${(statSync(modelFile).size / 1024).toFixed(0)} KB`);
