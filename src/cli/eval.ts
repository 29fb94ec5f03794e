/**
 * `npm run eval -- FILE.jsonl...` : per-category F1, per-language macro-F1, false alarms on none,
 * crisis recall, confusion matrix, accuracy per tag — for cues alone and for cues + model.
 * `npm run eval -- --cv [--folds 5]` : k-fold cross-validation on the training corpus.
 * `npm run eval -- --newest N` : train on the corpus without each language's newest N lines and test
 * on them — the newest lines come from a later writing round, so this measures how the model carries
 * to new writers (a proxy for held-out sets, without looking at them).
 * `--lenient` also counts a prediction listed in an item's `also` as correct.
 */
import { basename } from 'node:path';
import { builtinLexicons, defaultClassifier } from '../classifier/data';
import { Classifier } from '../classifier/classifier';
import { evaluate, formatReport, type Prediction } from '../classifier/metrics';
import { train, shuffled, type Labeled } from '../classifier/training';
import { loadModel } from '../classifier/model';
import { loadCorpus, loadJsonl } from './corpus';

const argv = process.argv.slice(2);
const lenient = argv.includes('--lenient');
const folds = Number(argv[argv.indexOf('--folds') + 1]) || 5;
const newest = argv.includes('--newest') ? Number(argv[argv.indexOf('--newest') + 1]) : 0;
const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--folds' && argv[i - 1] !== '--newest');

/** Per language, the last `n` lines of its corpus file (the newest writing round). */
function splitNewest(rows: Labeled[], n: number): { older: Labeled[]; newer: Labeled[] } {
  const byLang = new Map<string, Labeled[]>();
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  const older: Labeled[] = [];
  const newer: Labeled[] = [];
  for (const list of byLang.values()) {
    older.push(...list.slice(0, Math.max(0, list.length - n)));
    newer.push(...list.slice(Math.max(0, list.length - n)));
  }
  return { older, newer };
}

function predictAll(classifier: Classifier, rows: Labeled[], mode: 'full' | 'cues'): Prediction[] {
  return rows.map((r) => {
    const res = classifier.classify(r.text, { context: r.context, mode });
    return { label: res.label, crisis: res.crisis, lang: res.lang };
  });
}

if (newest > 0) {
  const { older, newer } = splitNewest(loadCorpus(), newest);
  const lexicons = builtinLexicons();
  const classifier = new Classifier(lexicons, loadModel(train(older, lexicons, { tuneThreshold: true })));
  console.log(formatReport(`newest ${newest} lines per language, cues alone (trained on the ${older.length} older lines)`, evaluate(newer, predictAll(classifier, newer, 'cues'), lenient)));
  console.log();
  console.log(formatReport(`newest ${newest} lines per language, cues + model`, evaluate(newer, predictAll(classifier, newer, 'full'), lenient)));
} else if (argv.includes('--cv')) {
  const rows = shuffled(loadCorpus(), 99);
  const lexicons = builtinLexicons();
  const full: Prediction[] = new Array(rows.length);
  const cues: Prediction[] = new Array(rows.length);
  for (let f = 0; f < folds; f++) {
    const trainRows = rows.filter((_, i) => i % folds !== f);
    const model = loadModel(train(trainRows, lexicons, { tuneThreshold: true }));
    const classifier = new Classifier(lexicons, model);
    rows.forEach((r, i) => {
      if (i % folds !== f) return;
      const a = classifier.classify(r.text, { context: r.context });
      const b = classifier.classify(r.text, { context: r.context, mode: 'cues' });
      full[i] = { label: a.label, crisis: a.crisis };
      cues[i] = { label: b.label, crisis: b.crisis };
    });
    process.stderr.write(`fold ${f + 1}/${folds} done\n`);
  }
  console.log(formatReport(`cues alone, ${folds}-fold CV on the corpus`, evaluate(rows, cues, lenient)));
  console.log();
  console.log(formatReport(`cues + model, ${folds}-fold CV on the corpus`, evaluate(rows, full, lenient)));
} else {
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.jsonl... [--lenient]   |   npm run eval -- --cv [--folds 5]');
    process.exit(2);
  }
  const classifier = defaultClassifier();
  const all: Labeled[] = [];
  const allCues: Prediction[] = [];
  const allFull: Prediction[] = [];
  for (const file of files) {
    const rows = loadJsonl(file);
    const cues = predictAll(classifier, rows, 'cues');
    const full = predictAll(classifier, rows, 'full');
    all.push(...rows);
    allCues.push(...cues);
    allFull.push(...full);
    if (files.length > 1) {
      console.log(formatReport(`${basename(file)}, cues + model`, evaluate(rows, full, lenient)));
      console.log();
    }
  }
  const name = files.map((f) => basename(f)).join(' + ');
  console.log(formatReport(`${name}, cues alone`, evaluate(all, allCues, lenient)));
  console.log();
  console.log(formatReport(`${name}, cues + model`, evaluate(all, allFull, lenient)));
}
