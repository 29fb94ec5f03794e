import { describe, expect, it } from 'vitest';
import { LEXICON_FILES } from '../../../src/classifier/data';
import { lexiconSchema, parseLexicon } from '../../../src/classifier/lexicon-schema';
import { LANGUAGES } from '../../../src/classifier/types';
import { normalizeKey } from '../../../src/classifier/normalize';
import { buildLanguageIndex } from '../../../src/classifier/lexicon-index';

describe('cue lexicons (lint)', () => {
  it('exist for every language and pass the schema', () => {
    for (const lang of LANGUAGES) {
      const lx = parseLexicon(`${lang}.json`, LEXICON_FILES[lang]);
      expect(lx.lang).toBe(lang);
      expect(lx.cues.length).toBeGreaterThan(100);
    }
  });
  for (const lang of LANGUAGES) {
    it(`${lang}: no duplicate cues, no empty cells, no cue on the allow list, every category covered`, () => {
      const lx = lexiconSchema.parse(LEXICON_FILES[lang]);
      const seen = new Map<string, number>();
      lx.cues.forEach((c, i) => {
        const key = normalizeKey(c.t);
        expect(seen.has(key), `duplicate cue "${c.t}" at cues.${i} (first at cues.${seen.get(key)})`).toBe(false);
        seen.set(key, i);
      });
      const allow = new Set(lx.allow.map((a) => normalizeKey(a).replace(/'/g, '')));
      for (const c of lx.cues) {
        const bare = normalizeKey(c.t).replace(/\*$/, '').replace(/'/g, '');
        expect(allow.has(bare), `cue "${c.t}" is on the allow list`).toBe(false);
      }
      for (const cat of ['oversharing', 'aggression', 'criticism', 'payment_dodging'] as const) {
        expect(lx.cues.filter((c) => c.c === cat).length, `${lang} ${cat}`).toBeGreaterThan(30);
      }
      expect(lx.cues.some((c) => c.crisis), `${lang} has crisis cues`).toBe(true);
      expect(buildLanguageIndex(lx).cueCount).toBe(lx.cues.length);
    });
  }
  it('rejects a bad file with its name, path and reason', () => {
    expect(() => parseLexicon('broken.json', { lang: 'en', detect: [], negators: [], intensifiers: [], allow: [], cues: [{ t: ' x', c: 'aggression', w: 1 }] }))
      .toThrow(/broken\.json: cues\.0\.t: /);
    expect(() => parseLexicon('broken.json', { lang: 'en', detect: [], negators: [], intensifiers: [], allow: [], cues: [{ t: 'x', c: 'rude', w: 1 }] }))
      .toThrow(/broken\.json: cues\.0\.c/);
  });
});

describe('fast start-up check of built-in lexicons', () => {
  it('accepts what the zod schema accepts and rejects the same broken cues, naming file, path and reason', async () => {
    const { checkLexicon } = await import('../../../src/classifier/lexicon-schema');
    for (const lang of LANGUAGES) expect(() => checkLexicon(lang, LEXICON_FILES[lang])).not.toThrow();
    const base = { lang: 'en', detect: [], negators: [], intensifiers: [], allow: [] };
    expect(() => checkLexicon('x.json', { ...base, cues: [{ t: ' x', c: 'aggression', w: 1 }] })).toThrow(/^x\.json: cues\.0\.t: /);
    expect(() => checkLexicon('x.json', { ...base, cues: [{ t: 'x', c: 'rude', w: 1 }] })).toThrow(/^x\.json: cues\.0\.c: unknown category/);
    expect(() => checkLexicon('x.json', { ...base, cues: [{ t: 'x', c: 'none', w: 9 }] })).toThrow(/^x\.json: cues\.0\.w: /);
    expect(() => checkLexicon('x.json', { ...base, detect: [''], cues: [{ t: 'x', c: 'none', w: 1 }] })).toThrow(/^x\.json: detect\.0: /);
  });
});
