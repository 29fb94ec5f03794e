/**
 * Import and export of the user phrasebook. An import is parsed completely before anything is
 * written: an invalid file is rejected with the file name, the path inside it and the reason,
 * and the existing user data stays as it was.
 */
import { DataError, parseJsonText, parseWith } from './schema';
import { userPhrasebookSchema, type UserPhrasebook } from '../settings/schema';
import { migrateUserPhrasebookV1toV2 } from '../settings/migrations';

export function parseUserPhrasebookImport(fileName: string, text: string): UserPhrasebook {
  const data = parseJsonText(fileName, text);
  // Files exported by the first release have no version field: migrate them like stored data.
  const isV1 = typeof data === 'object' && data !== null && !('version' in data);
  let parsed: UserPhrasebook;
  if (isV1) {
    try {
      parsed = migrateUserPhrasebookV1toV2(data);
    } catch {
      parsed = parseWith(userPhrasebookSchema, fileName, data);
    }
  } else parsed = parseWith(userPhrasebookSchema, fileName, data);
  const ids = new Set<string>();
  parsed.replies.forEach((r, i) => {
    if (ids.has(r.id)) throw new DataError(fileName, `replies.${i}.id`, `duplicate id ${r.id}`);
    ids.add(r.id);
  });
  return parsed;
}

/** Imported entries win over existing ones with the same id; everything else is kept. */
export function mergeUserPhrasebooks(current: UserPhrasebook, incoming: UserPhrasebook): UserPhrasebook {
  const byId = new Map(current.replies.map((r) => [r.id, r]));
  for (const r of incoming.replies) byId.set(r.id, r);
  const keywordKey = (k: { lang: string; category: string; term: string }) => `${k.lang}|${k.category}|${k.term.toLowerCase()}`;
  const keywords = new Map(current.keywords.map((k) => [keywordKey(k), k]));
  for (const k of incoming.keywords) keywords.set(keywordKey(k), k);
  return {
    version: 2,
    replies: [...byId.values()],
    disabled: [...new Set([...current.disabled, ...incoming.disabled])],
    order: incoming.order.length ? incoming.order : current.order,
    edits: { ...current.edits, ...incoming.edits },
    keywords: [...keywords.values()],
    resources: { ...current.resources, ...incoming.resources },
  };
}

export function exportUserPhrasebook(user: UserPhrasebook): string {
  return JSON.stringify(user, null, 2) + '\n';
}
