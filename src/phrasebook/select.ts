/**
 * Choosing what to offer: the category (crisis disclosures get help, not a boundary), the tone from
 * escalation (repeated flagged messages from one client: warm → firm → final), the client's language
 * first and the agent's own beside it, never the reply the agent just sent, the user's order and
 * disabled entries respected.
 */
import type { Category, ChatContext, Language } from '../classifier/types';
import { serbianLatinToCyrillic } from '../classifier/normalize';
import type { Reply, ReplyCategory, Resource, Tone } from './schema';
import { fillVariables, type FilledReply, type VariableValues } from './variables';

export interface PhrasebookEntry extends Reply {
  lang: Language;
  /** 'builtin' or 'user' */
  origin: 'builtin' | 'user';
}

export interface Phrasebook {
  entries: PhrasebookEntry[];
  resources: Partial<Record<Language, Resource[]>>;
}

export interface Suggestion extends FilledReply {
  id: string;
  lang: Language;
  tone: Tone;
  category: ReplyCategory;
  /** The template before filling (for search and editing). */
  template: string;
}

export interface SelectionRequest {
  label: Category;
  crisis: boolean;
  /** Language of the client's message. */
  clientLang: Language;
  /** The client wrote Serbian in Cyrillic: show Serbian replies in Cyrillic. */
  clientScript?: 'latin' | 'cyrillic';
  /** The agent's own (UI) language, offered beside the client's. */
  agentLang?: Language;
  context: ChatContext;
  /** How many earlier flagged messages this client sent in this chat. */
  priorFlags?: number;
  /** Text the agent sent last (never offered again). */
  lastSentText?: string | null;
  values?: VariableValues;
  /** How many replies in the client's language; the agent's language adds up to `extra`. */
  limit?: number;
  extra?: number;
}

export const TONE_ORDER: Tone[] = ['warm', 'firm', 'final'];

export function toneForEscalation(priorFlags: number): Tone {
  return TONE_ORDER[Math.min(Math.max(0, priorFlags), TONE_ORDER.length - 1)]!;
}

export function replyCategoryFor(label: Category, crisis: boolean): ReplyCategory | null {
  if (label === 'none') return null;
  if (crisis && label === 'oversharing') return 'crisis';
  return label;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Rankings already made for a phrasebook. A phrasebook is never changed in place (edits build a
 * new one), so a busy chat ranks each (language, category, context, tone) once, not per message.
 */
const rankings = new WeakMap<Phrasebook, Map<string, PhrasebookEntry[]>>();

/** Rank replies for one language: the escalation tone first, then the neighbouring tones. */
function rankedFor(book: Phrasebook, lang: Language, category: ReplyCategory, context: ChatContext, tone: Tone): PhrasebookEntry[] {
  let cache = rankings.get(book);
  if (!cache) {
    cache = new Map();
    rankings.set(book, cache);
  }
  const key = `${lang}|${category}|${context}|${tone}`;
  let ranked = cache.get(key);
  if (!ranked) {
    ranked = rank(book, lang, category, context, tone);
    cache.set(key, ranked);
  }
  return ranked;
}

function rank(book: Phrasebook, lang: Language, category: ReplyCategory, context: ChatContext, tone: Tone): PhrasebookEntry[] {
  const pool = book.entries.filter((e) => e.lang === lang && e.category === category);
  const toneDistance = (t: Tone) => Math.abs(TONE_ORDER.indexOf(t) - TONE_ORDER.indexOf(tone));
  const scored = pool.map((e, order) => ({ e, order, score: (e.context === context ? 0 : 10) + toneDistance(e.tone) * 2 + (e.origin === 'user' ? -0.5 : 0) }));
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((s) => s.e);
}

export function selectReplies(book: Phrasebook, req: SelectionRequest): Suggestion[] {
  const category = replyCategoryFor(req.label, req.crisis);
  if (!category) return [];
  let tone = toneForEscalation(req.priorFlags ?? 0);
  // A threat of violence is never answered warmly.
  if (req.crisis && req.label === 'aggression' && tone === 'warm') tone = 'firm';
  const limit = req.limit ?? 3;
  const extra = req.extra ?? 1;
  const last = req.lastSentText ? comparable(req.lastSentText) : null;
  const out: Suggestion[] = [];
  const take = (lang: Language, count: number) => {
    let taken = 0;
    for (const e of rankedFor(book, lang, category, req.context, tone)) {
      if (taken >= count) break;
      const values: VariableValues = { ...req.values, resources: req.values?.resources ?? book.resources[lang] ?? [] };
      const filled = fillVariables(e.text, values);
      let text = filled.text;
      let cursor = filled.cursor;
      if (lang === 'sr' && req.clientLang === 'sr' && req.clientScript === 'cyrillic') {
        text = serbianLatinToCyrillic(text);
        if (cursor !== null) cursor = serbianLatinToCyrillic(filled.text.slice(0, cursor)).length;
      }
      if (last && comparable(text) === last) continue;
      if (out.some((o) => o.text === text)) continue;
      out.push({ id: e.id, lang, tone: e.tone, category, template: e.text, text, cursor });
      taken++;
    }
  };
  take(req.clientLang, limit);
  if (out.length === 0 && req.clientLang !== 'en') take('en', limit);
  const agentLang = req.agentLang ?? 'en';
  if (agentLang !== req.clientLang && extra > 0) take(agentLang, extra);
  return out;
}
