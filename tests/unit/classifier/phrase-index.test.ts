import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/classifier/lexicon-schema';
import { buildLanguageIndex, matchLanguage, WordMemo, type CueMatch } from '../../../src/classifier/lexicon-index';
import { normalizeText } from '../../../src/classifier/normalize';
import { tokenize } from '../../../src/classifier/tokenize';

// A word that starts many phrases gets its phrases grouped by the second word; every kind of phrase
// (next word exact, next word a stem, a gap before the next word, a single word) must still match.
const filler = Array.from({ length: 12 }, (_, i) => ({ t: `no word${i}`, c: 'criticism', w: 1 }));
const lexicon = parseLexicon('test.json', {
  lang: 'es', detect: [], negators: [], intensifiers: [], allow: [],
  cues: [
    ...filler,
    { t: 'no pienso pagar', c: 'payment_dodging', w: 2 },
    { t: 'no pag*', c: 'payment_dodging', w: 1.5 },
    { t: 'no .. gratis', c: 'payment_dodging', w: 1.5 },
    { t: 'no idiota', c: 'aggression', w: 2 },
    { t: 'no', c: 'none', w: 0.5 },
  ],
});

function terms(text: string): string[] {
  const index = buildLanguageIndex(lexicon);
  const memo = new WordMemo();
  const norm = normalizeText(text);
  const tok = tokenize(norm.text);
  const out: CueMatch[] = [];
  matchLanguage(index, tok.tokens, tok.tokens.map((t) => memo.get(t.key)), memo, norm.text, tok.cjkRuns, { secondary: false, primaryDetect: null, fuzzyDeny: new Set() }, out);
  return out.map((m) => m.entry.term).sort();
}

describe('phrases grouped under a frequent first word', () => {
  it('finds exact, stem, gapped and single-word cues alike', () => {
    expect(terms('no pienso pagar nada')).toEqual(['no', 'no pienso pagar']);
    expect(terms('no pagaré')).toEqual(['no', 'no pag*']);
    expect(terms('no me lo das gratis')).toEqual(['no', 'no .. gratis']);
    expect(terms('no word7')).toEqual(['no', 'no word7']);
  });
  it('sees the second word through leetspeak', () => {
    expect(terms('no 1d10ta')).toContain('no idiota');
  });
});
