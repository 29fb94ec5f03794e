/**
 * `npm run train`: trains the learned layer on src/classifier/corpus/*.jsonl with the built-in
 * lexicons and writes src/classifier/model/model.json (deterministic: same data, same bytes).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinLexicons } from '../classifier/data';
import { train } from '../classifier/training';
import { loadCorpus, ROOT } from './corpus';

const started = performance.now();
const rows = loadCorpus();
const model = train(rows, builtinLexicons(), { tuneThreshold: true });
const out = join(ROOT, 'src', 'classifier', 'model', 'model.json');
const json = JSON.stringify(model);
writeFileSync(out, json + '\n');
console.log(`trained on ${rows.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`threshold ${model.threshold}, crisis threshold ${model.crisisThreshold}, fuzzy deny ${model.fuzzyDeny.length} words`);
console.log(`wrote ${out} (${(json.length / 1024).toFixed(0)} KB)`);
