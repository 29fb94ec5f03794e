/**
 * Bundles each editor page entry (tests/e2e/editors/<editor>.ts) with esbuild into
 * tests/e2e/editors/dist/<editor>.js. Used by tests/e2e/editors.spec.ts (beforeAll) and runnable
 * by hand: `npx tsx tests/e2e/editors/build.ts`.
 */
import { build } from 'esbuild';
import { existsSync, statSync, readdirSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EDITORS_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(EDITORS_DIR, 'dist');
export const ENTRIES = ['lexical', 'prosemirror', 'tiptap', 'draftjs', 'slate', 'quill', 'ckeditor5', 'contenteditable', 'shadow', 'react-textarea'] as const;
export type EditorName = (typeof ENTRIES)[number];

function newestSource(): number {
  const own = readdirSync(EDITORS_DIR).filter((f) => f.endsWith('.ts')).map((f) => statSync(join(EDITORS_DIR, f)).mtimeMs);
  const lock = join(EDITORS_DIR, '..', '..', '..', 'package-lock.json');
  return Math.max(...own, existsSync(lock) ? statSync(lock).mtimeMs : 0);
}

/** Build every bundle (skipped when all bundles are newer than the sources, unless forced). */
export async function buildEditors(force = false): Promise<void> {
  const outputs = ENTRIES.map((e) => join(DIST_DIR, `${e}.js`));
  if (!force && outputs.every(existsSync)) {
    const oldest = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
    if (oldest > newestSource()) return;
  }
  const result = await build({
    entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(EDITORS_DIR, `${e}.ts`)])),
    outdir: DIST_DIR,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // React, Draft.js (fbjs) and others read process.env.NODE_ENV / global.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    absWorkingDir: resolve(EDITORS_DIR, '..', '..', '..'),
    write: false,
  });
  // Several Playwright workers may build at once: write to a temp file, then rename (atomic).
  mkdirSync(DIST_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildEditors(true).then(
    () => console.log(`built ${ENTRIES.length} editor pages into ${DIST_DIR}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
