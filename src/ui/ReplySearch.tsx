/**
 * "Find a reply": fuse.js over the whole phrasebook (a person typing a query over a few thousand
 * short replies — what fuse.js is good at). Keyboard: type, ↑/↓ to move, Enter to insert.
 */
import Fuse from 'fuse.js';
import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { PhrasebookEntry } from '../phrasebook/select';
import { fillVariables } from '../phrasebook/variables';
import { directionOf } from '../i18n';

export interface ReplySearchProps {
  t: i18n['t'];
  entries: () => PhrasebookEntry[];
  onInsert: (s: { text: string; cursor: number | null }) => void;
}

export function ReplySearch({ t, entries, onInsert }: ReplySearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const fuse = useMemo(() => new Fuse(entries(), { keys: ['text', 'category', 'tone', 'lang'], threshold: 0.35, ignoreLocation: true }), [entries]);
  const results = useMemo(() => (query.trim() ? fuse.search(query.trim(), { limit: 8 }).map((r) => r.item) : []), [fuse, query]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  const insert = (e: PhrasebookEntry) => onInsert(fillVariables(e.text, {}));
  return (
    <div class="poise-search">
      <input
        ref={input}
        type="search"
        data-testid="poise-search"
        placeholder={t('panel.searchPlaceholder')}
        aria-label={t('panel.search')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive(Math.min(active + 1, results.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
          else if (e.key === 'Enter' && results[active]) { e.preventDefault(); insert(results[active]!); }
          e.stopPropagation();
        }}
      />
      {query.trim() && results.length === 0 && <p class="poise-hint">{t('panel.noResults')}</p>}
      <ul class="poise-results" role="listbox">
        {results.map((r, i) => (
          <li key={r.id} role="option" aria-selected={i === active}>
            <button type="button" class={`poise-result${i === active ? ' active' : ''}`} data-testid="poise-search-result" lang={r.lang} dir={directionOf(r.lang)}
              onMouseDown={(e) => e.preventDefault()} onClick={() => insert(r)}>{fillVariables(r.text, {}).text}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
