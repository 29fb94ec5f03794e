import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/data';
import { rng } from '../../../src/classifier/training';

// Property tests on random Unicode: never throws, deterministic, spans inside the text.
const POOLS = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x6ff], [0x200b, 0x200f],
  [0x202a, 0x202e], [0x2066, 0x2069], [0x3040, 0x30ff], [0x4e00, 0x4fff], [0xd800, 0xdfff], [0xfe00, 0xfe0f],
  [0xff00, 0xffef], [0x1f300, 0x1f6ff], [0x1d400, 0x1d4ff],
] as const;

function randomText(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    const [lo, hi] = POOLS[Math.floor(r() * POOLS.length)]!;
    const cp = lo + Math.floor(r() * (hi - lo + 1));
    // Lone surrogates are produced on purpose (the 0xd800-0xdfff pool).
    s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    if (r() < 0.15) s += ' ';
  }
  return s;
}

describe('classifier robustness', () => {
  it('never throws and is deterministic on 3,000 random Unicode strings', () => {
    const r = rng(1234);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(r, 1 + Math.floor(r() * 200));
      const a = classify(text);
      const b = classify(text);
      expect(a).toEqual(b);
      for (const e of a.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
      const total = Object.values(a.scores).reduce((x, y) => x + y, 0);
      expect(total).toBeGreaterThan(0.98);
      expect(total).toBeLessThan(1.02);
    }
  });
  it('handles 1 MB strings (random and repetitive) and finds evidence in the tail of long text', () => {
    const r = rng(99);
    const big = randomText(r, 1_000_000);
    expect(() => classify(big)).not.toThrow();
    const long = 'I would like to ask about my order. '.repeat(3000) + 'you are a useless idiot';
    const res = classify(long);
    const ev = res.evidence.find((e) => long.slice(e.start, e.end).toLowerCase().includes('idiot'));
    expect(ev).toBeDefined();
  });
  it('combining marks, RTL marks and zero-width joiners do not hide insults', () => {
    for (const text of ['you are an i\u0301diot', 'you are an \u202eidiot\u202c', 'you are an id\u200Diot', 'you are an ｉｄｉｏｔ']) {
      expect(classify(text).label, JSON.stringify(text)).toBe('aggression');
    }
  });
});
