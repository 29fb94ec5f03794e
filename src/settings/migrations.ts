/**
 * Migrations of stored user data, one function per version step. Each is pure and tested with
 * before/after fixtures; a migration that cannot read its input throws (storage keeps the old
 * value) instead of silently resetting the user's work.
 */
import { userPhrasebookSchema, userPhrasebookV1Schema, type UserPhrasebook, type UserKeyword } from './schema';
import { CATEGORIES, LANGUAGES, type Category, type Language } from '../classifier/types';

/** v1 → v2: keywords map becomes a list; order, edits and resources appear (empty). */
export function migrateUserPhrasebookV1toV2(v1: unknown): UserPhrasebook {
  const old = userPhrasebookV1Schema.parse(v1);
  const keywords: UserKeyword[] = [];
  for (const [lang, byCategory] of Object.entries(old.keywords)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) continue;
    for (const [category, terms] of Object.entries(byCategory)) {
      if (!(CATEGORIES as readonly string[]).includes(category)) continue;
      for (const term of terms) if (term.trim()) keywords.push({ lang: lang as Language, category: category as Category, term: term.trim() });
    }
  }
  return userPhrasebookSchema.parse({ version: 2, replies: old.replies, disabled: old.disabled, keywords });
}
