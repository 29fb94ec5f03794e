/**
 * OnlyFans creator DMs (Vue app). Row and `m-from-me` classes are well documented (OF-main DOM
 * research, 2025-11); the composer is a TipTap/ProseMirror editor.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'onlyfans',
  name: 'OnlyFans',
  context: 'cam',
  matches: [
    'https://onlyfans.com/*', // the web app lives on the bare domain
    'https://*.onlyfans.com/*', // www. redirect and any app subdomain
  ],
  signature: [
    '.b-chat__messages-wrapper .b-chat__item-message', // SoroTechAISolutions/OF-main docs/onlyfans-dom-research.md (2025-11-26)
  ],
  selectors: {
    log: [
      '.b-chat__messages-wrapper', // SoroTechAISolutions/OF-main docs/onlyfans-dom-research.md (2025-11-26)
    ],
    message: [
      '.b-chat__item-message, .b-chat__item-timeline', // rows (same source); timeline dividers are a guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '.b-chat__message.m-from-me', // own messages (OF-main research 2025-11-26; tiimgreen/aiof-chrome-extension, n/d)
    ],
    system: [
      '.b-chat__item-timeline', // date dividers; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.b-chat__message.m-tip', // tip notices; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.b-chat__message__author', // fixture-based guess (DMs are one-to-one). TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.b-chat__message__text', // OF-main research (2025-11-26)
      '.b-chat__message__body', // same source
    ],
    replyBox: [
      '.b-chat__message-form [contenteditable="true"].tiptap.ProseMirror', // TipTap editor (OF-main chrome-extension/content.js, 2025-11); form class is a guess
      '[contenteditable].tiptap.ProseMirror', // OF-main research (2025-11-26)
    ],
    sendButton: [
      '.b-chat__btn-submit', // OF-main research (2025-11-26)
    ],
    clientName: [
      '.b-chat__header .g-user-name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.b-chat__header .g-user-username', // the fan's @handle changes with the conversation; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
