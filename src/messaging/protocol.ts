/**
 * One typed protocol for content script ↔ popup ↔ background. Verb-first names; every message
 * is `{ type, data }` and every handler returns the response type declared here.
 */
import { browser } from 'wxt/browser';
import type { PanelSnapshot } from '../chat/session-state';

export interface ProtocolMap {
  /** popup → content: what Poise shows on this tab now. */
  getPanelSnapshot: { request: null; response: PanelSnapshot | null };
  /** popup/background → content: insert a reply into the reply box the user last used. */
  insertReply: { request: { text: string; cursor: number | null }; response: { ok: boolean } };
  /** background (keyboard command) → content: insert the n-th visible suggestion (0-based). */
  insertSuggestion: { request: { index: number }; response: { ok: boolean } };
  /** background (keyboard command) → content: open or close the panel. */
  togglePanel: { request: null; response: { open: boolean } };
  /** options → content: check custom selectors against the page. */
  testSelectors: { request: { selectors: unknown }; response: { ok: boolean; log: boolean; replyBox: boolean; incoming: number; error?: string } };
}

export type MessageType = keyof ProtocolMap;
export type Message = { [K in MessageType]: { type: K; data: ProtocolMap[K]['request'] } }[MessageType];
export type Handlers = { [K in MessageType]?: (data: ProtocolMap[K]['request']) => ProtocolMap[K]['response'] | Promise<ProtocolMap[K]['response']> };

export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: ProtocolMap[K]['request']): Promise<ProtocolMap[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, { type, data })) as ProtocolMap[K]['response'];
}

/** Register handlers; returns a function that removes them. Unknown messages are left to others. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as Partial<Message> | null;
    if (!m || typeof m.type !== 'string' || !(m.type in handlers)) return undefined;
    const handler = handlers[m.type as MessageType] as ((d: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(m.data))
      .then(sendResponse, (e: unknown) => {
        console.warn('[Poise] message handler failed', m.type, e);
        sendResponse(null);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
