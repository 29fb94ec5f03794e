/**
 * Watches a chat log for new rows with a MutationObserver, batched per animation frame. History on
 * the page when watching starts is never reported; only rows added later. If the page removes the
 * log or swaps conversation, the watcher re-finds it (and again treats what is there as history).
 */
import type { ChatAdapter } from '../adapters/schema';
import { timed } from './perf';
import { findLog, messageRows, readRow, firstMatch, rowMatcher, type ChatMessage, type RowMatcher } from './extract';

export interface WatchOptions {
  doc: Document;
  adapter: ChatAdapter;
  signal: AbortSignal;
  /** New incoming messages, oldest first: the newest `maxPerBatch` of the batch (default 3). */
  onIncoming: (messages: ChatMessage[]) => void;
  /** The newest own message of a batch (to remember what the user sent). */
  onOwn?: (messages: ChatMessage[]) => void;
  /** The conversation changed (SPA navigation, another ticket). */
  onRetarget?: () => void;
  onError?: (error: unknown) => void;
  maxPerBatch?: number;
  /** Milliseconds between two scans of the log (default 50, the panel's own refresh limit). */
  minScanInterval?: number;
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
  const maxPerBatch = opts.maxPerBatch ?? 3;
  const minScanInterval = opts.minScanInterval ?? 50;
  let log: Element | null = null;
  let conversation: Element | null = null;
  let logObserver: MutationObserver | null = null;
  let matcher: RowMatcher | null = null;
  /** Elements added to the log since the last scan (null: do a full scan). */
  let added: Element[] | null = null;
  let scheduled = false;

  const safe = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      opts.onError?.(e);
    }
  };

  let lastScan = -Infinity;
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      lastScan = performance.now();
      if (!signal.aborted) timed('scan', () => safe(scan));
    };
    const inFrame = () => (view?.requestAnimationFrame && !doc.hidden ? view.requestAnimationFrame(run) : setTimeout(run, 16));
    // A flooded chat (a busy cam room) gets one scan per interval, so the work per message shrinks
    // as the rate grows; an ordinary chat is scanned on the next frame.
    const wait = lastScan + minScanInterval - performance.now();
    if (wait > 0) setTimeout(inFrame, wait);
    else inFrame();
  };

  const attach = (found: Element) => {
    logObserver?.disconnect();
    log = found;
    conversation = firstMatch(doc, adapter.selectors.conversation);
    for (const row of messageRows(found, adapter)) seen.add(row);
    matcher = rowMatcher(found, adapter);
    added = [];
    logObserver = new Observer((records) => {
      if (added && matcher) {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push(n as Element);
        // A flood of additions is cheaper to handle as one full scan.
        if (added.length > 2000) added = null;
      }
      schedule();
    });
    logObserver.observe(found, { childList: true, subtree: true });
  };

  /** New rows from the observer's records when possible, else every row of the log. */
  const candidateRows = (): Element[] => {
    const pending = added;
    added = matcher ? [] : null;
    if (!pending || !matcher || !log) return log ? messageRows(log, adapter) : [];
    const rows: Element[] = [];
    const found = new Set<Element>();
    for (const el of pending) {
      if (matcher.isRow(el)) {
        if (!found.has(el)) rows.push(el);
        found.add(el);
        continue;
      }
      for (const r of matcher.rowsInside(el)) if (!found.has(r)) {
        found.add(r);
        rows.push(r);
      }
    }
    // Rows may be inserted out of order (prepended history): keep document order. Appended rows
    // (the usual case) are already in order, which one pass confirms.
    for (let i = 1; i < rows.length; i++) {
      if (!(rows[i - 1]!.compareDocumentPosition(rows[i]!) & 4)) return rows.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    }
    return rows;
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
    const rows = candidateRows();
    // Only the tail can hold new rows in a chat; bound the work per frame.
    // Rows are read newest first; once a batch has as many incoming messages as it may report, older
    // new rows are only marked seen: a flood costs a bounded read, and the panel answers the newest.
    for (let i = rows.length - 1, budget = 500; i >= 0 && budget > 0; i--, budget--) {
      const row = rows[i]!;
      if (seen.has(row)) continue;
      seen.add(row);
      if (incoming.length >= maxPerBatch) continue;
      if (!row.isConnected) continue;
      const msg = readRow(row, adapter, null, view);
      if (msg.direction === 'incoming') {
        if (incoming.length < maxPerBatch) incoming.unshift(msg);
      } else if (msg.direction === 'own' && own.length === 0) own.unshift(msg);
    }
    if (own.length) opts.onOwn?.(own);
    if (incoming.length) opts.onIncoming(incoming);
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
