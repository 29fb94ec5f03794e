/**
 * Per-message language identification that works on short chat lines: the script decides ar, ja,
 * zh and narrows Cyrillic/Latin; then distinctive letters of the original text, the languages'
 * frequent words (lexicon `detect` lists and cue words) and a hashed character-trigram model
 * trained on the corpus vote among the candidates.
 */
import { LANGUAGES, type Language } from './types';

const LANGUAGE_ID = Object.fromEntries(LANGUAGES.map((l, i) => [l, i])) as Record<Language, number>;
import type { Token } from './tokenize';
import { trigramHash } from './hash';

export const LATIN_LANGUAGES: Language[] = ['en', 'es', 'tr', 'sr', 'de', 'fr', 'it', 'pt', 'pl'];
export const CYRILLIC_LANGUAGES: Language[] = ['ru', 'sr'];

export interface TrigramModel {
  /** Languages in row order. */
  langs: Language[];
  buckets: number;
  /** Row-major [lang][bucket] log-probabilities, quantized: value = q / scale + offset. */
  table: Int8Array;
  scale: number;
  offset: number;
}

export interface WordVotes {
  /** normalized word (the `index`-th token of the message) → [language, weight] pairs */
  get(key: string, index: number): readonly (readonly [Language, number])[] | undefined;
}

const LETTER_HINTS: Record<string, readonly (readonly [Language, number])[]> = {
  ñ: [['es', 2.5]], '¿': [['es', 3]], '¡': [['es', 2.5]],
  ã: [['pt', 3]], õ: [['pt', 3]], ç: [['pt', 1], ['fr', 1], ['tr', 1]],
  ğ: [['tr', 3]], ş: [['tr', 3]], ı: [['tr', 3]], İ: [['tr', 3]],
  ß: [['de', 3]], ä: [['de', 2]], ö: [['de', 1.2], ['tr', 1.2]], ü: [['de', 1.2], ['tr', 1.2]],
  ą: [['pl', 3]], ę: [['pl', 3]], ł: [['pl', 3]], ś: [['pl', 3]], ź: [['pl', 3]], ż: [['pl', 3]], ń: [['pl', 3]],
  ć: [['pl', 1.2], ['sr', 1.2]], ó: [['pl', 1], ['es', 0.7], ['pt', 0.5]],
  č: [['sr', 3]], š: [['sr', 2.5]], ž: [['sr', 2.5]], đ: [['sr', 3]],
  à: [['it', 1], ['fr', 1], ['pt', 0.5]], è: [['it', 1.2], ['fr', 1.2]], ì: [['it', 2]], ò: [['it', 2]], ù: [['it', 1], ['fr', 1]],
  â: [['fr', 1.2], ['pt', 1]], ê: [['fr', 1.5], ['pt', 1]], î: [['fr', 2]], ô: [['fr', 1.5], ['pt', 1]], û: [['fr', 2]],
  ë: [['fr', 1]], ï: [['fr', 1.5]], œ: [['fr', 3]], é: [['fr', 0.6], ['es', 0.4], ['pt', 0.4], ['it', 0.3]],
  á: [['es', 0.8], ['pt', 0.8]], í: [['es', 0.8], ['pt', 0.6]], ú: [['es', 0.8], ['pt', 0.6]],
  // Serbian-only Cyrillic letters, and Russian-only ones.
  ђ: [['sr', 4]], ј: [['sr', 4]], љ: [['sr', 4]], њ: [['sr', 4]], ћ: [['sr', 4]], џ: [['sr', 4]],
  ы: [['ru', 4]], э: [['ru', 4]], щ: [['ru', 4]], ъ: [['ru', 4]], ё: [['ru', 4]], й: [['ru', 3]], я: [['ru', 3]], ю: [['ru', 3]], ь: [['ru', 3]],
};

/** LETTER_HINTS by UTF-16 code, upper-case forms included (one Map lookup per non-ASCII letter). */
const HINTS_BY_CODE = new Map<number, readonly (readonly [Language, number])[]>();
for (const [ch, hints] of Object.entries(LETTER_HINTS)) {
  HINTS_BY_CODE.set(ch.charCodeAt(0), hints);
  const upper = ch.toUpperCase();
  if (upper.length === 1 && upper !== ch && !(upper in LETTER_HINTS)) HINTS_BY_CODE.set(upper.charCodeAt(0), hints);
}

function scriptCounts(text: string): { latin: number; cyrillic: number; arabic: number; kana: number; han: number; hangul: number; arabiziDigits: number } {
  let latin = 0, cyrillic = 0, arabic = 0, kana = 0, han = 0, hangul = 0, arabiziDigits = 0;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      // Arabizi: 3, 7, 2, 5 written between Latin letters (3ashan, 7abibi).
      const next = text.charCodeAt(i + 1);
      if (next === 51 || next === 55 || next === 50 || next === 53) {
        const after = text.charCodeAt(i + 2);
        if ((after >= 97 && after <= 122)) arabiziDigits++;
      }
    } else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
  }
  return { latin, cyrillic, arabic, kana, han, hangul, arabiziDigits };
}

export interface LanguageGuess {
  lang: Language;
  /** Candidate languages with scores, best first. */
  ranked: [Language, number][];
}

/**
 * Guess the language of one message. `original` is the raw text (for letters the fold removes),
 * `normalized` the folded text and `tokens` its tokens.
 */
export function detectLanguage(original: string, normalized: string, tokens: Token[], words: WordVotes, trigrams: TrigramModel | null): LanguageGuess {
  const sc = scriptCounts(original);
  // Scores by language id; `present` marks languages that took part (a candidate or any vote).
  const scores = new Float64Array(LANGUAGES.length);
  const present = new Uint8Array(LANGUAGES.length);
  const add = (l: Language, v: number) => {
    const id = LANGUAGE_ID[l];
    scores[id]! += v;
    present[id] = 1;
  };

  const total = sc.latin + sc.cyrillic + sc.arabic + sc.kana + sc.han;
  if (total === 0) return { lang: 'en', ranked: [['en', 0]] };
  // Strong scripts first. Japanese writes kanji with kana; Chinese has no kana.
  if (sc.kana > 0 && sc.kana + sc.han >= total * 0.3) add('ja', 5 + sc.kana);
  if (sc.han > 0 && sc.kana === 0 && sc.han >= total * 0.3) add('zh', 5 + sc.han);
  if (sc.arabic > 0 && sc.arabic >= total * 0.3) add('ar', 5 + sc.arabic);
  let candidates: Language[] = [];
  if (sc.cyrillic >= total * 0.3 && sc.cyrillic > 0) candidates = candidates.concat(CYRILLIC_LANGUAGES);
  if (sc.latin >= total * 0.3 && sc.latin > 0) candidates = candidates.concat(LATIN_LANGUAGES);
  if (sc.arabiziDigits > 0) add('ar', 1.5 * sc.arabiziDigits);
  if (candidates.length > 0) {
    const isCandidate = new Uint8Array(LANGUAGES.length);
    for (const l of candidates) {
      isCandidate[LANGUAGE_ID[l]] = 1;
      add(l, 0);
    }
    // Letters that only some languages use.
    const limit = Math.min(original.length, 2000);
    for (let i = 0; i < limit; i++) {
      const code = original.charCodeAt(i);
      if (code < 0xa1) continue;
      const hints = HINTS_BY_CODE.get(code);
      if (hints) for (const [l, w] of hints) if (isCandidate[LANGUAGE_ID[l]]) add(l, w);
    }
    // Frequent and cue words.
    const tokenLimit = Math.min(tokens.length, 300);
    const arId = LANGUAGE_ID.ar;
    for (let i = 0; i < tokenLimit; i++) {
      const votes = words.get(tokens[i]!.key, i);
      if (votes) for (const [l, w] of votes) if (isCandidate[LANGUAGE_ID[l]] || LANGUAGE_ID[l] === arId) add(l, w);
    }
    // Character trigrams settle what letters and words leave open; skip them when the lead is clear.
    if (trigrams) {
      let first = -Infinity;
      let second = -Infinity;
      for (const l of candidates) {
        const v = scores[LANGUAGE_ID[l]]!;
        if (v > first) {
          second = first;
          first = v;
        } else if (v > second) second = v;
      }
      if (candidates.length < 2 || first - second < 3) scoreTrigrams(normalized, candidates, trigrams, add);
    }
  }
  const ranked: [Language, number][] = [];
  for (let id = 0; id < LANGUAGES.length; id++) if (present[id]) ranked.push([LANGUAGES[id]!, scores[id]!]);
  // Ties keep the order of LANGUAGES (sort is stable).
  ranked.sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[0] ?? 'en';
  return { lang: best, ranked };
}

function scoreTrigrams(text: string, candidates: Language[], model: TrigramModel, add: (l: Language, v: number) => void): void {
  const rows = candidates.map((l) => model.langs.indexOf(l) * model.buckets);
  const sums = new Int32Array(candidates.length);
  let count = 0;
  const padded = ' ' + (text.length > 300 ? text.slice(0, 300) : text) + ' ';
  for (let i = 0; i + 3 <= padded.length; i++) {
    const c0 = padded.charCodeAt(i);
    const c1 = padded.charCodeAt(i + 1);
    const c2 = padded.charCodeAt(i + 2);
    if (c1 === 32 && (c0 === 32 || c2 === 32)) continue;
    const b = trigramHash(c0, c1, c2) % model.buckets;
    count++;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      if (r < 0) continue;
      sums[k]! += model.table[r + b]!;
    }
  }
  if (count === 0) return;
  // Back from quantized units: Σ(q/scale + offset) = Σq/scale + count·offset; the offset cancels in differences.
  const logLik = Array.from(sums, (q) => q / model.scale);
  // Average log-likelihood per trigram, relative to the best candidate, scaled to be comparable to word votes.
  let max = -Infinity;
  for (let k = 0; k < logLik.length; k++) if (rows[k]! >= 0 && logLik[k]! > max) max = logLik[k]!;
  const weight = Math.min(count, 40) / count;
  for (let k = 0; k < candidates.length; k++) {
    if (rows[k]! < 0) continue;
    add(candidates[k]!, (logLik[k]! - max) * weight * 0.6);
  }
}
