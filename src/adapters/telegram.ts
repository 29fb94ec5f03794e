/**
 * Telegram Web, both clients: K (web.telegram.org/k, `.bubble` rows, `.is-in` / `.is-out`) and A
 * (web.telegram.org/a, `.message-list-item`, `.own`). Selectors list K first, then A.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'telegram',
  name: 'Telegram Web',
  context: 'support',
  matches: [
    'https://web.telegram.org/*', // both /k/ and /a/ clients
  ],
  signature: [
    '.bubbles-inner .bubble[data-mid]', // Telegram K rows (SS sources/telegramk.js, 2025-12)
    '#MiddleColumn .message-list-item', // Telegram A rows (SS sources/telegram.js, 2025-12)
    '#editable-message-text', // Telegram A composer (airminal platforms/telegram.js)
  ],
  selectors: {
    log: [
      '.bubbles-inner', // Telegram K; fixture-based guess around `div[data-mid]` rows. TODO [2027-06-01]: verify on live markup
      '#MiddleColumn .messages-container', // Telegram A; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '.bubble', // Telegram K rows incl. service and date bubbles (SS telegramk.js `.message` / `div[data-mid]`, 2025-12)
      '.message-list-item, .sticky-date, .ActionMessage', // Telegram A (SS telegram.js, 2025-12); date/action rows are guesses. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '.bubble.is-in', // Telegram K (SS telegramk.js, 2025-12)
      '.message-list-item:not(.own):not(.ActionMessage)', // Telegram A: anything not own (SS telegram.js, 2025-12)
    ],
    own: [
      '.bubble.is-out', // Telegram K (SS telegramk.js; airminal platforms/telegram.js)
      '.message-list-item.own', // Telegram A (SS telegram.js, 2025-12)
    ],
    system: [
      '.bubble.service', // Telegram K service messages and date bubbles; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.sticky-date, .ActionMessage', // Telegram A; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.name .peer-title', // Telegram K group sender (SS telegramk.js, 2025-12)
      '.message-title-name', // Telegram A (SS telegram.js, 2025-12)
    ],
    text: [
      '.translatable-message', // Telegram K text without the time stamp; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.text-content', // Telegram A (SS telegram.js, 2025-12)
    ],
    replyBox: [
      '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)', // Telegram K composer (SS telegramk.js; airminal platforms/telegram.js)
      '#editable-message-text', // Telegram A composer (airminal platforms/telegram.js)
    ],
    sendButton: [
      '.btn-send-container .btn-send', // Telegram K; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '#MiddleColumn .send', // Telegram A; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '.chat-info .peer-title', // Telegram K top bar; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '#MiddleColumn .ChatInfo .fullName', // Telegram A; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.chat-info .peer-title[data-peer-id]', // Telegram K; the peer id changes with the chat (fixture-based guess). TODO [2027-06-01]: verify on live markup
    ],
  },
});
