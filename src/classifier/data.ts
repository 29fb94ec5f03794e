/**
 * The built-in data: lexicons for every language and the trained model, bundled into the
 * extension and read by the CLI. Built-in lexicons are validated by the zod schema in the lint test
 * (tests/unit/classifier/lexicon.test.ts) and by a fast check of the same rules on first use here, so a
 * broken file fails loudly with its name, path and reason.
 */
import { Classifier } from './classifier';
import { checkLexicon, type Lexicon } from './lexicon-schema';
import { loadModel, modelFileSchema, type LinearModel } from './model';
import type { ClassifyOptions, ClassifyResult, Language } from './types';
import ar from './lexicon/ar.json';
import de from './lexicon/de.json';
import en from './lexicon/en.json';
import es from './lexicon/es.json';
import fr from './lexicon/fr.json';
import it from './lexicon/it.json';
import ja from './lexicon/ja.json';
import pl from './lexicon/pl.json';
import pt from './lexicon/pt.json';
import ru from './lexicon/ru.json';
import sr from './lexicon/sr.json';
import tr from './lexicon/tr.json';
import zh from './lexicon/zh.json';
import modelJson from './model/model.json';

export const LEXICON_FILES: Record<Language, unknown> = { ar, de, en, es, fr, it, ja, pl, pt, ru, sr, tr, zh };
export const MODEL_FILE: unknown = modelJson;

const checked = new Map<Language, Lexicon>();
let model: LinearModel | null | undefined;
let instance: Classifier | null = null;

function builtinLexicon(lang: Language): Lexicon {
  let lx = checked.get(lang);
  if (!lx) {
    lx = checkLexicon(`src/classifier/lexicon/${lang}.json`, LEXICON_FILES[lang]);
    checked.set(lang, lx);
  }
  return lx;
}

export function builtinLexicons(): Lexicon[] {
  return (Object.keys(LEXICON_FILES) as Language[]).map(builtinLexicon);
}

export function builtinModel(): LinearModel | null {
  if (model === undefined) {
    const parsed = modelFileSchema.safeParse(MODEL_FILE);
    // An untrained checkout (no model yet) still classifies with cues alone.
    model = parsed.success ? loadModel(parsed.data) : null;
  }
  return model;
}

/** The shared classifier with built-in data, created on first use. */
export function defaultClassifier(): Classifier {
  instance ??= new Classifier(builtinLexicons(), builtinModel());
  return instance;
}

/**
 * The shared classifier's start-up cost cut into short units (model, each lexicon's check, the
 * classifier, then each language's index in `order`, in slices), for a caller to run in idle time.
 */
export function* warmUpSteps(order: readonly Language[]): Generator<void, void, void> {
  builtinModel();
  yield;
  for (const lang of Object.keys(LEXICON_FILES) as Language[]) {
    builtinLexicon(lang);
    yield;
  }
  const classifier = defaultClassifier();
  yield;
  for (const lang of new Set(order)) {
    let slices = 0;
    // One slice of the build per step (warmUp stops after each slice when asked).
    while (!classifier.warmUp(lang, () => ++slices > 0)) {
      slices = 0;
      yield;
    }
    yield;
  }
}

const withExtras = new WeakMap<object, Classifier>();

/** Classify one message. Never throws on odd input; see ClassifyResult for the fields. */
export function classify(text: string, options: ClassifyOptions = {}): ClassifyResult {
  let classifier = defaultClassifier();
  if (options.extraCues && options.extraCues.length > 0) {
    let c = withExtras.get(options.extraCues);
    if (!c) {
      c = new Classifier(builtinLexicons(), builtinModel(), options.extraCues);
      withExtras.set(options.extraCues, c);
    }
    classifier = c;
  }
  return classifier.classify(text, options);
}
