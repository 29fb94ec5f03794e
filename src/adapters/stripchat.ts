/**
 * Stripchat model page: public chat and the messenger (PMs). Classes from social_stream (2026-04)
 * and Stripchat-Enhanced (2025-11).
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'stripchat',
  name: 'Stripchat',
  context: 'cam',
  matches: [
    'https://*.stripchat.com/*', // stripchat.com and its subdomains (language and region hosts)
  ],
  signature: [
    '.model-chat-container .messages', // SS sources/stripchat.js (2026-04)
    '.model-chat-input', // SS sources/stripchat.js (2026-04)
  ],
  selectors: {
    log: [
      '.model-chat-container.public .messages.messages-v2', // SS sources/stripchat.js (2026-04)
      '.model-chat-container.public .messages', // same source, older builds
      '.messenger-chat .messages', // PMs; mewcrazy/Stripchat-Enhanced extensions/chrome/foreground.js (2025-11)
    ],
    message: [
      '.message-base, [data-message-id]', // SS sources/stripchat.js (2026-04)
      '.regular-message', // mewcrazy/Stripchat-Enhanced foreground.js (2025-11)
    ],
    own: [
      '.m-bg-model', // the model's own rows (SS stripchat.js, 2026-04)
      '.user-levels-username-chat-owner', // the owner's username badge (same source)
    ],
    system: [
      '.m-bg-tip-v2', // tips (SS stripchat.js, 2026-04)
      '[class*="LovenseTipMessage"]', // Lovense tip rows (same source)
      '.m-bg-action', // actions and joins (same source)
      '.m-bg-goal-v2', // goal progress (same source)
      '.welcome-bot-message', // welcome bot (same source)
      '.date-separator', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.user-levels-username-text', // SS stripchat.js (2026-04)
    ],
    text: [
      '.message-body', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '.model-chat-input input', // public chat `<input>` (SS stripchat.js, 2026-04)
      '.messenger-chat [class*="ChatInput__input"]', // PMs (SS stripchat.js, 2026-04)
      '[class*="ChatInput__input"]', // same source
    ],
    sendButton: [
      '[class*="ChatInput__sendBtn"]', // SS stripchat.js (2026-04)
      '.model-chat-input button[type="submit"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
