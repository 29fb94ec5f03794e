import { z } from 'zod';
import { CATEGORIES, LANGUAGES } from './types';

const term = z.string().min(1).refine((t) => t === t.trim() && !/\s{2,}/.test(t), 'no leading, trailing or double spaces');

export const cueSchema = z.strictObject({
  /** The term as people write it; `*` ends a stem, ` .. ` allows a gap of up to 3 words. */
  t: term,
  c: z.enum(CATEGORIES),
  w: z.number().min(0.5).max(3),
  crisis: z.boolean().optional(),
});

export const lexiconSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  detect: z.array(term),
  negators: z.array(term),
  intensifiers: z.array(term),
  allow: z.array(term),
  cues: z.array(cueSchema).min(1),
});

export type Cue = z.infer<typeof cueSchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Parse a lexicon file; the error names the file, the path inside it and the reason. */
export function parseLexicon(file: string, data: unknown): Lexicon {
  const result = lexiconSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

const CATEGORY_SET = new Set<string>(['oversharing', 'aggression', 'criticism', 'payment_dodging', 'none']);

/**
 * The same rules as `lexiconSchema`, checked by hand: built-in lexicons (~14,000 cues) are checked
 * this way at start-up, in a millisecond instead of the ~50 ms zod takes; the full zod schema runs
 * in the lint test and on anything a user provides. Errors name the file, the path and the reason.
 */
export function checkLexicon(file: string, data: unknown): Lexicon {
  const fail = (path: string, reason: string): never => {
    throw new Error(`${file}: ${path}: ${reason}`);
  };
  if (typeof data !== 'object' || data === null) fail('(root)', 'expected an object');
  const d = data as Record<string, unknown>;
  if (typeof d.lang !== 'string') fail('lang', 'expected a language code');
  for (const key of ['detect', 'negators', 'intensifiers', 'allow'] as const) {
    const list = d[key];
    if (!Array.isArray(list)) fail(key, 'expected an array');
    (list as unknown[]).forEach((t, i) => {
      if (typeof t !== 'string' || t.length === 0 || t !== t.trim()) fail(`${key}.${i}`, 'expected a trimmed non-empty string');
    });
  }
  if (!Array.isArray(d.cues) || d.cues.length === 0) fail('cues', 'expected a non-empty array');
  (d.cues as unknown[]).forEach((c, i) => {
    const cue = c as Record<string, unknown> | null;
    if (typeof cue !== 'object' || cue === null) fail(`cues.${i}`, 'expected an object');
    const t = cue!.t;
    if (typeof t !== 'string' || t.length === 0 || t !== t.trim() || /\s{2,}/.test(t)) fail(`cues.${i}.t`, 'expected a trimmed non-empty term');
    if (typeof cue!.c !== 'string' || !CATEGORY_SET.has(cue!.c)) fail(`cues.${i}.c`, 'unknown category');
    if (typeof cue!.w !== 'number' || !(cue!.w >= 0.5 && cue!.w <= 3)) fail(`cues.${i}.w`, 'weight must be 0.5..3');
    if (cue!.crisis !== undefined && typeof cue!.crisis !== 'boolean') fail(`cues.${i}.crisis`, 'expected a boolean');
  });
  return data as Lexicon;
}
