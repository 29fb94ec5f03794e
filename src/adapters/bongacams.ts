/**
 * BongaCams model chat. Container, rows, author, text, tip and system classes come from
 * social_stream (2026-03); the model's own rows were not found publicly.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'bongacams',
  name: 'BongaCams',
  context: 'cam',
  matches: [
    'https://*.bongacams.com/*', // bongacams.com and its language subdomains
    'https://*.bongacams.net/*', // mirror domain
  ],
  signature: [
    '.chat_history .js-chat_msg', // SS sources/bongacams.js (2026-03)
    'input.js-chat_msg_input', // SS sources/bongacams.js (2026-03)
  ],
  selectors: {
    log: [
      '.chat_history', // SS sources/bongacams.js (2026-03)
    ],
    message: [
      '.js-chat_msg', // SS sources/bongacams.js (2026-03)
    ],
    own: [
      '.js-chat_msg.msg_from_model', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.system_area', // SS sources/bongacams.js (2026-03)
      '.msg_tip_success', // tips (same source)
      '.date_separator', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.author_name', // SS sources/bongacams.js (2026-03)
    ],
    text: [
      '.message_area .msg', // SS sources/bongacams.js (2026-03)
    ],
    replyBox: [
      'input.js-chat_msg_input', // SS sources/bongacams.js (2026-03)
    ],
    sendButton: [
      '.js-send_msg', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    agentName: [
      '.js-model_name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
