/**
 * Chatwoot dashboard (open source, often self-hosted: the signature finds it on any domain). Row
 * alignment classes come from the component source: `li.left` incoming, `li.right` outgoing,
 * `li.center` activity (chatwoot/chatwoot app/javascript/dashboard/components/widgets/conversation/
 * Message.vue). The v4 redesign renamed much of this; re-check against a current install.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  context: 'support',
  matches: [
    'https://app.chatwoot.com/*', // Chatwoot Cloud; self-hosted installs are found by signature
  ],
  signature: [
    'ul.conversation-panel > li[id^="message"]', // Message.vue renders `<li :id="message{id}">` into MessagesView's list (chatwoot/chatwoot)
    '.reply-box .ProseMirror-woot-style', // Chatwoot's ProseMirror editor class; fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      'ul.conversation-panel', // MessagesView.vue message list (chatwoot/chatwoot)
    ],
    message: [
      ':scope > li', // Message.vue root `<li>`; also date/unread dividers (chatwoot/chatwoot)
    ],
    incoming: [
      'li.left', // alignBubble: message_type INCOMING → `left` (Message.vue, chatwoot/chatwoot)
    ],
    own: [
      'li.right:not(:has(.bubble.is-from-bot))', // OUTGOING/TEMPLATE → `right`, minus bot replies (`is-from-bot`, Message.vue bubbleClass); notes are caught as system first
    ],
    system: [
      'li.center', // ACTIVITY → `center`: assignments, status changes (Message.vue)
      'li.unread--toast, li.date--separator', // dividers in the list; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.bubble.is-private', // private notes (Message.vue bubbleClass `is-private`)
    ],
    author: [
      '.sender--info .sender--available-name', // Message.vue (tweets only); fixture-based guess for others. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.message-text__wrap .text-content', // bubble/Text.vue; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.message-text__wrap', // bubble/Text.vue; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '.reply-box .ProseMirror-woot-style .ProseMirror[contenteditable="true"]', // ProseMirror mounted in the editor wrapper; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.reply-box textarea', // plain-text editor for channels without rich text; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '.reply-box .button.send, .reply-box button[type="submit"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '.conversation--header .user--name', // ConversationHeader.vue; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.conversation-details-wrap[data-conversation-id]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
