/**
 * User settings and the user phrasebook: zod schemas (pure, shared by options page, content
 * script and tests). Storage items with versions and migrations are in ./items.ts.
 */
import { z } from 'zod';
import { CATEGORIES, LANGUAGES } from '../classifier/types';
import { replySchema, resourceSchema } from '../phrasebook/schema';

export const settingsSchema = z.object({
  /** Support or cam replies; 'auto' follows the platform adapter. */
  context: z.enum(['auto', 'support', 'cam']).default('auto'),
  /** Sensitivity threshold 0..1 (null: the trained default). */
  threshold: z.number().min(0.05).max(0.95).nullable().default(null),
  /** The agent's own language (UI and the second language of replies); 'auto' = browser. */
  uiLanguage: z.union([z.literal('auto'), z.enum(LANGUAGES)]).default('auto'),
  agentName: z.string().max(80).default(''),
  /** Show the in-page panel (the popup works either way). */
  panelEnabled: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const userReplySchema = replySchema.extend({
  lang: z.enum(LANGUAGES),
});
export type UserReply = z.infer<typeof userReplySchema>;

export const userKeywordSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  category: z.enum(CATEGORIES),
  term: z.string().min(1).max(80),
});
export type UserKeyword = z.infer<typeof userKeywordSchema>;

/** What the user changed: own replies, built-ins switched off or reordered, keywords, resources. */
export const userPhrasebookSchema = z.strictObject({
  version: z.literal(2),
  replies: z.array(userReplySchema).default([]),
  /** Ids of replies (built-in or user) the user switched off. */
  disabled: z.array(z.string()).default([]),
  /** Ids in the user's preferred order (others keep their place after these). */
  order: z.array(z.string()).default([]),
  /** Edited text of built-in replies, by id. */
  edits: z.record(z.string(), z.string()).default({}),
  keywords: z.array(userKeywordSchema).default([]),
  resources: z.partialRecord(z.enum(LANGUAGES), z.array(resourceSchema)).default({}),
});
export type UserPhrasebook = z.infer<typeof userPhrasebookSchema>;
export const EMPTY_USER_PHRASEBOOK: UserPhrasebook = userPhrasebookSchema.parse({ version: 2 });

/** Version 1 (first release): replies and disabled ids only, keywords as a map lang → category → terms. */
export const userPhrasebookV1Schema = z.object({
  replies: z.array(userReplySchema).default([]),
  disabled: z.array(z.string()).default([]),
  keywords: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
});
export type UserPhrasebookV1 = z.infer<typeof userPhrasebookV1Schema>;

export const customSiteSchema = z.strictObject({
  /** Origin pattern the user enabled, e.g. https://chat.example.com/* */
  pattern: z.string().regex(/^https?:\/\/[^/*]+\/\*$/, 'an origin pattern like https://chat.example.com/*'),
  context: z.enum(['support', 'cam']).default('support'),
  /** Optional selectors overriding the generic adapter's. */
  selectors: z.record(z.string(), z.array(z.string())).optional(),
});
export type CustomSite = z.infer<typeof customSiteSchema>;
