/**
 * The in-page panel (rendered inside Poise's open shadow root): what the newest incoming message
 * is, the words that triggered it, and the replies. Buttons keep focus in the page's editor
 * (mousedown is prevented), so the agent's caret and the page's shortcuts stay where they were.
 * Test hooks (a stable contract): [data-testid="poise-panel"][data-category], and
 * button[data-testid="poise-suggestion"] whose text is exactly what it inserts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { PanelSnapshot } from '../chat/session-state';
import type { Suggestion } from '../phrasebook/select';
import { SuggestionList } from './SuggestionList';
import { ReplySearch } from './ReplySearch';
import type { PhrasebookEntry } from '../phrasebook/select';
import { directionOf } from '../i18n';

export interface PanelProps {
  snapshot: PanelSnapshot | null;
  open: boolean;
  t: i18n['t'];
  uiLang: string;
  status: 'idle' | 'inserted' | 'failed';
  searchEntries: () => PhrasebookEntry[];
  onInsert: (s: Pick<Suggestion, 'text' | 'cursor'>) => void;
  onDismiss: () => void;
  onToggle: () => void;
}

const keepFocus = (e: Event) => e.preventDefault();

export function Panel({ snapshot, open, t, uiLang, status, searchEntries, onInsert, onDismiss, onToggle }: PanelProps) {
  const [showMore, setShowMore] = useState(false);
  const [searching, setSearching] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const category = snapshot?.label ?? 'none';
  useEffect(() => {
    setShowMore(false);
    setSearching(false);
  }, [snapshot?.at]);

  const flagged = snapshot !== null && snapshot.label !== 'none';
  const visible = useMemo(() => (snapshot ? (showMore ? [...snapshot.suggestions, ...snapshot.more] : snapshot.suggestions) : []), [snapshot, showMore]);
  const title = snapshot ? t(snapshot.crisis ? 'category.crisis' : `category.${snapshot.label}`) : t('category.none');

  return (
    <div
      ref={rootRef}
      class={`poise-panel ${flagged && open ? 'is-open' : 'is-quiet'} cat-${category}${snapshot?.crisis ? ' is-crisis' : ''}`}
      data-testid="poise-panel"
      data-category={category}
      data-crisis={snapshot?.crisis ? 'true' : 'false'}
      role="complementary"
      aria-label={t('panel.label')}
      dir={directionOf(uiLang)}
      onKeyDown={(e) => {
        if (e.isComposing) return;
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDismiss();
          return;
        }
        // 1-3 insert the matching reply while focus is in the panel (not while typing a search).
        const digit = Number(e.key);
        if (!searching && digit >= 1 && digit <= 3 && visible[digit - 1] && !(e.target as HTMLElement).matches?.('input')) {
          e.preventDefault();
          onInsert(visible[digit - 1]!);
        }
      }}
    >
      {!flagged || !open ? (
        <button
          type="button"
          class="poise-pill"
          data-testid="poise-toggle"
          onMouseDown={keepFocus}
          onClick={onToggle}
          aria-expanded="false"
          title={flagged ? t('panel.expand') : t('panel.nothingFlagged')}
        >
          <span class="dot" aria-hidden="true" />
          {flagged ? `${t('appName')}: ${title}` : t('appName')}
        </button>
      ) : (
        <section class="poise-card" aria-live="polite">
          <header>
            <strong class="poise-category" data-testid="poise-category">{title}</strong>
            {snapshot && <span class="poise-meta">{t('panel.confidence', { percent: Math.round(snapshot.confidence * 100) })} · {snapshot.lang}</span>}
            <span class="spacer" />
            <button type="button" class="icon" data-testid="poise-search-toggle" onMouseDown={keepFocus} onClick={() => setSearching(!searching)} aria-pressed={searching} title={t('panel.search')} aria-label={t('panel.search')}>⌕</button>
            <button type="button" class="icon" data-testid="poise-dismiss" onMouseDown={keepFocus} onClick={onDismiss} title={t('panel.dismiss')} aria-label={t('panel.dismiss')}>×</button>
          </header>
          {snapshot?.crisis && <p class="poise-crisis" role="note">{t('panel.crisisNote')}</p>}
          {snapshot && (
            <p class="poise-why" data-testid="poise-evidence">
              {t('panel.triggeredBy')}:{' '}
              {snapshot.evidence.length > 0
                ? snapshot.evidence.map((e, i) => (
                    <mark key={i} class={`ev-${e.category}`} data-source={e.source}>{e.text}</mark>
                  ))
                : <em>{t('panel.noEvidence')}</em>}
            </p>
          )}
          {searching ? (
            <ReplySearch t={t} entries={searchEntries} onInsert={onInsert} />
          ) : (
            <>
              <SuggestionList suggestions={visible} t={t} onInsert={onInsert} />
              {snapshot && snapshot.more.length > 0 && (
                <button type="button" class="link" data-testid="poise-more" onMouseDown={keepFocus} onClick={() => setShowMore(!showMore)} aria-expanded={showMore}>
                  {showMore ? t('panel.less') : t('panel.more')}
                </button>
              )}
            </>
          )}
          <p class="poise-hint" role="status">
            {status === 'inserted' ? t('panel.inserted') : status === 'failed' ? t('panel.insertFailed') : t('panel.insertHint')}
          </p>
        </section>
      )}
    </div>
  );
}
