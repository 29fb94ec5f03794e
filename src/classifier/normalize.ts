/**
 * Text normalization for matching. Produces a folded string plus, for every UTF-16 unit of it,
 * the span of the original text it came from, so evidence can be highlighted where the user sees it.
 *
 * Folding is per code point and cached: NFKC (fullwidth, mathematical letters, ligatures), drop
 * format characters (zero-width joiners, bidi marks) and combining marks, lower case with Turkish
 * dotted/dotless i folded to i, Latin diacritics removed, Cyrillic ё→е, Greek tonos removed,
 * Arabic letter variants unified and tashkeel/tatweel dropped, Arabic-Indic digits to ASCII.
 */

export interface NormalizedText {
  /** Folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source code point starts in the original. */
  starts: Int32Array<ArrayBufferLike>;
  /** ... and where it ends. */
  ends: Int32Array<ArrayBufferLike>;
}

/** Latin letters whose fold is not just "drop the combining marks". */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'dj', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't',
};

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي', 'ھ': 'ه',
};

const DROP = ''; // marker for code points that vanish
const foldCache = new Map<number, string>();

const FORMAT_OR_MARK = /^[\p{Cf}\p{M}\p{Cc}]$/u;
const ARABIC_DIACRITIC = /^[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]$/u;

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp);
  // Whitespace-like controls become spaces so words stay apart.
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return ' ';
  if (ARABIC_DIACRITIC.test(ch)) return DROP;
  if (FORMAT_OR_MARK.test(ch)) return DROP;
  if (cp === 0x130 || cp === 0x49) return 'i'; // İ and I: Turkish and default lower-casing agree on the key "i"
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    const lower = c.toLowerCase();
    for (const l of lower) out += foldLowerChar(l);
  }
  return out;
}

function foldLowerChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x80) return c;
  if (FORMAT_OR_MARK.test(c)) return DROP;
  const special = LATIN_SPECIAL[c];
  if (special !== undefined) return special;
  // Latin-1 Supplement .. Latin Extended Additional: strip diacritics.
  if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) {
    const base = c.normalize('NFD').replace(/\p{M}/gu, '');
    return base || c;
  }
  // Greek: drop tonos/dialytika, final sigma to sigma.
  if (cp >= 0x370 && cp <= 0x3ff) {
    if (c === 'ς') return 'σ';
    return c.normalize('NFD').replace(/\p{M}/gu, '') || c;
  }
  // Cyrillic: ё→е is how people type it anyway; keep й (a letter of its own, not и + mark).
  if (c === 'ё') return 'е';
  const arabic = ARABIC_FOLD[c];
  if (arabic !== undefined) return arabic;
  // Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
  if (cp >= 0x660 && cp <= 0x669) return String.fromCharCode(48 + cp - 0x660);
  if (cp >= 0x6f0 && cp <= 0x6f9) return String.fromCharCode(48 + cp - 0x6f0);
  // Typographic apostrophes and quotes fold to ASCII so "don’t" and "don't" agree.
  if (c === '\u2019' || c === '\u2018' || c === '\u02bc' || c === '\u00b4' || c === '`') return "'";
  return c;
}

export function foldCodePoint(cp: number): string {
  let f = foldCache.get(cp);
  if (f === undefined) {
    f = computeFold(cp);
    foldCache.set(cp, f);
  }
  return f;
}

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Normalize text for matching. Lone surrogates become spaces; never throws. */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  if (n < 2000 && PLAIN_ASCII.test(original)) {
    // Printable ASCII (most English chat): lower-casing keeps every offset.
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: original.toLowerCase(), starts, ends };
  }
  let out = '';
  // Output can grow (ß→ss); reserve generously and trim at the end.
  let starts: Int32Array<ArrayBufferLike> = new Int32Array(n + 16);
  let ends: Int32Array<ArrayBufferLike> = new Int32Array(n + 16);
  let len = 0;
  for (let i = 0; i < n; ) {
    const unit = original.charCodeAt(i);
    // Fast path for ASCII: lower-case inline.
    if (unit < 0x80) {
      let c: string;
      if (unit >= 65 && unit <= 90) c = String.fromCharCode(unit + 32);
      else if (unit === 9 || unit === 10 || unit === 13) c = ' ';
      else if (unit < 32 || unit === 127) { i++; continue; }
      else if (unit === 96) c = "'";
      else c = original[i]!;
      if (len + 1 >= starts.length) ({ starts, ends } = grow(starts, ends));
      out += c;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let cp = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const next = original.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let folded: string;
    if (cp >= 0xd800 && cp <= 0xdfff) folded = ' '; // lone surrogate
    else if (cp >= 0xff66 && cp <= 0xff9d && i + 1 < n && (original.charCodeAt(i + 1) === 0xff9e || original.charCodeAt(i + 1) === 0xff9f)) {
      // Half-width katakana with a separate voicing mark (ﾊﾞｶ): compose the pair, as NFKC on the whole text would.
      folded = original.slice(i, i + 2).normalize('NFKC');
      width = 2;
    } else folded = foldCodePoint(cp);
    if (folded.length > 0) {
      if (len + folded.length >= starts.length) ({ starts, ends } = grow(starts, ends, folded.length));
      out += folded;
      for (let k = 0; k < folded.length; k++) {
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  return { text: out, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

function grow(starts: Int32Array<ArrayBufferLike>, ends: Int32Array<ArrayBufferLike>, extra = 1): { starts: Int32Array<ArrayBufferLike>; ends: Int32Array<ArrayBufferLike> } {
  const size = Math.max(starts.length * 2, starts.length + extra + 16);
  const s = new Int32Array(size);
  s.set(starts);
  const e = new Int32Array(size);
  e.set(ends);
  return { starts: s, ends: e };
}

/** Normalize a lexicon term or other key the same way as message text (no offsets kept). */
export function normalizeKey(term: string): string {
  let out = '';
  const n = term.length;
  for (let i = 0; i < n; ) {
    const unit = term.charCodeAt(i);
    if (unit < 0x80) {
      if (unit >= 65 && unit <= 90) out += String.fromCharCode(unit + 32);
      else if (unit === 9 || unit === 10 || unit === 13) out += ' ';
      else if (unit === 96) out += "'";
      else if (unit >= 32 && unit !== 127) out += term[i];
      i++;
      continue;
    }
    const cp = term.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0xff66 && cp <= 0xff9d && i + 1 < n && (term.charCodeAt(i + 1) === 0xff9e || term.charCodeAt(i + 1) === 0xff9f)) {
      out += term.slice(i, i + 2).normalize('NFKC');
      i += 2;
      continue;
    }
    out += cp >= 0xd800 && cp <= 0xdfff ? ' ' : foldCodePoint(cp);
    i += width;
  }
  return out;
}

/** Map a span of the normalized text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s]!, end: norm.ends[e]! };
}

// ---------------------------------------------------------------------------------------------
// Serbian: Cyrillic to Latin, then the informal fold (č/ć→c, š→s, ž→z, đ→dj) that normalizeText
// already applies to Latin. Applied to the folded text, so it maps one unit to one or two units.
const SR_CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c',
  џ: 'dz', ш: 's',
  // Letters Serbian lacks, transliterated loosely so mixed Russian-Serbian text still reads.
  й: 'j', ы: 'i', э: 'e', ю: 'ju', я: 'ja', щ: 's', ъ: '', ь: '',
};

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Serbian view of normalized text: Cyrillic transliterated to folded Latin, offsets kept. */
export function serbianLatinView(norm: NormalizedText): NormalizedText {
  if (!hasCyrillic(norm.text)) return norm;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < norm.text.length; i++) {
    const c = norm.text[i]!;
    const t = SR_CYR_TO_LAT[c];
    const piece = t === undefined ? c : t;
    for (let k = 0; k < piece.length; k++) {
      out += piece[k];
      starts.push(norm.starts[i]!);
      ends.push(norm.ends[i]!);
    }
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Serbian Latin → Cyrillic, for showing Latin-written replies to a client who writes Cyrillic. */
export function serbianLatinToCyrillic(text: string): string {
  const pairs: [string, string][] = [
    ['lj', 'љ'], ['nj', 'њ'], ['dž', 'џ'], ['Lj', 'Љ'], ['LJ', 'Љ'], ['Nj', 'Њ'], ['NJ', 'Њ'], ['Dž', 'Џ'], ['DŽ', 'Џ'],
  ];
  const single: Record<string, string> = {
    a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', đ: 'ђ', e: 'е', ž: 'ж', z: 'з', i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м',
    n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', ć: 'ћ', u: 'у', f: 'ф', h: 'х', c: 'ц', č: 'ч', š: 'ш',
  };
  let out = '';
  let i = 0;
  // Variables and URLs stay Latin.
  while (i < text.length) {
    if (text[i] === '{') {
      const close = text.indexOf('}', i);
      if (close > i) {
        out += text.slice(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (text.startsWith('http', i)) {
      const m = /^\S+/.exec(text.slice(i))!;
      out += m[0];
      i += m[0].length;
      continue;
    }
    const two = text.slice(i, i + 2);
    const pair = pairs.find(([lat]) => lat === two);
    if (pair) {
      out += pair[1];
      i += 2;
      continue;
    }
    const c = text[i]!;
    const lower = c.toLowerCase();
    const mapped = single[lower];
    if (mapped === undefined) out += c;
    else out += c === lower ? mapped : mapped.toUpperCase();
    i++;
  }
  return out;
}
