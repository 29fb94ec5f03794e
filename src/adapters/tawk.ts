/**
 * tawk.to dashboard. The contenteditable reply box is known from a 2026 userscript. The message list
 * (scroll container, `blockId-` rows, `.tawk-message` bodies, `.tawk-log-message-text` system rows,
 * author and time classes) comes from the "Tawk.to → GLPI Sender" userscript, which reads chats from
 * the dashboard: otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d). That source does
 * not tell visitor rows from agent rows, so the direction selectors remain guesses.
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
    '.tawk-smooth-scroll [id^="blockId-"] .tawk-message', // otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d)
    'div.tawk-message-input[contenteditable="true"]', // userscript "Tawk.to Quick Replies" v2026-04-26 (unattributed)
    '.tawk-chat-messages .tawk-message', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '.tawk-smooth-scroll', // otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d) (several may be cached; the visible one is the open chat)
      '.tawk-chat-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[id^="blockId-"]', // otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d)
      ':scope > .tawk-message, :scope > .tawk-chat-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '.tawk-message-visitor', // tawk.to calls clients "visitors"; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '.tawk-message-agent.tawk-message-self', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.tawk-log-message-text', // a block holding this is a system log line ("[Sistema]"): otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d)
      '.tawk-chat-divider', // date dividers; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.tawk-message-system', // "visitor navigated to…", "agent joined"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.tawk-message-whisper', // whispers between agents; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.tawk-text-grey-2.tawk-text-regular-1', // the sender name in a block: otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d)
      '.tawk-message-name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.tawk-message', // otowm/om30-saudesimples Interno/Tawk → GLPI.user.js (v1.3, n/d) (time is a separate `.tawk-time`)
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
