/**
 * Fill a reply's variables. `[...]` groups hold a variable together with the words that only make
 * sense with it: when any variable inside is unknown, the whole group goes. `{cursor}` marks where
 * the caret lands after insertion.
 */
import type { Resource } from './schema';

export interface VariableValues {
  client?: string | null;
  agent?: string | null;
  platform?: string | null;
  resources?: readonly Resource[] | null;
}

export interface FilledReply {
  text: string;
  /** Caret offset in `text` after insertion, or null for "at the end". */
  cursor: number | null;
}

function valueOf(name: string, values: VariableValues): string | null {
  if (name === 'resources') {
    const list = values.resources ?? [];
    if (list.length === 0) return null;
    return list.map((r) => (r.contact ? `${r.label}: ${r.contact}` : r.label)).join('; ');
  }
  if (name === 'client' || name === 'agent' || name === 'platform') {
    const v = values[name]?.trim();
    return v ? v : null;
  }
  return null;
}

export function fillVariables(template: string, values: VariableValues): FilledReply {
  // Optional groups first.
  let text = template.replace(/\[([^\[\]]*)\]/g, (_, inner: string) => {
    const names = [...inner.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!).filter((n) => n !== 'cursor');
    return names.every((n) => valueOf(n, values) !== null) ? inner : '';
  });
  // Loose variables: fill, or drop with the space before them.
  text = text.replace(/\s?\{(client|agent|platform|resources)\}/g, (match, name: string) => {
    const v = valueOf(name, values);
    return v === null ? "" : match.replace(`{${name}}`, () => v);
  });
  // Tidy what removal can leave behind: doubled spaces, space before punctuation, leading commas.
  text = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?;:。、，！？])/g, '$1')
    .replace(/^[\s,]+/, '')
    .replace(/,([.!?])/g, '$1');
  const at = text.indexOf('{cursor}');
  if (at >= 0) {
    text = text.slice(0, at) + text.slice(at + '{cursor}'.length);
    const trimmed = text.trimEnd();
    return { text: trimmed, cursor: Math.min(at, trimmed.length) };
  }
  return { text: text.trim(), cursor: null };
}
