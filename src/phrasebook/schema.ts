/**
 * Phrasebook data: what Poise offers to send. Files in `phrasebook/<lang>.json` and user imports
 * are parsed here once, at the edge; errors name the file, the path inside it and the reason.
 */
import { z } from 'zod';
import { LANGUAGES } from '../classifier/types';

export const REPLY_CATEGORIES = ['oversharing', 'aggression', 'criticism', 'payment_dodging', 'crisis'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];
export const TONES = ['warm', 'firm', 'final'] as const;
export type Tone = (typeof TONES)[number];
export const CONTEXTS = ['support', 'cam'] as const;
export const VARIABLES = ['client', 'agent', 'platform', 'cursor', 'resources'] as const;
export type VariableName = (typeof VARIABLES)[number];
export const MAX_REPLY_LENGTH = 280;

const VARIABLE_PATTERN = /\{([^{}]*)\}/g;

/** Reply text: chat-sized, only known variables, at most one caret marker, balanced optional groups. */
export const replyTextSchema = z
  .string()
  .min(1, 'empty reply')
  .max(MAX_REPLY_LENGTH, `longer than ${MAX_REPLY_LENGTH} characters`)
  .superRefine((text, ctx) => {
    for (const m of text.matchAll(VARIABLE_PATTERN)) {
      if (!(VARIABLES as readonly string[]).includes(m[1]!)) ctx.addIssue({ code: 'custom', message: `unknown variable {${m[1]}} (known: ${VARIABLES.map((v) => `{${v}}`).join(' ')})` });
    }
    if ((text.match(/\{cursor\}/g) ?? []).length > 1) ctx.addIssue({ code: 'custom', message: '{cursor} may appear only once' });
    let depth = 0;
    for (const ch of text) {
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      if (depth < 0 || depth > 1) break;
    }
    if (depth !== 0) ctx.addIssue({ code: 'custom', message: 'unbalanced or nested [optional] group' });
  });

export const replySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'ids are lower-case letters, digits, - _ .'),
  category: z.enum(REPLY_CATEGORIES),
  context: z.enum(CONTEXTS),
  tone: z.enum(TONES),
  text: replyTextSchema,
});
export type Reply = z.infer<typeof replySchema>;

export const resourceSchema = z.strictObject({
  label: z.string().min(1).max(120),
  contact: z.string().max(120).optional(),
  note: z.string().max(200).optional(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const phrasebookFileSchema = z
  .strictObject({
    lang: z.enum(LANGUAGES),
    replies: z.array(replySchema).min(1),
    resources: z.array(resourceSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    file.replies.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['replies', i, 'id'], message: `duplicate id ${r.id}` });
      ids.add(r.id);
      const key = r.text.trim().toLowerCase();
      if (texts.has(key)) ctx.addIssue({ code: 'custom', path: ['replies', i, 'text'], message: 'duplicate reply text' });
      texts.add(key);
    });
  });
export type PhrasebookFile = z.infer<typeof phrasebookFileSchema>;

export class DataError extends Error {
  constructor(readonly file: string, readonly path: string, readonly reason: string) {
    super(`${file}: ${path || '(root)'}: ${reason}`);
    this.name = 'DataError';
  }
}

/** Parse with a schema; throw a DataError naming file, path and reason of the first problem. */
export function parseWith<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new DataError(file, issue.path.map(String).join('.'), issue.message);
}

export function parsePhrasebook(file: string, data: unknown): PhrasebookFile {
  return parseWith(phrasebookFileSchema, file, data);
}

/** Parse JSON text first, so a syntax error also names the file. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(file, '', `not valid JSON (${(e as Error).message})`);
  }
}
