/**
 * HubSpot Conversations inbox. An unattributed public Selenium script that drives the inbox
 * (app.hubspot.com/live-messages, n/d) gives the message containers (styled-components class
 * `CommonMessage__StyledContentColumn…`, hashed suffix), the message body
 * `[data-test-id="primary-message-body-content"]`, the ProseMirror reply editor and the send button's
 * `i18n-string` label. It does not tell contact rows from agent rows; the rest follows HubSpot's
 * `data-test-id` convention and is marked for verification.
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
    '[class*="CommonMessage__StyledContentColumn"]', // unattributed Selenium inbox bot for app.hubspot.com/live-messages (n/d)
    '[data-test-id="thread-history"] [data-test-id="thread-message"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '[data-test-id="inbox-reply-editor"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-test-id="thread-history"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[class*="CommonMessage__StyledContentColumn"]', // "message containers" (the last one is the newest): unattributed Selenium inbox bot for app.hubspot.com/live-messages (n/d)
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
      '[data-test-id="primary-message-body-content"]', // unattributed Selenium inbox bot for app.hubspot.com/live-messages (n/d)
      '[data-test-id="thread-message-text"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      'div.ProseMirror[contenteditable="true"]', // ProseMirror editor: unattributed Selenium inbox bot for app.hubspot.com/live-messages (n/d)
      '[data-test-id="inbox-reply-editor"] [contenteditable="true"]', // rich-text reply editor; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      'i18n-string[data-key="composer-ui.send-button.capabilities-editor-submit-button.send"]', // the send button's label, clicked by unattributed Selenium inbox bot for app.hubspot.com/live-messages (n/d)
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
