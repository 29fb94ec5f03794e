/**
 * CamSoda room chat. Its CSS-module class names carry build hashes (`chat-module__wrapper--x1y2`),
 * so selectors match on the stable prefix (social_stream, 2026-05); expect breakage on redesigns.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'camsoda',
  name: 'CamSoda',
  context: 'cam',
  matches: [
    'https://*.camsoda.com/*', // camsoda.com and www.
  ],
  signature: [
    "div[class^='chat-module__wrapper--'] [class^='chat-user-module__user--']", // SS sources/camsoda.js (2026-05)
  ],
  selectors: {
    log: [
      "div[class^='chat-module__wrapper--']", // SS sources/camsoda.js (2026-05)
    ],
    message: [
      "[class^='chat-module__message--']", // fixture-based guess (same CSS-module naming). TODO [2027-06-01]: verify on live markup
      ':scope > div', // direct children of the wrapper (SS camsoda.js walks them)
    ],
    own: [
      "[class*='chat-module__isBroadcaster--']", // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      "[class*='chat-module__tip--']", // fixture-based guess. TODO [2027-06-01]: verify on live markup
      "[class*='chat-module__notice--']", // joins, goals, room topic; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      "[class^='chat-user-module__user--']", // SS sources/camsoda.js (2026-05)
    ],
    text: [
      'p.break-words', // SS sources/camsoda.js (2026-05)
    ],
    replyBox: [
      '.comments-section textarea', // SS sources/camsoda.js (2026-05)
      ".comments-section input[type='text']", // same source
    ],
    sendButton: [
      '.comments-section button[type="submit"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
