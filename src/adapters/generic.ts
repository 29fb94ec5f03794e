/**
 * The generic adapter: common chat conventions (ARIA live logs and feeds, message-list classes,
 * a textarea/input/contenteditable reply box). Rows are told apart by the heuristics in
 * src/chat/extract.ts (classes, data attributes, "You sent" labels, alignment).
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'generic',
  name: 'Any chat page',
  context: 'support',
  matches: [],
  signature: ['[role="log"]', '[role="feed"]', '[aria-live]'],
  selectors: {
    log: [
      '[role="log"]', // WAI-ARIA chat log: Twitch, many widgets
      '[role="feed"]', // WAI-ARIA feed of articles
      '[aria-live="polite"]', // live region announcing new messages
      '[aria-live="assertive"]',
      '[data-testid*="message-list" i]', // common test hooks
      '[class*="message-list" i], [class*="messages-list" i], [class*="chat-messages" i], [class*="chat-log" i]',
    ],
    message: [
      ':scope > [data-message-id], :scope > [data-id], :scope > article, :scope > li, :scope > [role="listitem"], :scope > [role="article"], :scope > [class*="message" i]',
      ':scope > * > [data-message-id], :scope > * > li, :scope > * > [class*="message" i]',
      ':scope > *',
    ],
    own: [],
    // The row itself only: a read receipt (<span role="status">Seen</span>) inside a message is not a system row.
    system: [':scope[data-system]', ':scope[role="status"]'],
    author: ['[data-author]', '[class*="author" i]', '[class*="sender" i]', '[class*="username" i]', '[class*="name" i]'],
    text: ['[data-message-text]', '[class*="message-text" i]', '[class*="text" i]', '[class*="body" i]', '[class*="content" i]'],
    replyBox: [
      '[data-poise-reply]', // explicit opt-in hook for pages that want to be precise
      'textarea[placeholder*="message" i], textarea[placeholder*="reply" i], textarea[aria-label*="message" i], textarea[aria-label*="reply" i]',
      '[contenteditable="true"][aria-label*="message" i], [contenteditable="true"][aria-label*="reply" i], [role="textbox"][contenteditable="true"]',
      'textarea',
      '[contenteditable="true"], [contenteditable=""]',
      'input[type="text"], input:not([type])',
    ],
    sendButton: ['button[type="submit"]', 'button[aria-label*="send" i]', 'button[class*="send" i]'],
    clientName: ['[data-client-name]', '[class*="contact-name" i]', '[class*="customer-name" i]'],
    agentName: ['[data-agent-name]', '[data-current-user]'],
  },
});
