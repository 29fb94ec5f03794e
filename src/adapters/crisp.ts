/**
 * Crisp inbox (app.crisp.chat). No public source documents its markup; selectors are designed from
 * Crisp's BEM-style `c-conversation-box…` class naming and marked for verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'crisp',
  name: 'Crisp',
  context: 'support',
  matches: [
    'https://app.crisp.chat/*', // the operator app (shuvoaftab/chrome-extensions crisp-tracker README, n/d)
  ],
  signature: [
    '.c-conversation-box-content-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '.c-conversation-box-field textarea', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '.c-conversation-box-content-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '.c-conversation-box-content-message, .c-conversation-box-content-separator', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '.c-conversation-box-content-message--user', // messages "from user" in Crisp's API; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '.c-conversation-box-content-message--operator', // messages "from operator" in Crisp's API; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.c-conversation-box-content-separator', // date dividers; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-content-message--event', // "conversation resolved", "operator joined"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-content-message--note', // private notes; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.c-conversation-box-content-message__name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.c-conversation-box-content-message__text', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '.c-conversation-box-field textarea', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-field [contenteditable="true"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '.c-conversation-box-field__send', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '.c-conversation-box-header__name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.c-conversation-box[data-session-id]', // session ids appear in inbox URLs (/inbox/session_…); attribute is a guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
