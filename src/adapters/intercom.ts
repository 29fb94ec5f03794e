/**
 * Intercom Inbox (app.intercom.com and its EU/AU regions). Public sources only give a guessed
 * `[data-testid="conversation-part"]` and a 2018 composer class, so most selectors here are designed
 * from the Inbox's known structure (conversation stream of "parts" by admin, user or bot).
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  context: 'support',
  matches: [
    'https://app.intercom.com/*', // US workspace
    'https://app.eu.intercom.com/*', // EU data hosting
    'https://app.au.intercom.com/*', // AU data hosting
  ],
  signature: [
    '[data-testid="conversation-stream"] [data-testid="conversation-part"]', // parts in the stream; stream id is a guess. TODO [2027-06-01]: verify on live markup
    '.composer-inbox', // saadq/intercom-code src/components/Editor.js (2018)
  ],
  selectors: {
    log: [
      '[data-testid="conversation-stream"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.conversation__stream', // older Ember class; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-testid="conversation-part"], [data-testid="conversation-event"], [data-testid="conversation-day-divider"]', // parts: unattributed Muck Rack content script (guess cascade); events and dividers are guesses. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-part-author-type="user"], [data-part-author-type="lead"]', // users and leads write in; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-part-author-type="admin"]', // teammates are "admins" in Intercom's API; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-testid="conversation-event"]', // assignment, snooze, close events; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-testid="conversation-day-divider"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-part-author-type="bot"]', // Fin/operator replies are not the user's own; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-part-type="note"]', // internal notes are never client messages; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-testid="conversation-part-author"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-testid="conversation-part-body"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.intercom-interblocks', // Intercom's rich-text "blocks" renderer; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-testid="inbox-composer"] .ProseMirror[contenteditable="true"]', // ProseMirror composer; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.composer-inbox [contenteditable="true"]', // saadq/intercom-code Editor.js (2018: `.composer-inbox p`)
    ],
    sendButton: [
      '[data-testid="inbox-composer"] button[data-testid="send-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-testid="conversation-header-user-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    agentName: [
      '[data-testid="current-admin-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-testid="conversation-header"][data-conversation-id]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
