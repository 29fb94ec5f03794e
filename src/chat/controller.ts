/**
 * The content script's loop on one page: watch the chat through its adapter, classify each new
 * incoming message, choose replies, publish a snapshot to the panel and popup, and insert the
 * chosen reply where the agent last typed. Every step is guarded: a failure is logged and the
 * page goes on working.
 */
import type { ChatAdapter } from '../adapters/schema';
import type { ChatContext, Language } from '../classifier/types';
import { classify } from '../classifier/data';
import { hasCyrillic } from '../classifier/normalize';
import { selectReplies, type Phrasebook } from '../phrasebook/select';
import { watchChat, type ChatWatcher } from './watch';
import { clientName, findReplyBox, firstMatch, type ChatMessage } from './extract';
import { editableRoot, insertText, saveSelection, type SavedSelection } from './insert';
import { EscalationTracker, type PanelSnapshot } from './session-state';
import { timed } from './perf';

export interface ControllerSettings {
  context: ChatContext | 'auto';
  threshold: number | null;
  agentLang: Language;
  agentName: string;
  extraCues: { lang: Language; category: 'oversharing' | 'aggression' | 'criticism' | 'payment_dodging' | 'none'; term: string }[];
}

export interface ControllerOptions {
  doc: Document;
  adapter: ChatAdapter;
  signal: AbortSignal;
  settings: () => ControllerSettings;
  phrasebook: () => Phrasebook;
  /** Elements that belong to Poise (its panel host): focus there is not the agent's editor. */
  isOwnUi: (el: EventTarget | null) => boolean;
  onSnapshot: (snapshot: PanelSnapshot | null) => void;
}

const log = (...args: unknown[]) => console.warn('[Poise]', ...args);

export class ChatController {
  snapshot: PanelSnapshot | null = null;
  private lastEditor: HTMLElement | null = null;
  private saved: SavedSelection | null = null;
  private lastSent: string | null = null;
  private readonly escalation = new EscalationTracker();
  private watcher: ChatWatcher | null = null;
  private composing = false;
  private foundBox: HTMLElement | null = null;
  private afterComposition: (() => void) | null = null;

  constructor(private readonly opts: ControllerOptions) {}

  start(): void {
    const { doc, signal } = this.opts;
    const listen = { capture: true, signal } as AddEventListenerOptions;
    doc.addEventListener('focusin', (e) => this.guard(() => this.trackEditor(e)), listen);
    doc.addEventListener('selectionchange', () => this.guard(() => this.trackSelection()), { signal });
    doc.addEventListener('keyup', () => this.guard(() => this.trackSelection()), listen);
    doc.addEventListener('mouseup', () => this.guard(() => this.trackSelection()), listen);
    // Never insert in the middle of an IME composition (Chinese, Japanese, …): wait for it to end.
    doc.addEventListener('compositionstart', () => (this.composing = true), listen);
    doc.addEventListener('compositionend', () => {
      this.composing = false;
      const next = this.afterComposition;
      this.afterComposition = null;
      if (next) setTimeout(next, 0);
    }, listen);
    this.watcher = watchChat({
      doc,
      adapter: this.opts.adapter,
      signal,
      onIncoming: (messages) => this.guard(() => timed('incoming', () => this.handleIncoming(messages))),
      onOwn: (messages) => {
        const last = messages[messages.length - 1];
        if (last) this.lastSent = last.text;
      },
      onRetarget: () => this.guard(() => this.reset()),
      onError: (e) => log('watcher error', e),
    });
  }

  /** SPA navigation: the conversation on screen changed. */
  retarget(): void {
    this.watcher?.retarget();
  }

  private reset(): void {
    this.escalation.reset();
    this.lastSent = null;
    this.publish(null);
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      log('contained error', e);
    }
  }

  private trackEditor(e: Event): void {
    const path = e.composedPath?.() ?? [e.target];
    if (path.some((t) => this.opts.isOwnUi(t))) return;
    const target = path[0] as Element | undefined;
    if (!target || typeof (target as Element).matches !== 'function') return;
    const root = editableRoot(target);
    if (root && !root.matches('input[type="search"], input[type="password"], input[type="email"]')) {
      this.lastEditor = root;
      this.saved = saveSelection(root);
    }
  }

  private trackSelection(): void {
    const active = this.lastEditor;
    if (!active || !active.isConnected) return;
    const focused = deepActiveElement(this.opts.doc);
    if (focused && (focused === active || active.contains(focused))) this.saved = saveSelection(active);
  }

  private context(): ChatContext {
    const s = this.opts.settings().context;
    return s === 'auto' ? this.opts.adapter.context : s;
  }

  private handleIncoming(messages: ChatMessage[]): void {
    const settings = this.opts.settings();
    let latest: PanelSnapshot | null = null;
    const context = this.context();
    const newest = messages[messages.length - 1];
    for (const m of messages) {
      const result = classify(m.text, { context, threshold: settings.threshold ?? undefined, extraCues: settings.extraCues });
      const priorFlags = this.escalation.record(m.author, result.label);
      // Earlier messages of a burst only count toward escalation; replies are chosen for the newest.
      if (m !== newest) continue;
      const values = {
        client: clientName(this.opts.doc, this.opts.adapter, m),
        agent: settings.agentName || firstMatch(this.opts.doc, this.opts.adapter.selectors.agentName)?.textContent?.trim() || null,
        platform: this.opts.adapter.id === 'generic' ? null : this.opts.adapter.name,
      };
      const request = {
        label: result.label,
        crisis: result.crisis,
        clientLang: result.lang,
        clientScript: result.lang === 'sr' && hasCyrillic(m.text) ? ('cyrillic' as const) : ('latin' as const),
        agentLang: settings.agentLang,
        context,
        priorFlags,
        lastSentText: this.lastSent,
        values,
      };
      const book = this.opts.phrasebook();
      const suggestions = selectReplies(book, request);
      const shown = new Set(suggestions.map((s) => s.text));
      // "More replies" needs a handful, not the whole category: keep the busy-chat path light.
      const more = result.label === 'none' ? [] : selectReplies(book, { ...request, limit: 9, extra: 3 }).filter((s) => !shown.has(s.text));
      latest = {
        message: m.text,
        author: m.author,
        label: result.label,
        confidence: result.confidence,
        lang: result.lang,
        crisis: result.crisis,
        context,
        evidence: result.evidence.map((e) => ({ text: m.text.slice(e.start, e.end) || e.term, category: e.category, source: e.source })),
        suggestions,
        more,
        priorFlags,
        at: Date.now(),
      };
    }
    if (latest) this.publish(latest);
  }

  private publish(snapshot: PanelSnapshot | null): void {
    this.snapshot = snapshot;
    this.opts.onSnapshot(snapshot);
  }

  /** The reply box to insert into: the editor the agent last used, else the adapter's. */
  replyBox(): HTMLElement | null {
    if (this.lastEditor?.isConnected) return this.lastEditor;
    // Searching the page is costly on a long chat: reuse the box found last while it is on the page.
    if (!this.foundBox?.isConnected) this.foundBox = findReplyBox(this.opts.doc, this.opts.adapter);
    return this.foundBox;
  }

  insert(text: string, cursor: number | null): boolean {
    if (this.composing) {
      this.afterComposition = () => void this.insert(text, cursor);
      return true;
    }
    try {
      const box = this.replyBox();
      if (!box) return false;
      const saved = this.saved?.element === (editableRoot(box) ?? box) ? this.saved : null;
      const result = insertText(box, text, saved, cursor);
      if (result.ok) this.saved = saveSelection(editableRoot(box) ?? box);
      return result.ok;
    } catch (e) {
      log('insert failed', e);
      return false;
    }
  }

  insertSuggestion(index: number): boolean {
    const s = this.snapshot?.suggestions[index];
    return s ? this.insert(s.text, s.cursor) : false;
  }
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
