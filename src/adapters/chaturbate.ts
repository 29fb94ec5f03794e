/**
 * Chaturbate broadcaster page: public chat and private messages. Current markup uses `data-testid`
 * hooks (social_stream and two Chaturbate-Enhanced extensions, 2025–26); the older class-based
 * markup is kept as a fallback.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'chaturbate',
  name: 'Chaturbate',
  context: 'cam',
  matches: [
    'https://*.chaturbate.com/*', // chaturbate.com and its subdomains (www., m., language hosts)
  ],
  signature: [
    '.msg-list-fvm [data-testid="chat-message"]', // SS sources/chaturbate.js (2026-07)
    '#ChatTabContainer [data-testid="chat-input"]', // SS sources/chaturbate.js (2026-07)
  ],
  authorAttribute: 'data-nick', // row attribute with the sender's username (SS chaturbate.js; sumaeq/cb-chat-utils, 2023-08)
  selectors: {
    log: [
      '.TheatermodeChatDivChat .msg-list-fvm.message-list', // SS sources/chaturbate.js (2026-07)
      '.msg-list-fvm.message-list', // same, outside theatre mode; Purks1337/chaturbate-enhanced src/content.js (2025-05)
      '.ChatTabContents .message-list', // older markup (sumaeq/cb-chat-utils, 2023-08)
      '#ChatTabContents', // before 2023 (WarrenKener/CB-Streamer-Extension, 2021)
    ],
    message: [
      '[data-testid="chat-message"], [data-testid="room-notice"]', // SS sources/chaturbate.js (2026-07)
      'div.msg-text', // older markup (sumaeq/cb-chat-utils, 2023-08)
    ],
    own: [
      '[data-testid="username"].broadcaster', // the broadcaster's username carries `broadcaster` (SS chaturbate.js, 2026-07)
      '[data-testid="chat-message-username"].broadcaster', // same in PMs (SS chaturbate.js, 2026-07)
      'div.purecolor.broadcaster', // older markup (sumaeq/cb-chat-utils, 2023-08)
    ],
    system: [
      '[data-testid="room-notice"]', // tips, goals, joins, rules notices (SS chaturbate.js, 2026-07)
      ':scope:not([data-nick])', // rows without a nick are not user messages (sumaeq/cb-chat-utils, 2023-08)
    ],
    author: [
      '[data-testid="username"]', // public chat (SS chaturbate.js, 2026-07)
      '[data-testid="chat-message-username"]', // PMs (SS chaturbate.js, 2026-07)
    ],
    text: [
      '[data-testid="chat-message-text"]', // SS chaturbate.js (2026-07)
    ],
    replyBox: [
      '#ChatTabContainer div[data-testid="chat-input"][contenteditable="true"]', // SS chaturbate.js (2026-07); plain contenteditable
      '.dmWindowInput textarea', // DM window (SS chaturbate.js, 2026-07)
    ],
    sendButton: [
      'button[data-testid="send-button"]', // SS chaturbate.js (2026-07)
    ],
    agentName: [
      '.user_information_header_username', // the logged-in broadcaster (sumaeq/cb-chat-utils, 2023-08)
    ],
  },
});
