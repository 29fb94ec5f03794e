import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// The core runs unchanged in Node (CLI, tests, benchmarks) and in the extension: no browser imports.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PURE = ['src/classifier', 'src/phrasebook'];
const FORBIDDEN = [/from ['"]wxt/, /from ['"]#imports/, /from ['"]preact/, /\bbrowser\./, /\bchrome\./, /\bdocument\./, /\bwindow\./, /from ['"]\.\.\/(chat|ui|adapters|messaging|settings\/items)/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('pure core', () => {
  for (const dir of PURE) {
    it(`${dir} imports nothing from the browser or the DOM`, () => {
      for (const file of files(join(ROOT, dir))) {
        const src = readFileSync(file, 'utf8');
        for (const re of FORBIDDEN) expect(re.test(src), `${file} matches ${re}`).toBe(false);
      }
    });
  }
});
