/**
 * Twitch stream chat (viewer page and the creator dashboard's chat). Rows carry the sender's login
 * in `data-a-user`; the user's own rows are those by the logged-in login.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'twitch',
  name: 'Twitch',
  context: 'cam',
  matches: [
    'https://*.twitch.tv/*', // www.twitch.tv (channels, popout chat) and dashboard.twitch.tv
  ],
  signature: [
    '.chat-scrollable-area__message-container', // SS sources/twitch.js (2026-06)
    '[data-a-target="chat-input"]', // SS sources/twitch.js (2026-06)
  ],
  authorAttribute: 'data-a-user', // the sender's login on each row (SS sources/twitch.js, 2026-06)
  selectors: {
    log: [
      '.chat-scrollable-area__message-container', // SS sources/twitch.js (2026-06); the list has role="log"
      '[data-test-selector="chat-scrollable-area__message-container"]', // test hook on the same list; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '.chat-line__message, [data-test-selector="user-notice-line"], .chat-line__status, .chat-line__timestamp-divider', // SS twitch.js (2026-06) and iwamizawa-software/twitch-chat-filter; status/divider rows are guesses. TODO [2027-06-01]: verify on live markup
    ],
    own: [],
    system: [
      '[data-test-selector="user-notice-line"]', // subs, raids, gifted subs, bits (SS twitch.js, 2026-06)
      '.chat-line__status', // "Welcome to the chat room!", mode changes; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.chat-line__timestamp-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.chat-author__display-name', // SS sources/twitch.js (2026-06)
    ],
    text: [
      '[data-a-target="chat-line-message-body"]', // SS sources/twitch.js (2026-06)
    ],
    replyBox: [
      '[data-a-target="chat-input"][contenteditable="true"]', // Slate editor (SS twitch.js 2026-06; `data-slate-editor` per one unattributed script)
      '[data-a-target="chat-input"]', // older builds used a textarea with the same hook (SS twitch.js)
    ],
    sendButton: [
      '[data-a-target="chat-send-button"]', // iwamizawa-software/twitch-chat-filter (n/d); fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    agentName: [
      '[data-a-target="user-menu-toggle"] [data-a-target="user-display-name"]', // logged-in user in the top nav; own = rows by this login (guess, per notes). TODO [2027-06-01]: verify on live markup
    ],
  },
});
