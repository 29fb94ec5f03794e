/**
 * The phrasebook Poise uses: built-ins merged with the user's own replies, edits, order and
 * switched-off entries. User data is stored apart from built-ins, so it survives updates.
 */
import type { Phrasebook, PhrasebookEntry } from './select';
import type { UserPhrasebook } from '../settings/schema';

export function mergePhrasebook(builtin: Phrasebook, user: UserPhrasebook): Phrasebook {
  const disabled = new Set(user.disabled);
  const entries: PhrasebookEntry[] = [
    ...builtin.entries.map((e) => (user.edits[e.id] ? { ...e, text: user.edits[e.id]! } : e)),
    ...user.replies.map((r) => ({ ...r, origin: 'user' as const })),
  ].filter((e) => !disabled.has(e.id));
  if (user.order.length > 0) {
    const rank = new Map(user.order.map((id, i) => [id, i]));
    const indexed = entries.map((e, i) => ({ e, i }));
    indexed.sort((a, b) => (rank.get(a.e.id) ?? 1e6 + a.i) - (rank.get(b.e.id) ?? 1e6 + b.i));
    entries.splice(0, entries.length, ...indexed.map((x) => x.e));
  }
  const resources = { ...builtin.resources };
  for (const [lang, list] of Object.entries(user.resources)) if (list) resources[lang as keyof typeof resources] = list;
  return { entries, resources };
}
