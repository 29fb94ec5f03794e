/**
 * Watches a chat log for new rows with a MutationObserver, batched per animation frame. History on
 * the page when watching starts is never reported; only rows added later. If the page removes the
 * log or swaps conversation, the watcher re-finds it (and again treats what is there as history).
 */
import type { ChatAdapter } from '../adapters/schema';
import { findLog, messageRows, readRow, firstMatch, type ChatMessage } from './extract';

export interface WatchOptions {
  doc: Document;
  adapter: ChatAdapter;
  signal: AbortSignal;
  /** New incoming messages, oldest first (at most `maxPerBatch`). */
  onIncoming: (messages: ChatMessage[]) => void;
  /** New own messages (to remember what the user sent). */
  onOwn?: (messages: ChatMessage[]) => void;
  /** The conversation changed (SPA navigation, another ticket). */
  onRetarget?: () => void;
  onError?: (error: unknown) => void;
  maxPerBatch?: number;
}

export interface ChatWatcher {
  /** The log currently watched, if any. */
  readonly log: Element | null;
  /** Re-find the log now (e.g. after a URL change); existing rows become history. */
  retarget(): void;
}

export function watchChat(opts: WatchOptions): ChatWatcher {
  const { doc, adapter, signal } = opts;
  const view = doc.defaultView;
  // The document's own MutationObserver (a test DOM brings its own).
  const Observer: typeof MutationObserver = (view as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver ?? MutationObserver;
  const seen = new WeakSet<Element>();
  const maxPerBatch = opts.maxPerBatch ?? 20;
  let log: Element | null = null;
  let conversation: Element | null = null;
  let logObserver: MutationObserver | null = null;
  let scheduled = false;

  const safe = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      opts.onError?.(e);
    }
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      if (!signal.aborted) safe(scan);
    };
    if (view?.requestAnimationFrame && !doc.hidden) view.requestAnimationFrame(run);
    else setTimeout(run, 16);
  };

  const attach = (found: Element) => {
    logObserver?.disconnect();
    log = found;
    conversation = firstMatch(doc, adapter.selectors.conversation);
    for (const row of messageRows(found, adapter)) seen.add(row);
    logObserver = new Observer(schedule);
    logObserver.observe(found, { childList: true, subtree: true });
  };

  const scan = () => {
    // The log was removed, or the conversation changed: find it again, treating its rows as history.
    const currentConversation = firstMatch(doc, adapter.selectors.conversation);
    if (!log || !log.isConnected || currentConversation !== conversation) {
      const found = findLog(doc, adapter);
      if (found !== log || currentConversation !== conversation) {
        const hadLog = log !== null;
        if (found) attach(found);
        else {
          logObserver?.disconnect();
          log = null;
        }
        if (hadLog) opts.onRetarget?.();
      }
      return;
    }
    const incoming: ChatMessage[] = [];
    const own: ChatMessage[] = [];
    const rows = messageRows(log, adapter);
    // Only the tail can hold new rows in a chat; bound the work per frame.
    for (let i = rows.length - 1, budget = 500; i >= 0 && budget > 0; i--, budget--) {
      const row = rows[i]!;
      if (seen.has(row)) continue;
      seen.add(row);
      const msg = readRow(row, adapter, null, view);
      if (msg.direction === 'incoming') incoming.unshift(msg);
      else if (msg.direction === 'own') own.unshift(msg);
    }
    if (own.length) opts.onOwn?.(own);
    if (incoming.length) opts.onIncoming(incoming.slice(-maxPerBatch));
  };

  // Watch the document for the log appearing, disappearing or being replaced.
  const bodyObserver = new Observer(() => {
    // Changes inside a connected log are handled by the log's own observer; only a missing or
    // replaced log, or a possible conversation switch, needs a look here.
    if (log && log.isConnected && !adapter.selectors.conversation) return;
    schedule();
  });
  bodyObserver.observe(doc.documentElement, { childList: true, subtree: true });

  const initial = findLog(doc, adapter);
  if (initial) attach(initial);

  signal.addEventListener('abort', () => {
    bodyObserver.disconnect();
    logObserver?.disconnect();
  });

  return {
    get log() {
      return log;
    },
    retarget() {
      safe(() => {
        const found = findLog(doc, adapter);
        if (found) attach(found);
        opts.onRetarget?.();
      });
    },
  };
}
