/** 32-bit FNV-1a over UTF-16 units: stable across Node and browsers, so trained weights line up. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a of a three-unit string, without building the string. */
export function trigramHash(c0: number, c1: number, c2: number): number {
  let h = 0x811c9dc5;
  h ^= c0;
  h = Math.imul(h, 0x01000193);
  h ^= c1;
  h = Math.imul(h, 0x01000193);
  h ^= c2;
  h = Math.imul(h, 0x01000193);
  return h >>> 0;
}

/** fnv1a of prefix + s, continuing from the prefix's state (no concatenation). */
export function fnv1aSeeded(seed: number, s: string, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The internal state after hashing `prefix`, to continue with fnv1aSeeded. */
export function fnv1aState(prefix: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) {
    h ^= prefix.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
