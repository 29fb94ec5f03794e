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
