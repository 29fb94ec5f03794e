import { describe, expect, it } from 'vitest';
import { classify, defaultClassifier } from '../../../src/classifier/data';
import { CATEGORIES } from '../../../src/classifier/types';

// Hand-written probes (not from the dev sets): behaviour the classifier must keep.
describe('classify', () => {
  it('returns the documented shape', () => {
    const r = classify('you are a useless idiot');
    expect(Object.keys(r).sort()).toEqual(['confidence', 'crisis', 'evidence', 'label', 'lang', 'scores']);
    expect(CATEGORIES).toContain(r.label);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const c of CATEGORIES) expect(typeof r.scores[c]).toBe('number');
  });
  it('flags insults and points evidence at the original text, obfuscated or not', () => {
    for (const text of ['you are such an idiot', 'you are such an 1d10t', 'what an i d i o t', 'ur a stuuupid b1tch']) {
      const r = classify(text);
      expect(r.label, text).toBe('aggression');
      expect(r.evidence.length, text).toBeGreaterThan(0);
      for (const e of r.evidence) expect(e.end).toBeGreaterThan(e.start);
    }
  });
  it('keeps harmless messages quiet', () => {
    for (const text of ['hi, can you help me change my delivery address?', 'thanks a lot, have a great day!', "I'll pay the invoice today"]) {
      expect(classify(text).label, text).toBe('none');
    }
  });
  it('detects languages per message without a setting', () => {
    expect(classify('¿Puedes ayudarme con mi pedido, por favor?').lang).toBe('es');
    expect(classify('Спасибо, всё работает').lang).toBe('ru');
    expect(classify('Хвала, све ради како треба').lang).toBe('sr');
    expect(classify('شكرا جزيلا على المساعدة').lang).toBe('ar');
    expect(classify('ありがとうございます、助かりました').lang).toBe('ja');
    expect(classify('谢谢你的帮助').lang).toBe('zh');
    expect(classify('Teşekkürler, sorun çözüldü').lang).toBe('tr');
    expect(classify('Vielen Dank für die schnelle Hilfe').lang).toBe('de');
  });
  it('marks crisis disclosures, including indirect ones', () => {
    const r = classify("honestly I don't want to be alive anymore");
    expect(r.crisis).toBe(true);
    expect(r.label).toBe('oversharing');
  });
  it('is deterministic and never throws on odd input', () => {
    const odd = ['', '   ', '😀😀😀', '\ud800\udc00\ud800', '\u202e\u200f', 'a'.repeat(100_000), '\u0301\u0301\u0301'];
    for (const text of odd) {
      const a = classify(text);
      const b = classify(text);
      expect(a).toEqual(b);
    }
  });
  it('never turns an ordinary complaint into a cry for help', () => {
    for (const text of ['this is a bit slow today', 'the app is slow again', 'still waiting for my order', 'this stream is kinda boring today', 'es un poco lento hoy']) {
      expect(classify(text).crisis, text).toBe(false);
    }
  });
  it('honours the sensitivity threshold', () => {
    const text = 'this is a bit slow today';
    const strict = classify(text, { threshold: 0.99 });
    expect(strict.label).toBe('none');
  });
  it('uses user keywords', () => {
    const extraCues = [{ lang: 'en' as const, category: 'payment_dodging' as const, term: 'zorblax coins' }];
    expect(classify('can I pay you in zorblax coins instead', { extraCues }).evidence.some((e) => e.term === 'zorblax coins')).toBe(true);
  });
  it('builds its index once', () => {
    expect(defaultClassifier()).toBe(defaultClassifier());
  });
});
