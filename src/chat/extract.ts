/**
 * Reading a chat page through an adapter: find the log, the rows, tell the client's messages from
 * the user's own and from system rows, and find the reply box. Functions take the root to search so
 * happy-dom tests drive them directly.
 */
import type { ChatAdapter } from '../adapters/schema';

export type Direction = 'incoming' | 'own' | 'system';

export interface ChatMessage {
  element: Element;
  /** Stable identity when the page gives one (data-id, id), else null. */
  id: string | null;
  author: string | null;
  text: string;
  direction: Direction;
}

export function firstMatch(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  if (!selectors) return null;
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // An invalid selector (custom user input) matches nothing.
    }
  }
  return null;
}

function matchesAny(el: Element, selectors: readonly string[] | undefined): boolean {
  if (!selectors) return false;
  for (const s of selectors) {
    try {
      if (el.matches(s) || el.querySelector(s)) return true;
    } catch {
      // ignore invalid selector
    }
  }
  return false;
}

/** The last (bottom-most, usually the active) visible element of the first selector that has one. */
export function lastMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  let hiddenFallback: Element | null = null;
  for (const s of selectors) {
    try {
      const all = root.querySelectorAll(s);
      const visible = [...all].filter(isRendered);
      if (visible.length) return visible[visible.length - 1]!;
      hiddenFallback ??= all[all.length - 1] ?? null;
    } catch {
      // ignore invalid selector
    }
  }
  return hiddenFallback;
}

export function isRendered(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.hidden) return false;
  if (h.closest?.('[hidden], [aria-hidden="true"]')) return false;
  return true;
}

export function findLog(root: ParentNode, adapter: ChatAdapter): Element | null {
  const bySelector = findLogBySelector(root, adapter);
  if (bySelector || adapter.id !== 'generic') return bySelector;
  return repeatedItemsContainer(root);
}

/**
 * Last resort for pages without ARIA or telling classes: the element whose children repeat the
 * same tag and class most often (a scrolling list of messages), if there are at least three.
 */
export function repeatedItemsContainer(root: ParentNode): Element | null {
  let best: Element | null = null;
  let bestCount = 2;
  const candidates = root.querySelectorAll('ul, ol, div, section, main');
  const limit = Math.min(candidates.length, 3000);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i]!;
    if (el.childElementCount < 3 || el.closest('nav, header, footer, [role="navigation"], [role="menu"], [role="listbox"], select')) continue;
    const counts = new Map<string, number>();
    let max = 0;
    for (const child of el.children) {
      if (child.matches('script, style, template')) continue;
      const key = child.tagName + '.' + (child.getAttribute('class') ?? '').split(/\s+/)[0];
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > max) max = n;
    }
    // Prefer the longest run; on a tie, the later (deeper, closer to the composer) element.
    if (max >= bestCount && isRendered(el)) {
      best = el;
      bestCount = max;
    }
  }
  return best;
}

function findLogBySelector(root: ParentNode, adapter: ChatAdapter): Element | null {
  for (const s of adapter.selectors.log) {
    try {
      const all = [...root.querySelectorAll(s)].filter(isRendered);
      // With several conversations open, the one with rows that is rendered last is on screen.
      const withRows = all.filter((el) => messageRows(el, adapter).length > 0);
      const pick = withRows[withRows.length - 1] ?? all[all.length - 1];
      if (pick) return pick;
    } catch {
      // ignore invalid selector
    }
  }
  return null;
}

export function messageRows(log: Element, adapter: ChatAdapter): Element[] {
  for (const s of adapter.selectors.message) {
    try {
      const rows = [...log.querySelectorAll(s)];
      if (rows.length) return outermost(rows);
    } catch {
      // ignore invalid selector
    }
  }
  return [];
}

/** Split a selector list at top-level commas (not inside brackets, parentheses or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/**
 * Recognizes message rows one element at a time (for rows reported by a MutationObserver), so a
 * busy chat costs work per new row, not per row on the page.
 */
export interface RowMatcher {
  isRow(el: Element): boolean;
  rowsInside(el: Element): Element[];
}

export function rowMatcher(log: Element, adapter: ChatAdapter): RowMatcher | null {
  const existing = adapter.selectors.message.find((s) => {
    try {
      return log.querySelector(s) !== null;
    } catch {
      return false;
    }
  });
  const selector = existing ?? adapter.selectors.message[0];
  if (!selector) return null;
  const parts = splitSelectorList(selector);
  const direct = parts.every((p) => /^:scope\s*>\s*/.test(p) && !hasCombinator(p.replace(/^:scope\s*>\s*/, '')));
  if (direct) {
    const inner = parts.map((p) => p.replace(/^:scope\s*>\s*/, '')).join(', ');
    return {
      isRow: (el) => el.parentElement === log && safeMatches(el, inner),
      rowsInside: () => [],
    };
  }
  if (parts.some((p) => p.includes(':scope'))) return null;
  return {
    isRow: (el) => log.contains(el) && safeMatches(el, selector),
    rowsInside: (el) => {
      try {
        return [...el.querySelectorAll(selector)];
      } catch {
        return [];
      }
    },
  };
}

/** True when a compound selector has a combinator (space, >, +, ~) outside brackets, parentheses and quotes. */
function hasCombinator(selector: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const c of selector.trim()) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) return true;
  }
  return false;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Drop rows nested in other rows (a selector that also matches inner bubbles). */
function outermost(rows: Element[]): Element[] {
  const set = new Set(rows);
  return rows.filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function rowAuthor(row: Element, adapter: ChatAdapter): string | null {
  if (adapter.authorAttribute) {
    // The row itself, then inside it; never an ancestor (a log or grid may carry the same attribute).
    const holder = row.hasAttribute(adapter.authorAttribute) ? row : row.querySelector(`[${adapter.authorAttribute}]`);
    const v = holder?.getAttribute(adapter.authorAttribute);
    if (v) return v.trim();
  }
  const el = firstMatch(row, adapter.selectors.author);
  return el ? cleanText(el.textContent) || null : null;
}

const NOT_TEXT = ['time', '[class*="timestamp" i]', '[class*="time" i]:not([class*="text" i])', '[aria-hidden="true"]'];

function textWithout(el: Element, selectors: readonly string[]): string {
  // Most text elements hold only text: nothing to strip, no clone needed.
  if (el.childElementCount === 0) return cleanText(el.textContent);
  const clone = el.cloneNode(true) as Element;
  for (const s of selectors) {
    try {
      clone.querySelectorAll(s).forEach((n) => n.remove());
    } catch {
      // ignore invalid selector
    }
  }
  return cleanText(clone.textContent);
}

export function rowText(row: Element, adapter: ChatAdapter): string {
  const el = firstMatch(row, adapter.selectors.text);
  // Time stamps and hidden decorations nested in the text element are not part of the message.
  if (el) return textWithout(el, NOT_TEXT);
  return textWithout(row, [...(adapter.selectors.author ?? []), ...NOT_TEXT]);
}

const OWN_CLASS = /(^|[\s_-])(own|self|mine|me|outgoing|out|sent|from-me|is-out|message-out|right|agent|operator|staff|host)([\s_-]|$)/i;
const INCOMING_CLASS = /(^|[\s_-])(incoming|in|received|their|them|other|client|customer|visitor|guest|left|message-in|is-in|viewer)([\s_-]|$)/i;
const SYSTEM_CLASS = /(^|[\s_-])(system|notice|notification|event|divider|date|separator|status|tip|join|joined|typing|announcement)([\s_-]|$)/i;

/** Class tokens that can say something about the row: BEM element parts (`message__date`) say nothing. */
function classTokens(el: Element | null): string {
  if (!el) return '';
  return (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !c.includes('__')).join(' ');
}

function directionFromClasses(cls: string): Direction | null {
  if (!cls) return null;
  if (SYSTEM_CLASS.test(cls)) return 'system';
  if (OWN_CLASS.test(cls)) return 'own';
  if (INCOMING_CLASS.test(cls)) return 'incoming';
  return null;
}

/** Generic rules for pages without an adapter: attributes, the row's classes, its first child's, then alignment. */
export function heuristicDirection(row: Element, view: Window | null): Direction | null {
  const role = row.getAttribute('role');
  const data = (row.getAttribute('data-direction') ?? row.getAttribute('data-author-type') ?? row.getAttribute('data-sender') ?? row.getAttribute('data-from') ?? '').toLowerCase();
  if (row.hasAttribute('data-system') || role === 'status' || role === 'separator' || data === 'system') return 'system';
  if (/^(me|self|own|out|outgoing|agent|operator)$/.test(data)) return 'own';
  if (/^(in|incoming|client|customer|visitor|user|them|other)$/.test(data)) return 'incoming';
  const id = row.getAttribute('data-id') ?? '';
  if (id.startsWith('true_')) return 'own';
  if (id.startsWith('false_')) return 'incoming';
  const label = row.getAttribute('aria-label') ?? '';
  if (/^you (sent|said|wrote)/i.test(label)) return 'own';
  const byClass = directionFromClasses(classTokens(row)) ?? directionFromClasses(classTokens(row.firstElementChild));
  if (byClass) return byClass;
  if (view) {
    try {
      const style = view.getComputedStyle(row);
      const parentStyle = row.parentElement ? view.getComputedStyle(row.parentElement) : null;
      if (style.alignSelf === 'flex-end' || style.marginLeft === 'auto' || style.textAlign === 'right' || style.justifyContent === 'flex-end') return 'own';
      if (parentStyle && parentStyle.display.includes('flex') && style.alignSelf === 'flex-start') return 'incoming';
    } catch {
      // detached or foreign element
    }
  }
  return null;
}

export function readRow(row: Element, adapter: ChatAdapter, agentName: string | null, view: Window | null): ChatMessage {
  const author = rowAuthor(row, adapter);
  const text = rowText(row, adapter);
  const id = row.getAttribute('data-id') ?? row.getAttribute('data-message-id') ?? row.getAttribute('data-mid') ?? (row.id || null);
  let direction: Direction;
  if (matchesAny(row, adapter.selectors.system)) direction = 'system';
  else if (matchesAny(row, adapter.selectors.own)) direction = 'own';
  else if (agentName && author && author.toLowerCase() === agentName.toLowerCase()) direction = 'own';
  else if (adapter.selectors.incoming && matchesAny(row, adapter.selectors.incoming)) direction = 'incoming';
  else if (adapter.id === 'generic' || adapter.id.startsWith('custom')) direction = heuristicDirection(row, view) ?? (text ? 'incoming' : 'system');
  else if (adapter.selectors.incoming) direction = 'system';
  else direction = 'incoming';
  if (direction === 'incoming' && !text) direction = 'system';
  return { element: row, id, author, text, direction };
}

export function readMessages(root: ParentNode, adapter: ChatAdapter, view: Window | null = null): ChatMessage[] {
  const log = findLog(root, adapter);
  if (!log) return [];
  const agentName = cleanText(firstMatch(root, adapter.selectors.agentName)?.textContent) || null;
  return messageRows(log, adapter).map((row) => readRow(row, adapter, agentName, view));
}

export function incomingMessages(root: ParentNode, adapter: ChatAdapter, view: Window | null = null): ChatMessage[] {
  return readMessages(root, adapter, view).filter((m) => m.direction === 'incoming');
}

/** The editor's editable element: a textarea/input, or the contenteditable root. */
export function findReplyBox(root: ParentNode, adapter: ChatAdapter): HTMLElement | null {
  const el = lastMatch(root, adapter.selectors.replyBox) as HTMLElement | null;
  if (!el) return null;
  if (el.matches('textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return el;
  return (el.querySelector('textarea, input, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]') as HTMLElement | null) ?? el;
}

export function clientName(root: ParentNode, adapter: ChatAdapter, latest: ChatMessage | null): string | null {
  const shown = cleanText(firstMatch(root, adapter.selectors.clientName)?.textContent);
  return shown || latest?.author || null;
}
