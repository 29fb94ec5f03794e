/**
 * MyFreeCams model chat. The chat container, author and text classes come from social_stream
 * (2025-12); own and notice rows were not found publicly and are marked for verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'myfreecams',
  name: 'MyFreeCams',
  context: 'cam',
  matches: [
    'https://*.myfreecams.com/*', // myfreecams.com, www. and the model web broadcaster hosts
  ],
  signature: [
    '#chat_contents [data-user_id]', // SS sources/myfreecams.js (2025-12)
    '#write_area', // SS sources/myfreecams.js (2025-12)
  ],
  selectors: {
    log: [
      '#chat_contents', // SS sources/myfreecams.js (2025-12)
    ],
    message: [
      ':scope > div', // child rows (SS sources/myfreecams.js, 2025-12)
    ],
    own: [
      '.chat_line_self', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.chat_line_notice', // tips, "has joined", topic changes; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.chat_line_tip', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.chat_date_divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.author', // SS sources/myfreecams.js (2025-12)
      '.username', // same source
    ],
    text: [
      '.chat', // SS sources/myfreecams.js (2025-12)
    ],
    replyBox: [
      '#write_area', // SS sources/myfreecams.js (2025-12)
      '#chat_box textarea', // same source (`textarea`), scoped to the chat box; scope is a guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '#chat_box .send_button', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    agentName: [
      '#model_name', // the logged-in model's name in the broadcaster UI; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
