import { describe, expect, it } from 'vitest';
import { Classifier } from '../../../src/classifier/classifier';
import { builtinLexicons, builtinModel, warmUpSteps } from '../../../src/classifier/data';
import { buildLanguageIndex } from '../../../src/classifier/lexicon-index';
import { LANGUAGES } from '../../../src/classifier/types';

const PROBES = ['you are such an idiot', 'pague depois, prometo', 'ты просто тупой', 'お金は後で払うから先にやって', 'thanks, all good'];

// The content script warms the classifier up in slices during idle time; the result must be the
// same classifier, whatever the slicing.
describe('warm-up in slices', () => {
  it('builds the same index as a one-shot build', () => {
    const lexicons = builtinLexicons();
    const sliced = new Classifier(lexicons, builtinModel());
    for (const lang of LANGUAGES) {
      let slices = 0;
      while (!sliced.warmUp(lang, () => true)) slices++;
      const oneShot = buildLanguageIndex(lexicons.find((l) => l.lang === lang)!);
      const index = sliced.indexFor(lang)!;
      expect(index.cueCount, lang).toBe(oneShot.cueCount);
      expect([...index.exact.keys()].sort(), lang).toEqual([...oneShot.exact.keys()].sort());
      expect(slices, lang).toBeGreaterThan(1);
    }
    const whole = new Classifier(lexicons, builtinModel());
    for (const text of PROBES) expect(sliced.classify(text), text).toEqual(whole.classify(text));
  });

  it('a classification in the middle of a warm-up finishes that build and stays correct', () => {
    const lexicons = builtinLexicons();
    const c = new Classifier(lexicons, builtinModel());
    expect(c.warmUp('en', () => true)).toBe(false);
    const whole = new Classifier(lexicons, builtinModel());
    expect(c.classify(PROBES[0]!)).toEqual(whole.classify(PROBES[0]!));
    expect(c.warmUp('en', () => true)).toBe(true);
  });

  it('warmUpSteps walks the whole start-up in many short units', () => {
    let units = 0;
    for (const _ of warmUpSteps(['en', 'ja'])) units++;
    expect(units).toBeGreaterThan(20);
  });
});
