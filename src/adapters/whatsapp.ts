/**
 * WhatsApp Web. Rows carry `data-id` (`true_…` for own, `false_…` for received) and the bubble
 * classes `message-in` / `message-out`; the composer is a Lexical editor in `#main footer`.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  context: 'support',
  matches: [
    'https://web.whatsapp.com/*', // the only WhatsApp Web host
  ],
  signature: [
    '#main footer [contenteditable="true"][data-lexical-editor="true"]', // Lexical composer (airminal platforms/whatsapp.js 2026-02; unattributed markup dump)
    '#main [data-pre-plain-text]', // copyable-text metadata (SS sources/whatsapp.js, 2026-07)
  ],
  selectors: {
    log: [
      '#main [role="application"]', // the message list inside the open chat; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '#main', // simonpiekarz/airminal-extension platforms/whatsapp.js (2026-02)
    ],
    message: [
      '[role="row"]', // one row per message, divider or notice; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-id]', // airminal platforms/whatsapp.js (2026-02); SS whatsapp.js (2026-07)
    ],
    incoming: [
      '.message-in', // airminal platforms/whatsapp.js (2026-02)
      '[data-id^="false_"]', // received messages (SS whatsapp.js, 2026-07)
    ],
    own: [
      '.message-out', // airminal platforms/whatsapp.js (2026-02)
      '[data-id^="true_"]', // sent messages (SS whatsapp.js, 2026-07)
    ],
    system: [
      '[data-id*=".us_sys"]', // encryption and group notices (…@c.us_sys…, …@g.us_sys…); fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.copyable-text[data-pre-plain-text] span[aria-label][dir="auto"]', // sender name in group chats; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.selectable-text.copyable-text', // airminal platforms/whatsapp.js (2026-02)
    ],
    replyBox: [
      '#main footer [contenteditable="true"][data-lexical-editor="true"]', // Lexical composer (airminal 2026-02; unattributed markup dump)
      '#main footer [contenteditable="true"][data-tab="10"]', // airminal platforms/whatsapp.js (2026-02)
    ],
    sendButton: [
      '#main footer button[aria-label="Send"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '#main footer [data-icon="send"]', // airminal platforms/whatsapp.js (2026-02)
    ],
    clientName: [
      '#main header span[dir="auto"]', // contact name in the chat header; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '#main header span[dir="auto"]', // the header changes with the open chat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
