/**
 * The classifier: normalize → tokenize → detect language → spot cues in the languages present →
 * learned layer over words, n-grams and cue evidence → label, confidence, crisis and evidence.
 * Pure TypeScript: no DOM, no browser API; the CLI, tests, benchmarks and extension share it.
 */
import { CATEGORIES, FLAGGED_CATEGORIES, type Category, type ClassifyOptions, type ClassifyResult, type Evidence, type Language } from './types';
import type { Lexicon } from './lexicon-schema';
import { normalizeText, normalizeKey, serbianLatinView, hasCyrillic, toOriginalSpan, type NormalizedText } from './normalize';
import { tokenize, type Token, type Tokenized } from './tokenize';
import { languageIndexSteps, matchLanguage, resolveOverlaps, WordMemo, type CueMatch, type LanguageIndex, type WordFacts } from './lexicon-index';
import { detectLanguage, type LanguageGuess, type WordVotes } from './detect-language';
import { emitFeatures } from './features';
import { ModelScorer, weightOf, type LinearModel } from './model';
import { fnv1aSeeded, fnv1aState } from './hash';

const WORD_STATE = fnv1aState('w:');
/** Lexicons written in Latin script only (Serbian is matched in its Latin view). */
const LATIN_SCRIPT = new Set<Language>(['en', 'es', 'tr', 'de', 'fr', 'it', 'pt', 'pl']);

/** Probability a flag needs when no cue of its category matched. */
export const EVIDENCE_GATE = 0.8;

/** Messages longer than this are classified on their head and tail: the verdict lives there. */
const MAX_CLASSIFIED_CHARS = 4000;

export interface Analysis {
  original: string;
  norm: NormalizedText;
  tokenized: Tokenized;
  guess: LanguageGuess;
  matches: CueMatch[];
  /** Normalized views the matches refer to (Serbian Cyrillic is matched in Latin). */
  views: Map<CueMatch, NormalizedText>;
  /** Offsets at or after tailStart in `original` are shifted by tailShift in the caller's text. */
  tailStart: number;
  tailShift: number;
}

export class Classifier {
  private readonly indexes = new Map<Language, LanguageIndex>();
  private readonly building = new Map<Language, Generator<void, LanguageIndex, void>>();
  private readonly memo = new WordMemo();
  private readonly lexicons = new Map<Language, Lexicon>();
  private readonly wordVotes = new Map<string, [Language, number][]>();
  private readonly fuzzyDeny: Set<string>;
  private readonly scorer: ModelScorer | null;

  /** Probability a flag needs when no cue of its category matched (EVIDENCE_GATE unless set). */
  evidenceGate = EVIDENCE_GATE;
  /**
   * When the crisis head may speak: on a message already read as a disclosure or threat, from
   * crisisThreshold × flaggedFactor; on any other message (which it then relabels), from
   * crisisThreshold when the oversharing + aggression probability reaches relabelDisclosure and a
   * crisis cue matched (relabelWithoutCue: the crisis probability that would do without a cue; never
   * by default — the head alone once turned "this is a bit slow today" into a cry for help).
   */
  crisisPolicy = { flaggedFactor: 0.5, relabelDisclosure: 0.5, relabelWithoutCue: Infinity };

  constructor(lexicons: readonly Lexicon[], readonly model: LinearModel | null, private readonly extraCues: ClassifyOptions['extraCues'] = []) {
    for (const lx of lexicons) {
      this.lexicons.set(lx.lang, lx);
      for (const d of lx.detect) this.vote(normalizeKey(d).replace(/'/g, ''), lx.lang, 1);

    }
    this.fuzzyDeny = model?.fuzzyDeny ?? new Set();
    this.scorer = model ? new ModelScorer(model) : null;
  }

  /** The spotting index of one language, built on first use (cold start stays small). */
  indexFor(lang: Language): LanguageIndex | undefined {
    let index = this.indexes.get(lang);
    if (!index) {
      const lx = this.lexicons.get(lang);
      if (!lx) return undefined;
      // Finish a build that warm-up started, else build it now.
      const steps = this.building.get(lang) ?? languageIndexSteps(lx, (this.extraCues ?? []).filter((e) => e.lang === lang));
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) {
          index = r.value;
          break;
        }
      }
      this.building.delete(lang);
      this.indexes.set(lang, index);
    }
    return index;
  }

  /**
   * Build part of a language's index ahead of need, until `timeUp()` says stop; true once built.
   * Lets a caller spread the work over idle slots.
   */
  warmUp(lang: Language, timeUp: () => boolean): boolean {
    if (this.indexes.has(lang)) return true;
    const lx = this.lexicons.get(lang);
    if (!lx) return true;
    let steps = this.building.get(lang);
    if (!steps) {
      steps = languageIndexSteps(lx, (this.extraCues ?? []).filter((e) => e.lang === lang));
      this.building.set(lang, steps);
    }
    for (;;) {
      const r = steps.next();
      if (r.done) {
        this.building.delete(lang);
        this.indexes.set(lang, r.value);
        return true;
      }
      if (timeUp()) return false;
    }
  }

  private vote(key: string, lang: Language, weight: number): void {
    if (!key) return;
    const list = this.wordVotes.get(key);
    if (!list) this.wordVotes.set(key, [[lang, weight]]);
    else {
      const existing = list.find((e) => e[0] === lang);
      if (existing) existing[1] = Math.max(existing[1], weight);
      else list.push([lang, weight]);
    }
  }

  /** Votes are shared among the languages that use a word, so "con" or "ya" decide nothing alone. */
  private sharedVotes: Map<string, readonly (readonly [Language, number])[]> | null = null;
  /** The current message's word facts, for the votes lookup below (memoized per word there). */
  private currentFacts: WordFacts[] = [];
  private readonly votes: WordVotes = {
    get: (key, index) => {
      const facts = this.currentFacts[index];
      if (facts && facts.votes !== undefined) return facts.votes ?? undefined;
      if (!this.sharedVotes) {
        this.sharedVotes = new Map();
        for (const [k, list] of this.wordVotes) this.sharedVotes.set(k, list.length === 1 ? list : list.map(([l, w]) => [l, w / list.length] as const));
      }
      const votes = this.sharedVotes.get(key);
      if (facts) facts.votes = votes ?? null;
      return votes;
    },
  };

  analyze(input: string): Analysis {
    const clipped = clip(typeof input === 'string' ? input : String(input ?? ''));
    const original = clipped.text;
    const norm = normalizeText(original);
    const tokenized = tokenize(norm.text);
    const facts = this.factsOf(tokenized.tokens);
    this.currentFacts = facts;
    const guess = detectLanguage(original, norm.text, tokenized.tokens, this.votes, this.model?.trigrams ?? null);
    this.currentFacts = [];
    const langs = this.matchLanguages(guess);
    const matches: CueMatch[] = [];
    const views = new Map<CueMatch, NormalizedText>();
    const primaryDetect = this.indexFor(guess.lang)?.detect ?? null;
    let srView: { norm: NormalizedText; tok: Tokenized; facts: WordFacts[] } | null = null;
    for (const lang of langs) {
      const index = this.indexFor(lang);
      if (!index) continue;
      let view = norm;
      let tok = tokenized;
      let tokFacts = facts;
      if (lang === 'sr' && hasCyrillic(norm.text)) {
        srView ??= (() => {
          const v = serbianLatinView(norm);
          const t = tokenize(v.text);
          return { norm: v, tok: t, facts: this.factsOf(t.tokens) };
        })();
        view = srView.norm;
        tok = srView.tok;
        tokFacts = srView.facts;
      }
      const before = matches.length;
      matchLanguage(index, tok.tokens, tokFacts, this.memo, view.text, tok.cjkRuns, {
        secondary: lang !== guess.lang,
        primaryDetect: lang !== guess.lang ? primaryDetect : null,
        fuzzyDeny: this.fuzzyDeny,
        latinOnly: lang !== guess.lang && LATIN_SCRIPT.has(lang),
      }, matches);
      if (view !== norm) for (let i = before; i < matches.length; i++) views.set(matches[i]!, view);
    }
    const resolved = resolveOverlaps(matches);
    return { original, norm, tokenized, guess, matches: resolved, views, tailStart: clipped.tailStart, tailShift: clipped.tailShift };
  }

  private factsOf(tokens: Token[]): WordFacts[] {
    const facts = new Array<WordFacts>(tokens.length);
    for (let i = 0; i < tokens.length; i++) facts[i] = this.memo.get(tokens[i]!.key);
    return facts;
  }

  private matchLanguages(guess: LanguageGuess): Language[] {
    const langs: Language[] = [guess.lang];
    const [first, second] = guess.ranked;
    if (first && second && first[1] - second[1] < 2 && second[1] > 0) langs.push(second[0]);
    if (!langs.includes('en')) langs.push('en');
    return langs;
  }

  /** Cue evidence alone, summed per category (the explainable backbone). */
  cueScores(analysis: Analysis): Record<Category, number> {
    const scores: Record<Category, number> = { oversharing: 0, aggression: 0, criticism: 0, payment_dodging: 0, none: 0 };
    for (const m of analysis.matches) scores[m.entry.category] += m.weight;
    return scores;
  }

  classify(text: string, options: ClassifyOptions & { mode?: 'full' | 'cues' } = {}): ClassifyResult {
    const analysis = this.analyze(text);
    const threshold = options.threshold ?? (options.mode === 'cues' ? 0.5 : this.model?.threshold ?? 0.5);
    const cueScores = this.cueScores(analysis);
    // The strongest crisis cue present (not negated). The learned crisis head sees it as a feature;
    // on its own it decides only when it is decisive (weight 2.5+), so idioms do not raise alarms.
    let crisisCueWeight = 0;
    for (const m of analysis.matches) if (m.entry.crisis && !m.negated && m.weight > crisisCueWeight) crisisCueWeight = m.weight;
    const crisisCue = crisisCueWeight >= 1.5;

    let scores: Record<Category, number>;
    let crisisProbability = crisisCue ? 1 : 0;
    let scored = false;
    if (this.model && this.scorer && options.mode !== 'cues') {
      const scorer = this.scorer;
      scorer.reset();
      emitFeatures({
        original: analysis.original,
        text: analysis.norm.text,
        tokens: analysis.tokenized.tokens,
        cjkRuns: analysis.tokenized.cjkRuns,
        matches: analysis.matches,
        lang: analysis.guess.lang,
        context: options.context,
      }, this.model.buckets, scorer);
      const probs = scorer.probabilities();
      const classes = this.model.classes;
      scores = { oversharing: 0, aggression: 0, criticism: 0, payment_dodging: 0, none: 0 };
      for (let i = 0; i < classes.length; i++) scores[classes[i]!] = round(probs[i]!);
      crisisProbability = scorer.crisisProbability();
      scored = true;
    } else {
      scores = cueOnlyScores(cueScores);
    }

    let label: Category = 'none';
    let best = -1;
    for (const c of FLAGGED_CATEGORIES) {
      if (scores[c] > best) {
        best = scores[c];
        label = c;
      }
    }
    if (scores.none >= best || best < threshold) label = 'none';
    // A flag needs words behind it: without any cue of that category, only a confident model may raise it.
    // (Measured on dev.jsonl: false alarms 9.0 % → 5.1 % at equal macro-F1.)
    if (label !== 'none' && this.model && options.mode !== 'cues' && cueScores[label] <= 0 && scores[label] < this.evidenceGate) label = 'none';
    const crisisThreshold = this.model?.crisisThreshold ?? 0.5;
    // The crisis head alone is not enough: the message must also read as a disclosure or a threat.
    const disclosure = scores.oversharing + scores.aggression;
    // Once the message already reads as a disclosure or a threat, a lower bar for "crisis" costs no false
    // alarm (the label stays) and catches more quiet cries for help.
    const flaggedAsDisclosure = label === 'oversharing' || label === 'aggression';
    const policy = this.crisisPolicy;
    let crisis = flaggedAsDisclosure
      ? crisisProbability >= crisisThreshold * policy.flaggedFactor || crisisCueWeight >= 2.5
      : crisisCueWeight >= 2.5 || (crisisProbability >= crisisThreshold && disclosure >= policy.relabelDisclosure && (crisisCue || crisisProbability >= policy.relabelWithoutCue));
    if (crisis && label !== 'oversharing' && label !== 'aggression') {
      // A disclosure of danger is answered with help, whatever else the message says.
      const threat = analysis.matches.some((m) => m.entry.crisis && m.entry.category === 'aggression' && !m.negated);
      label = threat ? 'aggression' : 'oversharing';
    }
    if (label === 'none') crisis = false;
    const confidence = round(label === 'none' ? Math.max(scores.none, 1 - best) : Math.max(scores[label], crisis ? crisisProbability : 0));
    const evidence = this.evidence(analysis, label, scored);
    return { label, confidence: Math.min(1, confidence), lang: analysis.guess.lang, crisis, scores, evidence };
  }

  private evidence(analysis: Analysis, label: Category, scored: boolean): Evidence[] {
    const out: Evidence[] = [];
    for (const m of analysis.matches) {
      const view = analysis.views.get(m) ?? analysis.norm;
      const span = toOriginalSpan(view, m.start, m.end);
      const e: Evidence = { start: span.start, end: span.end, term: m.entry.term, category: m.entry.category, weight: round(m.weight), source: 'cue', lang: m.entry.lang };
      if (m.entry.crisis) e.crisis = true;
      if (m.negated) e.negated = true;
      if (m.fuzzy) e.fuzzy = true;
      out.push(e);
    }
    // Where the learned layer carried the verdict, show the words it leaned on most.
    if (this.model && scored && label !== 'none') {
      const k = this.model.classes.indexOf(label);
      // Words already inside a cue of this category need no second mention (compared in normalized offsets).
      const covered = (t: Token) => analysis.matches.some((m) => m.entry.category === label && !analysis.views.has(m) && m.start <= t.start && m.end >= t.end);
      const contributions: { tok: Token; w: number }[] = [];
      const tokens = analysis.tokenized.tokens;
      for (let i = 0; i < tokens.length && i < 200; i++) {
        const tok = tokens[i]!;
        if (tok.numeric || tok.key.length < 4 || this.wordVotes.get(tok.key)?.some(([, w]) => w >= 1)) continue;
        const b = fnv1aSeeded(WORD_STATE, tok.key) % this.model.buckets;
        const w = weightOf(this.model, b, k);
        if (w > 0.6 && !covered(tok)) contributions.push({ tok, w });
      }
      contributions.sort((a, b) => b.w - a.w);
      for (const { tok, w } of contributions.slice(0, 2)) {
        const span = toOriginalSpan(analysis.norm, tok.start, tok.end);
        out.push({ start: span.start, end: span.end, term: analysis.original.slice(span.start, span.end), category: label, weight: round(w), source: 'model', lang: analysis.guess.lang });
      }
    }
    if (analysis.tailShift > 0) {
      for (const e of out) {
        if (e.start >= analysis.tailStart) {
          e.start += analysis.tailShift;
          e.end += analysis.tailShift;
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

function cueOnlyScores(cue: Record<Category, number>): Record<Category, number> {
  // Map summed cue weight to a pseudo-probability: 1.5 (one strong cue) ≈ 0.5.
  const out = {} as Record<Category, number>;
  let maxFlag = 0;
  for (const c of FLAGGED_CATEGORIES) {
    const s = Math.max(0, cue[c] - Math.max(0, cue.none) * 0.5);
    out[c] = round(1 - Math.exp(-s / 2.16));
    maxFlag = Math.max(maxFlag, out[c]);
  }
  out.none = round(1 - maxFlag);
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const TAIL_CHARS = 1000;

/**
 * Very long input is classified on its head and its tail (where greetings, demands and sign-offs
 * are), joined by a line break; `tailShift` maps offsets in the tail back to the full text.
 */
function clip(text: string): { text: string; tailStart: number; tailShift: number } {
  if (text.length <= MAX_CLASSIFIED_CHARS) return { text, tailStart: Infinity, tailShift: 0 };
  let headEnd = MAX_CLASSIFIED_CHARS - TAIL_CHARS - 1;
  let tailFrom = text.length - TAIL_CHARS;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[headEnd - 1] ?? '')) headEnd--;
  if (/[\udc00-\udfff]/.test(text[tailFrom] ?? '')) tailFrom++;
  return { text: text.slice(0, headEnd) + '\n' + text.slice(tailFrom), tailStart: headEnd + 1, tailShift: tailFrom - headEnd - 1 };
}
