/**
 * Fansly live chatroom (Angular). Rows, author, host badge, text and tip classes come from
 * social_stream (2026-04); Fansly DMs were not found publicly.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'fansly',
  name: 'Fansly',
  context: 'cam',
  matches: [
    'https://fansly.com/*', // the web app lives on the bare domain
    'https://*.fansly.com/*', // www. and app subdomains
  ],
  signature: [
    'app-chat-room-message.chat-message', // Angular component tag (SS sources/fansly.js, 2026-04)
  ],
  selectors: {
    log: [
      '.chat-container', // SS sources/fansly.js (2026-04)
    ],
    message: [
      'app-chat-room-message.chat-message, .chat-date-divider', // rows (SS fansly.js, 2026-04); dividers are a guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '.broadcaster-badge', // the host's badge next to their name (SS fansly.js, 2026-04)
    ],
    system: [
      '.message-wrapper.has-tip', // tips (SS fansly.js, 2026-04)
      '.chat-date-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.chat-system-message', // joins, goals; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[appaccountcard]', // SS sources/fansly.js (2026-04)
    ],
    text: [
      '.message-content .message-text', // SS sources/fansly.js (2026-04)
    ],
    replyBox: [
      'app-chat-room textarea', // SS fansly.js (`textarea`), scoped to the chat room; scope is a guess. TODO [2027-06-01]: verify on live markup
      '.chat-footer textarea', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      'app-chat-room .chat-footer .send-button', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
