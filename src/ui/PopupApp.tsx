/**
 * The popup: the last classified client message on the active tab, its category and replies; one
 * click inserts into that tab's reply box. On pages where Poise is not active, it offers to enable
 * Poise on the site (asking for that one origin's permission only then).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/protocol';
import type { PanelSnapshot } from '../chat/session-state';
import { settingsItem, customSitesItem, userPhrasebookItem } from '../settings/items';
import { createI18n, directionOf } from '../i18n';
import { SuggestionList } from './SuggestionList';
import { ReplySearch } from './ReplySearch';
import { builtinPhrasebook } from '../phrasebook/builtin';
import { mergePhrasebook } from '../phrasebook/merge';
import type { PhrasebookEntry } from '../phrasebook/select';

type Status = 'loading' | 'ready' | 'inactive';

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  // ?tab=<id> lets the popup be opened for a given tab (tests, and "open in a tab" for accessibility).
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}

export function PopupApp() {
  const [uiLang, setUiLang] = useState<string>(browser.i18n.getUILanguage());
  const i18n = useMemo(() => createI18n(uiLang), [uiLang]);
  const t = i18n.t.bind(i18n);
  const [status, setStatus] = useState<Status>('loading');
  const [snapshot, setSnapshot] = useState<PanelSnapshot | null>(null);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [note, setNote] = useState<string>('');
  const [entries, setEntries] = useState<PhrasebookEntry[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    void (async () => {
      const settings = await settingsItem.getValue();
      if (settings.uiLanguage !== 'auto') setUiLang(settings.uiLanguage);
      setEntries(mergePhrasebook(builtinPhrasebook(), await userPhrasebookItem.getValue()).entries);
      const target = await targetTab();
      setTab(target);
      if (!target) return setStatus('inactive');
      try {
        setSnapshot(await sendToTab(target.id, 'getPanelSnapshot', null));
        setStatus('ready');
      } catch {
        setStatus('inactive');
      }
    })();
  }, []);

  const insert = async (s: { text: string; cursor: number | null }) => {
    if (!tab) return;
    try {
      const r = await sendToTab(tab.id, 'insertReply', { text: s.text, cursor: s.cursor });
      setNote(r?.ok ? t('popup.inserted') : t('popup.insertFailed'));
    } catch {
      setNote(t('popup.insertFailed'));
    }
  };

  const enableHere = async () => {
    if (!tab?.url) return;
    const origin = new URL(tab.url).origin;
    const pattern = `${origin}/*`;
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return;
    const sites = await customSitesItem.getValue();
    if (!sites.some((s) => s.pattern === pattern)) await customSitesItem.setValue([...sites, { pattern, context: 'support' }]);
    setNote(t('popup.enabledHere', { host: new URL(tab.url).host }));
  };

  const canEnable = tab?.url?.startsWith('http');
  const category = snapshot ? (snapshot.crisis ? 'crisis' : snapshot.label) : 'none';
  return (
    <main class="popup" dir={directionOf(i18n.language)} data-testid="poise-popup" data-category={snapshot?.label ?? ''}>
      <header>
        <h1>{t('popup.title')}</h1>
        <button type="button" class="link" onClick={() => setSearching(!searching)} aria-pressed={searching}>{t('panel.search')}</button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('popup.options')}</button>
      </header>
      {searching && <ReplySearch t={t} entries={() => entries} onInsert={(s) => void insert(s)} />}
      {status === 'inactive' && (
        <section>
          <p>{t('popup.notActive')}</p>
          {canEnable && <button type="button" class="primary" data-testid="poise-enable-site" onClick={() => void enableHere()}>{t('popup.enableHere')}</button>}
        </section>
      )}
      {status === 'ready' && !snapshot && <p data-testid="poise-popup-empty">{t('popup.noMessage')}</p>}
      {status === 'ready' && snapshot && (
        <section>
          <p class="label">{t('popup.lastMessage')}</p>
          <blockquote data-testid="poise-popup-message" dir="auto">{snapshot.message}</blockquote>
          <p>
            <strong class={`cat cat-${snapshot.label}`} data-testid="poise-popup-category">{t(`category.${category}`)}</strong>
            {' '}<span class="meta">{t('panel.confidence', { percent: Math.round(snapshot.confidence * 100) })} · {snapshot.lang}</span>
          </p>
          {snapshot.crisis && <p class="crisis">{t('panel.crisisNote')}</p>}
          {snapshot.evidence.length > 0 && (
            <p class="why">{t('panel.triggeredBy')}: {snapshot.evidence.map((e, i) => <mark key={i}>{e.text}</mark>)}</p>
          )}
          <SuggestionList suggestions={[...snapshot.suggestions, ...snapshot.more.slice(0, 3)]} t={t} onInsert={(s) => void insert(s)} />
        </section>
      )}
      {note && <p class="note" role="status" data-testid="poise-popup-note">{note}</p>}
    </main>
  );
}
