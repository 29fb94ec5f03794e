/**
 * Splits normalized text into word tokens, seeing through the usual disguises:
 * leetspeak (`1d10t`, `b1tch`, `@ss`), masks (`f*ck`, `с*ка`), stretched letters (`stuuupid`),
 * spaced or dotted letters (`i d i o t`, `p.u.t.a`), elided articles (`l'idiot`) and Latin/Cyrillic
 * lookalikes mixed inside one word (`cyка`). CJK runs are left to substring matching.
 */

export interface Token {
  /** Primary lookup key. */
  key: string;
  /** Alternative keys (leet-decoded, squeezed, elision-stripped, homoglyph-unified, clitic-stripped). */
  alts: string[] | null;
  /** Masked token (`f*ck`): pattern with `\0` for each hidden letter. */
  mask: string | null;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  /** True when the token is only digits (never decoded as leet). */
  numeric: boolean;
}

const enum CharKind {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Mask = 3, // * # @ $ ! | inside words
  Apostrophe = 4,
  Cjk = 5,
}

const kindCache = new Map<number, CharKind>();
const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

function kindOf(code: number, text: string, at: number): CharKind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return CharKind.Letter;
    if (code >= 48 && code <= 57) return CharKind.Digit;
    if (code === 42 || code === 35 || code === 64 || code === 36 || code === 33 || code === 124) return CharKind.Mask;
    if (code === 39) return CharKind.Apostrophe;
    return CharKind.Other;
  }
  let k = kindCache.get(code);
  if (k === undefined) {
    const ch = text[at]!;
    if (CJK.test(ch)) k = CharKind.Cjk;
    else if (LETTER.test(ch)) k = CharKind.Letter;
    else if (/\p{N}/u.test(ch)) k = CharKind.Digit;
    else k = CharKind.Other;
    kindCache.set(code, k);
  }
  return k;
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i',
};

// Latin ↔ Cyrillic lookalikes, used only inside tokens that mix the two scripts.
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', b: 'в', e: 'е', k: 'к', m: 'м', h: 'н', o: 'о', p: 'р', c: 'с', t: 'т', y: 'у', x: 'х', i: 'і', '3': 'з', '6': 'б', '0': 'о', '4': 'ч',
};
const GREEK_TO_LAT: Record<string, string> = {
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', σ: 'o',
};


/** Collapse runs of 3+ identical characters to one (and report whether any existed). */
function squeeze(s: string, keep: 1 | 2): string | null {
  let out = '';
  let changed = false;
  let run = 1;
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && s[i] === s[i - 1]) {
      run++;
      if (run > keep) {
        changed = true;
        continue;
      }
    } else run = 1;
    out += s[i];
  }
  return changed ? out : null;
}

function hasLongRun(s: string): boolean {
  for (let i = 2; i < s.length; i++) if (s[i] === s[i - 1] && s[i] === s[i - 2]) return true;
  return false;
}

const ARABIC_CLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب'];

function addAlt(alts: string[], key: string, candidate: string | null): void {
  if (candidate && candidate !== key && candidate.length > 0 && !alts.includes(candidate)) alts.push(candidate);
}

function buildToken(raw: string, start: number, end: number): Token {
  let hasLetter = false;
  let hasDigit = false;
  let hasMask = false;
  let hasApos = false;
  let hasLat = false;
  let hasCyr = false;
  let hasGreek = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) hasDigit = true;
    else if (code === 39) hasApos = true;
    else if (code === 42 || code === 35 || code === 64 || code === 36 || code === 33 || code === 124) hasMask = true;
    else {
      hasLetter = true;
      if ((code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) hasLat = true;
      else if (code >= 0x400 && code <= 0x4ff) hasCyr = true;
      else if (code >= 0x370 && code <= 0x3ff) hasGreek = true;
    }
  }
  const numeric = !hasLetter && !hasMask;
  let key = hasApos ? raw.replace(/'/g, '') : raw;
  const alts: string[] = [];
  let mask: string | null = null;

  if (hasApos) {
    const parts = raw.split("'").filter((p) => p.length > 0);
    if (parts.length >= 2) {
      // French/Italian elision (l'idiot, dell'app) and English clitics (you're).
      if (parts[0]!.length <= 4) addAlt(alts, key, parts.slice(1).join(''));
      if (parts[parts.length - 1]!.length <= 3) addAlt(alts, key, parts.slice(0, -1).join(''));
    }
  }
  if (hasLetter && (hasDigit || hasMask)) {
    // Hidden letters (`f*ck`, `sh#t`): keep a mask pattern; leet digits decode.
    if (/[*#]/.test(key)) {
      let m = '';
      for (const c of key) m += c === '*' || c === '#' ? '\0' : (LEET[c] ?? c);
      mask = m;
    }
    let decoded = '';
    for (const c of key) decoded += LEET[c] ?? c;
    decoded = decoded.replace(/[*#]/g, '');
    if (hasCyr && !hasLat) {
      // Digits inside a Cyrillic word: з for 3, б for 6, о for 0.
      let cyr = '';
      for (const c of key) cyr += LAT_TO_CYR[c] ?? c;
      addAlt(alts, key, cyr.replace(/[*#@$!|]/g, ''));
    }
    addAlt(alts, key, decoded);
  } else if (hasMask && !hasLetter) {
    // "****" alone carries no word.
  }
  if ((hasLat && hasCyr) || hasGreek) {
    let toLat = '';
    let toCyr = '';
    for (const c of key) {
      toLat += CYR_TO_LAT[c] ?? GREEK_TO_LAT[c] ?? c;
      toCyr += LAT_TO_CYR[c] ?? c;
    }
    addAlt(alts, key, toLat);
    addAlt(alts, key, toCyr);
  }
  if (hasLetter && key.length >= 4 && hasLongRun(key)) {
    addAlt(alts, key, squeeze(key, 2));
    addAlt(alts, key, squeeze(key, 1));
    for (const a of [...alts]) {
      addAlt(alts, key, squeeze(a, 2));
      addAlt(alts, key, squeeze(a, 1));
    }
  }
  if (hasLetter && key.length >= 5 && key.charCodeAt(0) >= 0x600 && key.charCodeAt(0) <= 0x6ff) {
    for (const p of ARABIC_CLITICS) {
      if (key.startsWith(p) && key.length - p.length >= 3) {
        addAlt(alts, key, key.slice(p.length));
        break;
      }
    }
  }
  if (numeric) key = raw;
  return { key, alts: alts.length ? alts : null, mask, start, end, numeric };
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const pictoCache = new Map<number, boolean>();

function isPictographic(text: string, i: number): boolean {
  const cp = text.codePointAt(i)!;
  let v = pictoCache.get(cp);
  if (v === undefined) {
    v = PICTOGRAPHIC.test(String.fromCodePoint(cp));
    pictoCache.set(cp, v);
  }
  return v;
}

export interface Tokenized {
  tokens: Token[];
  /** [start, end) ranges of CJK runs in the normalized text. */
  cjkRuns: [number, number][];
}

/**
 * Tokenize normalized text. Single letters separated by one space, dot, dash or underscore, three
 * or more in a row, are also offered joined (`i d i o t` → `idiot`) as an extra token.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const cjkRuns: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 0x2190 && isPictographic(text, i)) {
      // Emoji carry meaning in chat (🖕, 🙄): each is a token of its own.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push({ key: text.slice(i, i + width), alts: null, mask: null, start: i, end: i + width, numeric: false });
      i += width;
      continue;
    }
    const k = kindOf(code, text, i);
    if (k === CharKind.Cjk) {
      const s = i;
      while (i < n && kindOf(text.charCodeAt(i), text, i) === CharKind.Cjk) i++;
      cjkRuns.push([s, i]);
      continue;
    }
    const startsWord = k === CharKind.Letter || k === CharKind.Digit ||
      ((code === 64 || code === 36) && i + 1 < n && kindOf(text.charCodeAt(i + 1), text, i + 1) === CharKind.Letter);
    if (!startsWord) {
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      const kk = kindOf(c, text, i);
      if (kk === CharKind.Letter || kk === CharKind.Digit) {
        i++;
        continue;
      }
      if (kk === CharKind.Mask || kk === CharKind.Apostrophe) {
        // Only inside a word: followed (after more masks) by a letter or digit.
        let j = i;
        while (j < n && (kindOf(text.charCodeAt(j), text, j) === CharKind.Mask || (kk === CharKind.Apostrophe && j === i))) j++;
        if (j < n && j - i <= 3) {
          const after = kindOf(text.charCodeAt(j), text, j);
          if (after === CharKind.Letter || after === CharKind.Digit) {
            i = j;
            continue;
          }
        }
        // Trailing masks after letters (`sh*`, `f**`) belong to the word only if it is short.
        if (kk === CharKind.Mask && (code !== 64) && j - i <= 3 && i - s <= 3 && (j >= n || kindOf(text.charCodeAt(j), text, j) === CharKind.Other)) {
          const hasMaskOnly = /^[*#]+$/.test(text.slice(i, j));
          if (hasMaskOnly) {
            i = j;
            break;
          }
        }
      }
      break;
    }
    tokens.push(buildToken(text.slice(s, i), s, i));
  }
  joinSpacedLetters(text, tokens);
  return { tokens, cjkRuns };
}

function joinSpacedLetters(text: string, tokens: Token[]): void {
  // Runs of 3+ single letters become one token; scanning backwards keeps indices valid while splicing.
  let t = tokens.length - 1;
  while (t >= 0) {
    let s = t;
    while (s >= 0 && isSingleLetter(tokens[s]!) && (s === t || isSpacedGap(text, tokens[s]!.end, tokens[s + 1]!.start))) s--;
    const runLength = t - s;
    if (runLength >= 3) {
      const run = tokens.slice(s + 1, t + 1);
      const joined = run.map((r) => r.alts?.[0] ?? r.key).join('');
      const tok = buildToken(joined, run[0]!.start, run[run.length - 1]!.end);
      tokens.splice(s + 1, runLength, tok);
    }
    t = runLength > 0 ? s : t - 1;
  }
}

function isSingleLetter(tok: Token): boolean {
  return tok.key.length === 1 && !tok.numeric;
}

function isSpacedGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text[from];
  return c === ' ' || c === '.' || c === '-' || c === '_' || c === '*';
}
