/**
 * Options: general settings, the user's own replies (add, edit, disable, reorder), keywords per
 * category and language, help resources, import/export, and custom sites with their selectors.
 * Every write is validated first; a rejected input says file/field, path and reason and keeps
 * the previous data.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { settingsItem, userPhrasebookItem, customSitesItem } from '../settings/items';
import { DEFAULT_SETTINGS, EMPTY_USER_PHRASEBOOK, customSiteSchema, userReplySchema, userKeywordSchema, type CustomSite, type Settings, type UserPhrasebook } from '../settings/schema';
import { createI18n, directionOf } from '../i18n';
import { LANGUAGES, CATEGORIES } from '../classifier/types';
import { z } from 'zod';
import { REPLY_CATEGORIES, TONES, parseJsonText, parseWith, DataError, resourceSchema } from '../phrasebook/schema';
import { builtinPhrasebook } from '../phrasebook/builtin';
import { exportUserPhrasebook, mergeUserPhrasebooks, parseUserPhrasebookImport } from '../phrasebook/user-import';
import { adapterSelectorsSchema } from '../adapters/schema';
import { sendToTab } from '../messaging/protocol';

const errorText = (e: unknown) => (e instanceof DataError ? e.message : (e as Error).message);

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [user, setUser] = useState<UserPhrasebook>(EMPTY_USER_PHRASEBOOK);
  const [sites, setSites] = useState<CustomSite[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const i18n = useMemo(() => createI18n(settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage), [settings.uiLanguage]);
  const t = i18n.t.bind(i18n);

  useEffect(() => {
    void (async () => {
      setSettings(await settingsItem.getValue());
      setUser(await userPhrasebookItem.getValue());
      setSites(await customSitesItem.getValue());
    })();
  }, []);

  const saveSettings = async (next: Settings) => {
    setSettings(next);
    await settingsItem.setValue(next);
    setMessage({ ok: true, text: t('options.saved') });
  };
  const saveUser = async (next: UserPhrasebook) => {
    setUser(next);
    await userPhrasebookItem.setValue(next);
    setMessage({ ok: true, text: t('options.saved') });
  };

  // --- replies
  const [draft, setDraft] = useState({ lang: 'en', category: 'criticism', context: 'support', tone: 'warm', text: '' });
  const addReply = async () => {
    const id = `user-${Date.now().toString(36)}`;
    const r = userReplySchema.safeParse({ ...draft, id });
    if (!r.success) return setMessage({ ok: false, text: `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}` });
    await saveUser({ ...user, replies: [...user.replies, r.data], order: [...user.order, id] });
    setDraft({ ...draft, text: '' });
  };
  const move = async (id: string, delta: number) => {
    const ids = user.order.length ? [...user.order] : user.replies.map((r) => r.id);
    for (const r of user.replies) if (!ids.includes(r.id)) ids.push(r.id);
    const i = ids.indexOf(id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    await saveUser({ ...user, order: ids });
  };
  const toggleDisabled = (id: string) => saveUser({ ...user, disabled: user.disabled.includes(id) ? user.disabled.filter((d) => d !== id) : [...user.disabled, id] });
  const editReply = async (id: string, text: string) => {
    const r = userReplySchema.shape.text.safeParse(text);
    if (!r.success) return setMessage({ ok: false, text: r.error.issues[0]!.message });
    await saveUser({ ...user, replies: user.replies.map((x) => (x.id === id ? { ...x, text } : x)) });
  };
  const sortedReplies = [...user.replies].sort((a, b) => {
    const ia = user.order.indexOf(a.id);
    const ib = user.order.indexOf(b.id);
    return (ia < 0 ? 1e6 : ia) - (ib < 0 ? 1e6 : ib);
  });

  // --- keywords
  const [kw, setKw] = useState({ lang: 'en', category: 'aggression', term: '' });
  const addKeyword = async () => {
    const r = userKeywordSchema.safeParse(kw);
    if (!r.success) return setMessage({ ok: false, text: r.error.issues[0]!.message });
    await saveUser({ ...user, keywords: [...user.keywords, r.data] });
    setKw({ ...kw, term: '' });
  };

  // --- help resources (crisis replies list them; built-ins are only entries we are certain of)
  const [resLang, setResLang] = useState<string>('en');
  const resourcesText = (lang: string) => {
    const list = user.resources[lang as keyof UserPhrasebook['resources']] ?? builtinPhrasebook().resources[lang as keyof UserPhrasebook['resources']] ?? [];
    return list.map((r) => (r.contact ? `${r.label}: ${r.contact}` : r.label)).join('\n');
  };
  const [resDraft, setResDraft] = useState<string | null>(null);
  const saveResources = async () => {
    const lines = (resDraft ?? resourcesText(resLang)).split('\n').map((l) => l.trim()).filter(Boolean);
    const list = lines.map((l) => {
      const at = l.lastIndexOf(':');
      return at > 0 ? { label: l.slice(0, at).trim(), contact: l.slice(at + 1).trim() } : { label: l };
    });
    const r = z.array(resourceSchema).safeParse(list);
    if (!r.success) return setMessage({ ok: false, text: `resources.${resLang}.${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}` });
    await saveUser({ ...user, resources: { ...user.resources, [resLang]: r.data } });
    setResDraft(null);
  };

  // --- import / export
  const onImport = async (file: File) => {
    try {
      const incoming = parseUserPhrasebookImport(file.name, await file.text());
      await saveUser(mergeUserPhrasebooks(user, incoming));
      setMessage({ ok: true, text: t('options.importOk', { count: incoming.replies.length + incoming.keywords.length }) });
    } catch (e) {
      setMessage({ ok: false, text: t('options.importError', { error: errorText(e) }) });
    }
  };
  const onExport = () => {
    const url = URL.createObjectURL(new Blob([exportUserPhrasebook(user)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'poise-phrasebook.json';
    a.click();
    URL.revokeObjectURL(url);
  };

  // --- custom sites
  const [siteDraft, setSiteDraft] = useState({ pattern: '', selectors: '' });
  const saveSite = async () => {
    try {
      const selectors = siteDraft.selectors.trim() ? parseWith(adapterSelectorsSchema.partial(), 'selectors', parseJsonText('selectors', siteDraft.selectors)) : undefined;
      const site = parseWith(customSiteSchema, 'site', { pattern: siteDraft.pattern, context: 'support', selectors });
      const granted = await browser.permissions.request({ origins: [site.pattern] });
      if (!granted) return;
      const next = [...sites.filter((s) => s.pattern !== site.pattern), site];
      setSites(next);
      await customSitesItem.setValue(next);
      setMessage({ ok: true, text: t('options.saved') });
    } catch (e) {
      setMessage({ ok: false, text: t('options.selectorError', { error: errorText(e) }) });
    }
  };
  const testSite = async () => {
    try {
      const selectors = parseJsonText('selectors', siteDraft.selectors || '{}');
      const [tab] = await browser.tabs.query({ url: siteDraft.pattern });
      if (!tab?.id) return setMessage({ ok: false, text: 'Open a tab of that site first.' });
      const r = await sendToTab(tab.id, 'testSelectors', { selectors });
      setMessage({ ok: r.ok && r.log && r.replyBox, text: r.ok ? `log: ${r.log ? '✓' : '✗'}  reply box: ${r.replyBox ? '✓' : '✗'}  incoming messages: ${r.incoming}` : r.error ?? '' });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };

  const builtinCount = useMemo(() => builtinPhrasebook().entries.length, []);
  return (
    <main class="options" dir={directionOf(i18n.language)} data-testid="poise-options">
      <header><h1>{t('options.title')}</h1></header>
      {message && <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="poise-options-message">{message.text}</p>}
      <section>
        <h2>{t('options.general')}</h2>
        <label>{t('options.context')}{' '}
          <select value={settings.context} onChange={(e) => void saveSettings({ ...settings, context: (e.target as HTMLSelectElement).value as Settings['context'] })}>
            <option value="auto">{t('options.contextAuto')}</option>
            <option value="support">{t('options.contextSupport')}</option>
            <option value="cam">{t('options.contextCam')}</option>
          </select>
        </label>
        <label>{t('options.sensitivity')}{' '}
          <input type="range" min="0.2" max="0.8" step="0.05" value={String(1 - (settings.threshold ?? 0.5))}
            onChange={(e) => void saveSettings({ ...settings, threshold: Number((1 - Number((e.target as HTMLInputElement).value)).toFixed(2)) })} />
          <small> {t('options.sensitivityHelp')}</small>
        </label>
        <label>{t('options.language')}{' '}
          <select value={settings.uiLanguage} onChange={(e) => void saveSettings({ ...settings, uiLanguage: (e.target as HTMLSelectElement).value as Settings['uiLanguage'] })}>
            <option value="auto">{t('options.languageAuto')}</option>
            {LANGUAGES.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </label>
        <label>{t('options.agentName')}{' '}
          <input value={settings.agentName} onChange={(e) => void saveSettings({ ...settings, agentName: (e.target as HTMLInputElement).value })} />
        </label>
      </section>
      <section>
        <h2>{t('options.phrasebook')} <small>(+ {builtinCount} built-in)</small></h2>
        <table>
          <tbody>
            {sortedReplies.map((r) => (
              <tr key={r.id} data-testid="poise-user-reply">
                <td>{r.lang} · {r.category} · {r.context} · {r.tone}</td>
                <td><textarea value={r.text} onChange={(e) => void editReply(r.id, (e.target as HTMLTextAreaElement).value)} aria-label={t('options.edit')} /></td>
                <td>
                  <button type="button" onClick={() => void move(r.id, -1)} aria-label={t('options.moveUp')}>↑</button>
                  <button type="button" onClick={() => void move(r.id, 1)} aria-label={t('options.moveDown')}>↓</button>
                  <button type="button" onClick={() => void toggleDisabled(r.id)}>{user.disabled.includes(r.id) ? t('options.enable') : t('options.disable')}</button>
                  <button type="button" onClick={() => void saveUser({ ...user, replies: user.replies.filter((x) => x.id !== r.id) })}>{t('options.delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <select value={draft.lang} onChange={(e) => setDraft({ ...draft, lang: (e.target as HTMLSelectElement).value })}>{LANGUAGES.map((l) => <option key={l}>{l}</option>)}</select>
          <select value={draft.category} onChange={(e) => setDraft({ ...draft, category: (e.target as HTMLSelectElement).value })}>{REPLY_CATEGORIES.map((c) => <option key={c}>{c}</option>)}</select>
          <select value={draft.context} onChange={(e) => setDraft({ ...draft, context: (e.target as HTMLSelectElement).value })}><option>support</option><option>cam</option></select>
          <select value={draft.tone} onChange={(e) => setDraft({ ...draft, tone: (e.target as HTMLSelectElement).value })}>{TONES.map((c) => <option key={c}>{c}</option>)}</select>
          <textarea data-testid="poise-new-reply" value={draft.text} onInput={(e) => setDraft({ ...draft, text: (e.target as HTMLTextAreaElement).value })} />
          <button type="button" onClick={() => void addReply()}>{t('options.addReply')}</button>
        </div>
      </section>
      <section>
        <h2>{t('options.keywords')}</h2>
        <ul>{user.keywords.map((k, i) => (
          <li key={i}>{k.lang} · {k.category}: <b>{k.term}</b> <button type="button" onClick={() => void saveUser({ ...user, keywords: user.keywords.filter((_, j) => j !== i) })}>{t('options.delete')}</button></li>
        ))}</ul>
        <select value={kw.lang} onChange={(e) => setKw({ ...kw, lang: (e.target as HTMLSelectElement).value })}>{LANGUAGES.map((l) => <option key={l}>{l}</option>)}</select>
        <select value={kw.category} onChange={(e) => setKw({ ...kw, category: (e.target as HTMLSelectElement).value })}>{CATEGORIES.map((c) => <option key={c}>{c}</option>)}</select>
        <input value={kw.term} onInput={(e) => setKw({ ...kw, term: (e.target as HTMLInputElement).value })} />
        <button type="button" onClick={() => void addKeyword()}>{t('options.addKeyword')}</button>
      </section>
      <section>
        <h2>{t('options.resources')}</h2>
        <select value={resLang} onChange={(e) => { setResLang((e.target as HTMLSelectElement).value); setResDraft(null); }}>{LANGUAGES.map((l) => <option key={l}>{l}</option>)}</select>
        <textarea data-testid="poise-resources" value={resDraft ?? resourcesText(resLang)} onInput={(e) => setResDraft((e.target as HTMLTextAreaElement).value)} />
        <button type="button" onClick={() => void saveResources()}>{t('options.save')}</button>
      </section>
      <section>
        <h2>{t('options.import')} / {t('options.export')}</h2>
        <input type="file" accept="application/json,.json" data-testid="poise-import" onChange={(e) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (f) void onImport(f);
        }} />
        <button type="button" onClick={onExport}>{t('options.export')}</button>
      </section>
      <section>
        <h2>{t('options.customSites')}</h2>
        <ul>{sites.map((s) => <li key={s.pattern}>{s.pattern} <button type="button" onClick={() => {
          const next = sites.filter((x) => x.pattern !== s.pattern);
          setSites(next);
          void customSitesItem.setValue(next);
          void browser.permissions.remove({ origins: [s.pattern] });
        }}>{t('options.delete')}</button></li>)}</ul>
        <input placeholder="https://chat.example.com/*" value={siteDraft.pattern} onInput={(e) => setSiteDraft({ ...siteDraft, pattern: (e.target as HTMLInputElement).value })} />
        <label>{t('options.selectors')}
          <textarea placeholder='{"log": ["#messages"], "message": [".msg"], "own": [".msg.mine"], "replyBox": ["#compose"]}' value={siteDraft.selectors}
            onInput={(e) => setSiteDraft({ ...siteDraft, selectors: (e.target as HTMLTextAreaElement).value })} />
        </label>
        <button type="button" onClick={() => void saveSite()}>{t('options.save')}</button>
        <button type="button" onClick={() => void testSite()}>{t('options.testSelectors')}</button>
      </section>
    </main>
  );
}
