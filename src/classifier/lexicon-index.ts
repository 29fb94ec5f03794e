/**
 * A spotting index over the cue lexicons, built once: exact keys in a Map, stems by prefix length,
 * phrases verified from their first token, CJK terms by their first character, and a delete-1
 * neighbourhood for bounded typo tolerance on long words. Every lookup is a Map.get, so a message
 * costs microseconds whatever the lexicon size (fuse.js is kept for people searching replies).
 */
import { LANGUAGES, type Category, type Language } from './types';
import type { Lexicon } from './lexicon-schema';
import { normalizeKey } from './normalize';
import { tokenize, type Token } from './tokenize';

export interface PatternToken {
  key: string;
  prefix: boolean;
  /** Up to 3 words may stand between the previous pattern token and this one. */
  gapBefore: boolean;
}

export interface CueEntry {
  term: string;
  category: Category;
  weight: number;
  crisis: boolean;
  lang: Language;
  pattern: PatternToken[];
  /** For CJK terms: the normalized substring. */
  cjk: string | null;
  /** The cue says the negation itself ("don't want to live", "ne veux plus vivre"): a negator before it does not flip it. */
  negationInside: boolean;
}

export interface LanguageIndex {
  lang: Language;
  exact: Map<string, CueEntry[]>;
  prefix: Map<string, CueEntry[]>;
  /** Stems by their first three characters (shorter stems under their full key), for one lookup per word. */
  stemsByHead: Map<string, string[]>;
  cjkByFirst: Map<string, CueEntry[]>;
  negators: Set<string>;
  cjkNegators: string[];
  intensifiers: Set<string>;
  allow: Set<string>;
  detect: Set<string>;
  /** Single-word exact keys by length, for masked tokens (`f*ck`). */
  byLength: Map<number, string[]>;
  /** The same keys by length and first letter (`f*ck` keeps its first letter nearly always). */
  byLengthAndFirst: Map<string, string[]>;
  /** Stem keys (single-word prefix cues), for masked tokens (`f*cking`). */
  stems: string[];
  /** Stem keys by first letter. */
  stemsByFirst: Map<string, string[]>;
  /** Delete-1 neighbourhood of long exact keys → the keys. */
  deletions: Map<string, string[]>;
  cueCount: number;
  /** Position of the language in LANGUAGES: its column in a WordFacts record. */
  slot: number;
}

/**
 * What the lexicons say about one word, per language (indexed by LanguageIndex.slot), filled in on
 * first need. Chat reuses words a lot, and one record per word serves every language a message is
 * matched in: a single map lookup per token.
 */
export interface WordFacts {
  /** Cues whose first word this word matches (exact or stem), grouped for fast verification. */
  first: (FirstWordCues | undefined)[];
  /** Single-word cues within typo distance. */
  fuzzy: (CueEntry[] | undefined)[];
  /** Language votes of the word (language detection), null when none; undefined until looked up. */
  votes?: readonly (readonly [Language, number])[] | null;
}

const MEMO_LIMIT = 50_000;

/**
 * The cues that start with one word. Frequent words start many phrases (es "no" ~100, "me" ~90):
 * phrases are grouped by their second word so only those that can match the next token are tried.
 */
export interface FirstWordCues {
  /** Single-word cues and phrases whose second word is a stem or comes after a gap: tried one by one. */
  direct: CueEntry[];
  /** Phrases whose second word follows at once, by that word; null when there are few. */
  bySecond: Map<string, CueEntry[]> | null;
}

const NO_CUES: FirstWordCues = { direct: [], bySecond: null };
/** Below this many phrases a word's list is simply tried in full. */
const GROUP_FROM = 8;

function groupFirstWord(entries: CueEntry[]): FirstWordCues {
  if (entries.length === 0) return NO_CUES;
  const phrases = entries.filter((e) => e.pattern.length > 1 && !e.pattern[1]!.prefix && !e.pattern[1]!.gapBefore);
  if (phrases.length < GROUP_FROM) return { direct: entries, bySecond: null };
  const bySecond = new Map<string, CueEntry[]>();
  for (const e of phrases) push(bySecond, e.pattern[1]!.key, e);
  return { direct: entries.filter((e) => !phrases.includes(e)), bySecond };
}

/** The word → WordFacts memo of one classifier (its indexes), bounded. */
export class WordMemo {
  private readonly facts = new Map<string, WordFacts>();

  get(key: string): WordFacts {
    let f = this.facts.get(key);
    if (!f) {
      if (this.facts.size >= MEMO_LIMIT) this.facts.clear();
      f = { first: [], fuzzy: [], votes: undefined };
      this.facts.set(key, f);
    }
    return f;
  }
}

/** Second halves of split negations (fr ne … plus/pas, it non … più) and common negators, folded. */
const NEGATION_PARTICLES = new Set(['not', 'no', 'never', 'dont', 'cant', 'wont', 'pas', 'plus', 'jamais', 'rien', 'personne', 'non', 'piu', 'mai', 'nie', 'nicht', 'kein', 'keine', 'ne', 'не', 'ни', 'nao', 'nunca', 'nada', 'degil', 'yok']);
const NO_ENTRIES: CueEntry[] = [];
const NO_STEMS: string[] = [];

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Exact only up to 5 letters, distance 1 for 6-9, distance 2 from 10 (measured rule, see notes). */
export function maxEditDistance(length: number): number {
  if (length <= 5) return 0;
  if (length <= 9) return 1;
  return 2;
}

function compileTerm(term: string): { pattern: PatternToken[]; cjk: string | null } {
  const norm = normalizeKey(term);
  if (CJK_CHAR.test(norm) && !norm.includes(' ')) return { pattern: [], cjk: norm.replace(/\*$/, '') };
  const pattern: PatternToken[] = [];
  let gap = false;
  for (const part of norm.split(' ')) {
    if (part === '..' || part === '…') {
      gap = true;
      continue;
    }
    const prefix = part.endsWith('*');
    const word = prefix ? part.slice(0, -1) : part;
    if (CJK_CHAR.test(word)) return { pattern: [], cjk: norm.replace(/[\s*]|\.\./g, '') };
    // Tokenize the word the way message text is tokenized so apostrophes and leet agree.
    const toks = tokenize(word).tokens;
    if (toks.length === 0) continue;
    toks.forEach((t, i) => {
      pattern.push({ key: t.key, prefix: prefix && i === toks.length - 1, gapBefore: gap && i === 0 });
    });
    gap = false;
  }
  return { pattern, cjk: null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function keySet(words: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const w of words) {
    const k = normalizeKey(w).replace(/'/g, '');
    if (k) s.add(k);
  }
  return s;
}

export function deletionsOf(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

export type ExtraCue = { term: string; category: Category; weight?: number };

export function buildLanguageIndex(lexicon: Lexicon, extra: readonly ExtraCue[] = []): LanguageIndex {
  const steps = languageIndexSteps(lexicon, extra);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Cues compiled between two pauses of languageIndexSteps (a fraction of a millisecond). */
const CUES_PER_STEP = 100;

/**
 * The same build in small steps: the content script runs them in idle slots, so warming a
 * language never becomes one long task on a busy page.
 */
export function* languageIndexSteps(lexicon: Lexicon, extra: readonly ExtraCue[] = []): Generator<void, LanguageIndex, void> {
  const index: LanguageIndex = {
    lang: lexicon.lang,
    exact: new Map(),
    prefix: new Map(),
    stemsByHead: new Map(),
    cjkByFirst: new Map(),
    negators: keySet(lexicon.negators),
    cjkNegators: lexicon.negators.filter((n) => CJK_CHAR.test(n)).map(normalizeKey),
    intensifiers: keySet(lexicon.intensifiers),
    allow: keySet(lexicon.allow),
    detect: keySet(lexicon.detect),
    byLength: new Map(),
    byLengthAndFirst: new Map(),
    stems: [],
    stemsByFirst: new Map(),
    deletions: new Map(),
    cueCount: 0,
    slot: LANGUAGES.indexOf(lexicon.lang),
  };
  const stemSet = new Set<string>();
  const all = [
    ...lexicon.cues.map((c) => ({ term: c.t, category: c.c, weight: c.w, crisis: c.crisis ?? false })),
    ...extra.map((e) => ({ term: e.term, category: e.category, weight: e.weight ?? 2, crisis: false })),
  ];
  let sinceStep = 0;
  for (const cue of all) {
    if (++sinceStep === CUES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const { pattern, cjk } = compileTerm(cue.term);
    const negationInside = pattern.some((p) => index.negators.has(p.key) || NEGATION_PARTICLES.has(p.key)) || (cjk !== null && index.cjkNegators.some((n) => cjk.includes(n)));
    const entry: CueEntry = { term: cue.term, category: cue.category, weight: cue.weight, crisis: cue.crisis, lang: lexicon.lang, pattern, cjk, negationInside };
    if (cjk) {
      if (cjk.length === 0) continue;
      push(index.cjkByFirst, cjk[0]!, entry);
      index.cueCount++;
      continue;
    }
    const first = pattern[0];
    if (!first || first.key.length === 0) continue;
    index.cueCount++;
    if (first.prefix) {
      push(index.prefix, first.key, entry);
      if (pattern.length === 1) stemSet.add(first.key);
    } else {
      push(index.exact, first.key, entry);
      if (pattern.length === 1) {
        const byLen = index.byLength.get(first.key.length);
        if (byLen) {
          if (!byLen.includes(first.key)) byLen.push(first.key);
        } else index.byLength.set(first.key.length, [first.key]);
        if (maxEditDistance(first.key.length) > 0) {
          for (const d of deletionsOf(first.key)) push(index.deletions, d, first.key);
          push(index.deletions, first.key, first.key);
        }
      }
    }
  }
  index.stems = [...stemSet];
  for (const stem of index.stems) push(index.stemsByFirst, stem[0]!, stem);
  for (const [length, keys] of index.byLength) for (const key of keys) push(index.byLengthAndFirst, `${length}:${key[0]}`, key);
  for (const key of index.prefix.keys()) push(index.stemsByHead, key.slice(0, 3), key);
  return index;
}

export interface CueMatch {
  entry: CueEntry;
  /** Token range [first, last] (inclusive) for word cues; -1 for CJK. */
  firstToken: number;
  lastToken: number;
  /** Normalized-text span. */
  start: number;
  end: number;
  weight: number;
  negated: boolean;
  fuzzy: boolean;
}

function matchesPatternToken(tok: Token, p: PatternToken): boolean {
  if (tok.key === p.key || (p.prefix && tok.key.startsWith(p.key))) return true;
  if (tok.alts) for (const a of tok.alts) if (a === p.key || (p.prefix && a.startsWith(p.key))) return true;
  return false;
}

/** Verify the rest of a word pattern after its first token matched at `at`; returns the last token index or -1. */
function verifyRest(tokens: Token[], at: number, pattern: PatternToken[]): number {
  let pos = at;
  for (let k = 1; k < pattern.length; k++) {
    const p = pattern[k]!;
    const maxSkip = p.gapBefore ? 3 : 0;
    let found = -1;
    for (let s = 0; s <= maxSkip; s++) {
      const t = tokens[pos + 1 + s];
      if (!t) break;
      if (matchesPatternToken(t, p)) {
        found = pos + 1 + s;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/** Greek, Cyrillic, Arabic … or CJK/Hangul: never in a Latin-script lexicon (emoji and symbols may be). */
function isOtherScript(code: number): boolean {
  return (code >= 0x370 && code <= 0x1fff) || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

/** Bounded Damerau-Levenshtein (optimal string alignment); returns max+1 when over the bound. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

function maskMatches(mask: string, key: string): boolean {
  if (mask.length !== key.length) return false;
  for (let i = 0; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if (c !== 0 && c !== key.charCodeAt(i)) return false;
  }
  return true;
}

export interface MatchOptions {
  /** Secondary languages match only longer, unambiguous cues. */
  secondary: boolean;
  /** Words of the primary language that a secondary lexicon must not claim. */
  primaryDetect: Set<string> | null;
  /** Words that never fuzzy-match (ordinary words near a cue). */
  fuzzyDeny: Set<string>;
  /** Only look up Latin-script words (a Latin-script lexicon consulted as a second language). */
  latinOnly?: boolean;
}

function firstWordEntries(index: LanguageIndex, facts: WordFacts, key: string): FirstWordCues {
  const known = facts.first[index.slot];
  if (known) return known;
  let found = NO_ENTRIES;
  const exact = index.exact.get(key);
  if (exact) found = [...exact];
  // Stems of one or two characters are keyed by themselves; longer ones by their first three.
  for (let n = 1; n <= 3 && n <= key.length; n++) {
    const stems = index.stemsByHead.get(key.slice(0, n));
    if (!stems) continue;
    for (const stem of stems) {
      if (stem.length < n || (n < 3 && stem.length !== n) || !key.startsWith(stem)) continue;
      const pre = index.prefix.get(stem)!;
      found = found === NO_ENTRIES ? [...pre] : found.concat(pre);
    }
  }
  const grouped = groupFirstWord(found);
  facts.first[index.slot] = grouped;
  return grouped;
}

/** Try the cues starting with the word at `i`; true when one matched. */
function tryFirstWord(index: LanguageIndex, tokens: Token[], i: number, cues: FirstWordCues, opts: MatchOptions, out: CueMatch[]): boolean {
  let matched = false;
  for (const e of cues.direct) matched = tryEntry(index, tokens, i, e, opts, out, false) || matched;
  const next = tokens[i + 1];
  if (cues.bySecond && next) {
    const list = cues.bySecond.get(next.key);
    if (list) for (const e of list) matched = tryEntry(index, tokens, i, e, opts, out, false) || matched;
    if (next.alts) {
      for (const alt of next.alts) {
        if (alt === next.key) continue;
        const altList = cues.bySecond.get(alt);
        if (altList) for (const e of altList) if (!list?.includes(e)) matched = tryEntry(index, tokens, i, e, opts, out, false) || matched;
      }
    }
  }
  return matched;
}

function fuzzyEntries(index: LanguageIndex, facts: WordFacts, key: string, maxDist: number): CueEntry[] {
  const known = facts.fuzzy[index.slot];
  if (known) return known;
  let found = NO_ENTRIES;
  const seen = new Set<string>();
  for (const probe of [key, ...deletionsOf(key)]) {
    const cands = index.deletions.get(probe);
    if (!cands) continue;
    for (const c of cands) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (c !== key && boundedEditDistance(key, c, maxDist) <= maxDist) {
        const single = index.exact.get(c)!.filter((e) => e.pattern.length === 1);
        found = found === NO_ENTRIES ? single : found.concat(single);
      }
    }
  }
  facts.fuzzy[index.slot] = found;
  return found;
}

/**
 * Spot one language's cues in a tokenized message. `facts[i]` is the memo record of `tokens[i].key`
 * (see WordMemo), shared by every language matched on the same tokens.
 */
export function matchLanguage(index: LanguageIndex, tokens: Token[], facts: WordFacts[], memo: WordMemo, text: string, cjkRuns: [number, number][], opts: MatchOptions, out: CueMatch[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.numeric) continue;
    if (opts.latinOnly && isOtherScript(tok.key.charCodeAt(0))) continue;
    if (index.allow.has(tok.key)) continue;
    if (opts.secondary && opts.primaryDetect?.has(tok.key)) continue;
    let matched = false;
    matched = tryFirstWord(index, tokens, i, firstWordEntries(index, facts[i]!, tok.key), opts, out);
    if (tok.alts) for (const alt of tok.alts) matched = tryFirstWord(index, tokens, i, firstWordEntries(index, memo.get(alt), alt), opts, out) || matched;
    if (matched) continue;
    if (tok.mask) {
      const first = tok.mask.charCodeAt(0) === 0 ? null : tok.mask[0]!;
      const candidates = first === null ? index.byLength.get(tok.mask.length) : index.byLengthAndFirst.get(`${tok.mask.length}:${first}`);
      if (candidates) {
        for (const c of candidates) {
          if (!maskMatches(tok.mask, c)) continue;
          for (const e of index.exact.get(c)!) matched = tryEntry(index, tokens, i, e, opts, out, false) || matched;
          break;
        }
      }
      if (!matched) {
        for (const stem of (first === null ? index.stems : index.stemsByFirst.get(first)) ?? NO_STEMS) {
          if (stem.length < 3 || stem.length > tok.mask.length || !maskMatches(tok.mask.slice(0, stem.length), stem)) continue;
          for (const e of index.prefix.get(stem)!) matched = tryEntry(index, tokens, i, e, opts, out, false) || matched;
          if (matched) break;
        }
      }
      if (matched) continue;
    }
    // Typo tolerance: long words only, never ordinary words of the language.
    const key = tok.alts?.[0] ?? tok.key;
    const maxDist = maxEditDistance(key.length);
    if (maxDist === 0 || opts.secondary || index.detect.has(key) || opts.fuzzyDeny.has(key)) continue;
    for (const e of fuzzyEntries(index, key === tok.key ? facts[i]! : memo.get(key), key, maxDist)) tryEntry(index, tokens, i, e, opts, out, true);
  }
  if (cjkRuns.length > 0 && index.cjkByFirst.size > 0) matchCjk(index, text, cjkRuns, out);
}

function tryEntry(index: LanguageIndex, tokens: Token[], i: number, e: CueEntry, opts: MatchOptions, out: CueMatch[], fuzzy: boolean): boolean {
  if (opts.secondary && e.pattern.length === 1 && e.pattern[0]!.key.length < 4) return false;
  const last = e.pattern.length === 1 ? i : verifyRest(tokens, i, e.pattern);
  if (last < 0) return false;
  let weight = fuzzy ? e.weight * 0.8 : e.weight;
  let negated = false;
  for (let b = Math.max(0, i - 3); b < i; b++) {
    const k = tokens[b]!.key;
    if (index.negators.has(k)) negated = !e.negationInside;
    else if (index.intensifiers.has(k)) weight *= 1.25;
  }
  if (negated) weight = e.category === 'aggression' || e.category === 'criticism' ? -0.3 * weight : 0.3 * weight;
  out.push({ entry: e, firstToken: i, lastToken: last, start: tokens[i]!.start, end: tokens[last]!.end, weight, negated, fuzzy });
  return true;
}

function matchCjk(index: LanguageIndex, text: string, runs: [number, number][], out: CueMatch[]): void {
  for (const [s, e] of runs) {
    for (let p = s; p < e; p++) {
      const cands = index.cjkByFirst.get(text[p]!);
      if (!cands) continue;
      for (const c of cands) {
        const key = c.cjk!;
        if (!text.startsWith(key, p)) continue;
        let weight = c.weight;
        let negated = false;
        for (const neg of index.cjkNegators) {
          if (c.negationInside || key.startsWith(neg)) break;
          const from = p - neg.length;
          if (from >= s && text.startsWith(neg, from)) negated = true;
        }
        if (negated) weight = c.category === 'aggression' || c.category === 'criticism' ? -0.3 * weight : 0.3 * weight;
        out.push({ entry: c, firstToken: -1, lastToken: -1, start: p, end: p + key.length, weight, negated, fuzzy: false });
      }
    }
  }
}

/** Drop matches contained in a longer match of the same category (so "you idiot" does not also count "idiot"). */
export function resolveOverlaps(matches: CueMatch[]): CueMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of sorted) {
    const dup = kept.some((k) => k.entry.category === m.entry.category && k.start <= m.start && k.end >= m.end);
    if (!dup) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
