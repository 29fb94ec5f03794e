/**
 * Zendesk Agent Workspace (Support + Messaging in one "omni" log). The requester header and the
 * CKEditor 5 composer are documented by Briskine and pixiebrix; the conversation log itself was not
 * found in public sources, so its selectors follow the workspace's `data-test-id="omni-…"` naming.
 * The composer may live in an iframe: the content script runs in all frames.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  context: 'support',
  matches: [
    'https://*.zendesk.com/*', // every Zendesk account lives on <subdomain>.zendesk.com
  ],
  signature: [
    '[data-test-id="omni-log-container"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '#editor-view [data-garden-id="tags.avatar"]', // Briskine src/content/plugins/zendesk.js (requester avatar, n/d)
  ],
  selectors: {
    log: [
      '[data-test-id="omni-log-container"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.ticket .conversation .event-container', // legacy ticket view around `.ticket .sender` (Briskine plugins/zendesk.js, n/d); TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-test-id="omni-log-item"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.event', // legacy ticket view rows; TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-sender-role="end-user"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.event.is-requester', // legacy ticket view; TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-sender-role="agent"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.event.is-agent', // legacy ticket view; TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-test-id="omni-log-date-divider"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-test-id="omni-log-system-message"]', // assignment/status/"joined" events; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-sender-role="system"]', // bot and trigger notices; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-test-id="omni-log-item-sender"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.sender', // legacy `.ticket .sender` (Briskine plugins/zendesk.js, n/d)
    ],
    text: [
      '[data-test-id="omni-log-message-content"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.zd-comment', // legacy ticket comment body; TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"]', // CKEditor 5 root (Briskine plugins/zendesk.js; pixiebrix #7683, #7774, 2024); wrapper test id is a guess
      '.ck-editor__editable[contenteditable="true"]', // CKEditor 5 root (pixiebrix #7774, 2024)
    ],
    sendButton: [
      '[data-test-id="submit_button-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-test-id="omni-header-requester-name"]', // fixture-based guess next to the documented header. TODO [2027-06-01]: verify on live markup
      '.ticket .sender', // legacy view (Briskine plugins/zendesk.js, n/d)
    ],
    agentName: [
      '[data-test-id="header-profile-menu-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[data-test-id="omni-header-subject"]', // Briskine plugins/zendesk.js (n/d): the ticket subject changes with the tab
    ],
  },
});
