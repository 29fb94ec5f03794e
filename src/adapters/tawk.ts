/**
 * tawk.to dashboard. The contenteditable reply box is known from a 2026 userscript; the message list
 * is designed from the dashboard's `tawk-` prefixed UI-kit classes and marked for verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'tawk',
  name: 'tawk.to',
  context: 'support',
  matches: [
    'https://dashboard.tawk.to/*', // the agent dashboard
  ],
  signature: [
    'div.tawk-message-input[contenteditable="true"]', // userscript "Tawk.to Quick Replies" v2026-04-26 (unattributed)
    '.tawk-chat-messages .tawk-message', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '.tawk-chat-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      ':scope > .tawk-message, :scope > .tawk-chat-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '.tawk-message-visitor', // tawk.to calls clients "visitors"; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '.tawk-message-agent.tawk-message-self', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.tawk-chat-divider', // date dividers; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.tawk-message-system', // "visitor navigated to…", "agent joined"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.tawk-message-whisper', // whispers between agents; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.tawk-message-name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.tawk-message-text', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      'div.tawk-message-input[contenteditable="true"]', // userscript "Tawk.to Quick Replies" v2026-04-26 (unattributed)
    ],
    sendButton: [
      '.tawk-message-send', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '.tawk-chat-header .tawk-visitor-name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
