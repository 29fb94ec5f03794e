import { describe, expect, it } from 'vitest';
import { normalizeText, serbianLatinView, serbianLatinToCyrillic, toOriginalSpan } from '../../../src/classifier/normalize';
import { tokenize } from '../../../src/classifier/tokenize';

const norm = (s: string) => normalizeText(s).text;
const keys = (s: string) => tokenize(norm(s)).tokens.map((t) => [t.key, ...(t.alts ?? [])]);

describe('normalizeText', () => {
  it('applies NFKC (fullwidth and mathematical letters, ligatures)', () => {
    expect(norm('ｆｕｃｋ')).toBe('fuck');
    expect(norm('𝐟𝐮𝐜𝐤')).toBe('fuck');
    expect(norm('ﬁne')).toBe('fine');
  });
  it('folds case with Turkish dotted and dotless i to one key', () => {
    expect(norm('İSTANBUL')).toBe('istanbul');
    expect(norm('ıslak')).toBe('islak');
    expect(norm('IŞIK')).toBe('isik');
  });
  it('removes Latin diacritics but keeps Cyrillic й', () => {
    expect(norm('Açúcar Ñandú Straße łódź')).toBe('acucar nandu strasse lodz');
    expect(norm('йогурт Ёлка')).toBe('йогурт елка');
  });
  it('drops zero-width and format characters', () => {
    expect(norm('a\u200dss\u200bhole')).toBe('asshole');
    expect(norm('\u202eidiot\u202c')).toBe('idiot');
  });
  it('drops Arabic tashkeel and tatweel, unifies letter variants, converts Arabic-Indic digits', () => {
    expect(norm('مُـــحَمَّد')).toBe('محمد');
    expect(norm('أحمد إلى آخر مدرسة')).toBe('احمد الي اخر مدرسه');
    expect(norm('٣٤٥')).toBe('345');
  });
  it('composes half-width katakana with voicing marks', () => {
    expect(norm('ﾊﾞｶ')).toBe('バカ');
  });
  it('maps every normalized unit back to the original text', () => {
    const original = 'Ｈｉ  ﬁne İdiot';
    const n = normalizeText(original);
    const at = n.text.indexOf('idiot');
    const span = toOriginalSpan(n, at, at + 5);
    expect(original.slice(span.start, span.end)).toBe('İdiot');
  });
  it('never throws on lone surrogates and control characters', () => {
    expect(() => normalizeText('\ud800abc\udfff\u0000\u0007')).not.toThrow();
  });
});

describe('tokenize: obfuscation', () => {
  it('decodes leetspeak and masks', () => {
    expect(keys('1d10t').flat()).toContain('idiot');
    expect(keys('b1tch').flat()).toContain('bitch');
    const masked = tokenize(norm('f*ck')).tokens[0]!;
    expect(masked.mask).toBe('f\0ck');
    expect(tokenize(norm('с*ка')).tokens[0]!.mask).toBe('с\0ка');
  });
  it('joins spaced and dotted letters', () => {
    expect(keys('i d i o t').flat()).toContain('idiot');
    expect(keys('p.u.t.a').flat()).toContain('puta');
  });
  it('squeezes stretched letters', () => {
    expect(keys('stuuuupid').flat()).toContain('stupid');
  });
  it('unifies Latin/Cyrillic lookalikes inside mixed-script words', () => {
    expect(keys('cyка').flat()).toContain('сука');
    expect(keys('idіot').flat()).toContain('idiot');
  });
  it('splits French elision and keeps English contractions', () => {
    expect(keys("l'idiot").flat()).toContain('idiot');
    expect(keys("don't")[0]![0]).toBe('dont');
  });
  it('leaves CJK runs for substring matching', () => {
    const t = tokenize(norm('你是傻逼 ok'));
    expect(t.cjkRuns).toHaveLength(1);
    expect(t.tokens.map((x) => x.key)).toEqual(['ok']);
  });
  it('keeps plain numbers as numbers', () => {
    const t = tokenize(norm('order 12345'));
    expect(t.tokens[1]!.numeric).toBe(true);
    expect(t.tokens[1]!.alts).toBeNull();
  });
});

describe('Serbian scripts', () => {
  it('matches Cyrillic through a Latin view with offsets into the original', () => {
    const original = 'Ти си глуп';
    const view = serbianLatinView(normalizeText(original));
    expect(view.text).toBe('ti si glup');
    const at = view.text.indexOf('glup');
    expect(original.slice(view.starts[at]!, view.ends[at + 3]!)).toBe('глуп');
  });
  it('transliterates Latin replies to Cyrillic, digraphs included, variables untouched', () => {
    expect(serbianLatinToCyrillic('Ljubazno, {client}: džep i njiva')).toBe('Љубазно, {client}: џеп и њива');
  });
});
