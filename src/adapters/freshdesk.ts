/**
 * Freshdesk tickets and Freshchat (Freshdesk Messaging) conversations, including the unified
 * Freshworks domain. Only a guessed cascade and the Froala editor class are public, so the log
 * selectors are designed from Freshworks' `data-test-id` naming and carry TODOs.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk / Freshchat',
  context: 'support',
  matches: [
    'https://*.freshdesk.com/*', // helpdesk accounts: <account>.freshdesk.com
    'https://*.freshchat.com/*', // Freshchat web app: web.freshchat.com and regional hosts
    'https://*.myfreshworks.com/*', // unified Freshworks login domain
  ],
  signature: [
    '[data-test-id="conversation-messages"] .fr-element.fr-view', // fixture-based guess around the Froala editor. TODO [2027-06-01]: verify on live markup
    '[data-test-id="conversation-messages"] [data-testid="incoming-message"]', // incoming test id from unattributed "Freshdesk AI Assistant" utils/freshdesk.ts (n/d)
    '.fc-conversation-view', // Freshchat agent view; fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-test-id="conversation-messages"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.fc-conversation-view .fc-message-list', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.ticket-details__conversations', // Freshdesk ticket thread; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      ':scope > [data-test-id="conversation-item"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      ':scope > .fc-message, :scope > .fc-date-separator', // Freshchat rows; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-testid="incoming-message"]', // unattributed "Freshdesk AI Assistant" utils/freshdesk.ts (n/d, guess cascade)
      '.incoming-msg', // same source (guess cascade)
      '.fc-message--user', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-testid="outgoing-message"]', // mirrors the incoming test id; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.outgoing-msg', // mirrors `.incoming-msg`; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.fc-message--agent', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-test-id="conversation-activity"]', // "ticket assigned", "status changed"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-test-id="conversation-date-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-test-id="private-note"]', // private notes are never the client's; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.fc-date-separator, .fc-message--system', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-test-id="conversation-author"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.fc-message__author', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-test-id="conversation-body"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.fc-message__text', // Freshchat; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '.fr-box .fr-element.fr-view[contenteditable="true"]', // Froala editor (unattributed "Freshdesk AI Assistant" utils/freshdesk.ts, n/d)
      '.redactor-editor[contenteditable="true"]', // older Redactor editor, same source (guess cascade)
      '.fc-conversation-view textarea', // Freshchat reply box; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '[data-test-id="reply-send-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-test-id="requester-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    agentName: [
      '[data-test-id="current-agent-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-test-id="ticket-id"]', // ticket number in the header; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
