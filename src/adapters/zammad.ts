/**
 * Zammad agent UI (open source, usually self-hosted: the signature finds it on any domain). Article
 * rows `.ticket-article-item` with `customer` / `agent` / `system` classes, `.textBubble-content`
 * bodies and the `.articleNewEdit-body` editor appear in Zammad's own system specs and in export
 * scripts written against it.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'zammad',
  name: 'Zammad',
  context: 'support',
  matches: [
    'https://*.zammad.com/*', // Zammad hosted (<name>.zammad.com); self-hosted installs are found by signature
  ],
  signature: [
    '.ticket-article .ticket-article-item', // zammad/zammad ticket_zoom article navigation (`.ticket-article .ticket-article-item`)
    '.articleNewEdit-body', // zammad/zammad spec/system ticket zoom specs (`find('.articleNewEdit-body')`)
  ],
  selectors: {
    log: [
      '.content.active .ticket-article', // the visible ticket tab (zammad/zammad browser tests use `.content.active`)
      '.ticket-article', // zammad/zammad ticket_zoom
    ],
    message: [
      '.ticket-article-item', // zammad/zammad ticket_zoom; includes system articles
    ],
    incoming: [
      '.ticket-article-item.customer', // unattributed Zammad export script (classList `customer`, n/d)
    ],
    own: [
      '.ticket-article-item.agent:not(.is-internal)', // same source (`agent`); internal notes are never replies
    ],
    system: [
      '.ticket-article-item.system', // same source; also a Selenium script (`.ticket-article-item.system`)
      '.ticket-article-item.is-internal', // internal notes (same export script, `is-internal`)
      '.ticket-article-item.date-divider', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.article-meta .user-popover', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.textBubble-content .richtext-content', // unattributed Zammad export script (n/d)
      '.textBubble-content', // same source
      '.task-subline', // system articles, same source
    ],
    replyBox: [
      '.content.active .articleNewEdit-body[contenteditable="true"]', // zammad/zammad spec/system (`.articleNewEdit-body`) in the active tab
      '.articleNewEdit-body', // zammad/zammad spec/system
    ],
    sendButton: [
      '.content.active .js-submit', // zammad/zammad spec/system (`click '.js-submit'`)
    ],
    clientName: [
      '.content.active .ticketZoom-header .js-customer-name', // fixture-based guess near `.ticketZoom-header`. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.content.active .ticketZoom-header .ticket-number', // zammad/zammad browser tests (`.ticketZoom-header .ticket-number`)
    ],
  },
});
