/**
 * Front shared inbox (app.frontapp.com). No public source documents its markup, which uses hashed
 * class names; selectors rely on `data-testid` hooks designed from its structure and are marked for
 * verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'front',
  name: 'Front',
  context: 'support',
  matches: [
    'https://app.frontapp.com/*', // the Front web app
  ],
  signature: [
    '[data-testid="conversation-message-list"] [data-testid="message-item"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '[data-testid="composer-editor"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-testid="conversation-message-list"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-testid="message-item"], [data-testid="comment-item"], [data-testid="conversation-activity"], [data-testid="day-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-testid="message-item"][data-is-inbound="true"]', // Front's API flags messages `is_inbound`; attribute is a guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-testid="message-item"][data-is-inbound="false"][data-is-mine="true"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-testid="conversation-activity"]', // "archived", "assigned", tag changes; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-testid="day-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-testid="comment-item"]', // teammate comments; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-testid="message-sender-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-testid="message-body"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-testid="composer-editor"] [contenteditable="true"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '[data-testid="composer-send-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-testid="conversation-header-recipient"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-testid="conversation-header"][data-conversation-id]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
