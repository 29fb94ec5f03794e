/**
 * HubSpot Conversations inbox. No public source documents its markup; selectors follow HubSpot's
 * `data-test-id` convention and are marked for verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'hubspot',
  name: 'HubSpot Inbox',
  context: 'support',
  matches: [
    'https://app.hubspot.com/*', // US data centre
    'https://app-eu1.hubspot.com/*', // EU data centre
    'https://app-na2.hubspot.com/*', // second NA data centre
  ],
  signature: [
    '[data-test-id="thread-history"] [data-test-id="thread-message"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '[data-test-id="inbox-reply-editor"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-test-id="thread-history"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-test-id="thread-message"], [data-test-id="thread-comment"], [data-test-id="thread-timeline-event"], [data-test-id="thread-date-divider"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-sender-type="VISITOR"], [data-sender-type="CONTACT"]', // HubSpot's API sender actor types; attribute is a guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-sender-type="AGENT"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-test-id="thread-timeline-event"]', // "Conversation assigned", "closed"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-test-id="thread-date-divider"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-sender-type="BOT"]', // chatflow bot messages; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-test-id="thread-comment"]', // internal comments; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-test-id="thread-message-sender"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-test-id="thread-message-text"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-test-id="inbox-reply-editor"] [contenteditable="true"]', // rich-text reply editor; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '[data-test-id="reply-send-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-test-id="thread-header-contact-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-test-id="thread-header"][data-thread-id]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
