/**
 * Gorgias helpdesk ticket view. No public source documents its markup; selectors are designed from
 * the ticket view's structure (message bodies, events, Draft.js reply editor) and marked for
 * verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  context: 'support',
  matches: [
    'https://*.gorgias.com/*', // every account lives on <account>.gorgias.com
  ],
  signature: [
    '[data-testid="ticket-body"] [data-testid="ticket-message"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '[data-testid="ticket-reply-editor"] .public-DraftEditor-content', // Draft.js reply editor; wrapper is a guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-testid="ticket-body"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-testid="ticket-message"], [data-testid="ticket-event"], [data-testid="ticket-date-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-from-agent="false"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-from-agent="true"]:not([data-internal-note="true"])', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-testid="ticket-event"]', // "Ticket closed", "Macro applied", rule actions; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-testid="ticket-date-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-internal-note="true"]', // internal notes; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-testid="ticket-message-sender"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-testid="ticket-message-body"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]', // Draft.js content root; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '[data-testid="ticket-reply-send"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-testid="ticket-customer-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-testid="ticket-header"][data-ticket-id]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
