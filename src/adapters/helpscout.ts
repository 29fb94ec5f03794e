/**
 * Help Scout conversation view. Thread container, `.thread-item`, `.is-customer` and the Slate
 * (0.47) editor come from the FreeScout GPT assistant's Help Scout adapter (2025-09).
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  context: 'support',
  matches: [
    'https://secure.helpscout.net/*', // the Help Scout web app
  ],
  signature: [
    '[data-testid="ThreadContainer"]', // zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js (2025-09)
    '[data-cy="ConvoEditor"]', // same source
  ],
  selectors: {
    log: [
      '[data-testid="ThreadContainer"]', // zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js (2025-09)
      'ol[aria-label="Thread Items"]', // same source
    ],
    message: [
      '.thread-item', // same source
    ],
    incoming: [
      '.thread-item.is-customer', // same source
    ],
    own: [
      '.thread-item.is-user.is-mine', // agent replies ("users" in Help Scout) by the signed-in user; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '.thread-item.is-lineitem', // "Assigned to", "Status changed" line items; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.thread-item.is-note', // private notes; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.thread-item.is-date-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.thread-item .thread-author', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.thread-content', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-cy="ConvoEditor"] [data-slate-editor="true"]', // Slate 0.47 editor (zackkatz/freescout-gpt-assistant, 2025-09)
      '[data-cy="ConvoEditor"] [contenteditable="true"]', // same source
    ],
    sendButton: [
      '[data-cy="SendButton"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-cy="CustomerName"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-cy="ConversationNumber"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
