/** Node-side loading of the training corpus and evaluation files. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonl, type Labeled } from '../classifier/training';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(ROOT, 'src', 'classifier', 'corpus');

export function loadJsonl(file: string): Labeled[] {
  return parseJsonl(file, readFileSync(file, 'utf8'));
}

export function loadCorpus(): Labeled[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => loadJsonl(join(CORPUS_DIR, f)));
}
