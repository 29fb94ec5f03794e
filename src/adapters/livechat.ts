/**
 * LiveChat agent app. The reply textarea and the selected-chat row are known from userscripts; the
 * chat feed's container is `[data-testid="messages-list"]` per a public userscript; its rows were not
 * found publicly, so they follow the app's `data-testid` naming and are marked for verification.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'livechat',
  name: 'LiveChat',
  context: 'support',
  matches: [
    'https://my.livechatinc.com/*', // agent app (greasyfork "Livechatinc-Counter", 2022)
    'https://my.livechat.com/*', // agent app on the newer brand domain; TODO [2027-06-01]: verify on live markup
  ],
  signature: [
    'textarea[data-testid="chat-feed-text-area-test-id"]', // greasyfork "Livechatinc-Counter" and #463147 (2022)
    '[data-testid="chat-feed"] [data-testid="chat-feed-item"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[data-testid="messages-list"]', // unattributed userscript "LAPAK1 - Custom Chat Word Highlighter" (@match my.livechatinc.com, n/d): the chat area it scans
      '[data-testid="chat-feed"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[data-testid="chat-feed-item"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '[data-author-type="customer"]', // LiveChat's API calls the client "customer"; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[data-author-type="agent"][data-own="true"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[data-testid="chat-feed-system-message"]', // "Chat transferred", "Customer left"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-testid="chat-feed-date-separator"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[data-author-type="agent"]:not([data-own="true"])', // other agents and bots (transfers, supervisors); fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[data-testid="chat-feed-item-author"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[data-testid="chat-feed-item-text"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      'textarea[data-testid="chat-feed-text-area-test-id"]', // greasyfork "Livechatinc-Counter" and #463147 (2022); placeholder "Type a message..."
      'textarea[placeholder^="Type a message"]', // greasyfork "LAPAK2" (n/d)
    ],
    sendButton: [
      'button[data-testid="send-button"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[data-testid="chat-header-customer-name"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[aria-selected="true"][data-id]', // the selected chat in the list (greasyfork #463147, 2022)
    ],
  },
});
