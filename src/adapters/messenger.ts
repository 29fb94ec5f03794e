/**
 * Facebook Messenger (messenger.com and facebook.com/messages). Class names are obfuscated and
 * change often, so rows are found through ARIA roles and labels; only the Lexical composer is
 * documented (Briskine). Own rows are labelled "You sent" for screen readers; that label is
 * localised, so non-English interfaces need their own label here.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'messenger',
  name: 'Messenger',
  context: 'support',
  matches: [
    'https://www.messenger.com/*', // Messenger web app
    'https://www.facebook.com/messages/*', // Messenger inside Facebook
  ],
  signature: [
    '[role="main"] [role="grid"][aria-label^="Messages in conversation"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '[role="main"] [role="grid"][aria-label^="Messages in conversation"]', // the thread's message grid; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[role="main"] [role="grid"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '[role="row"]', // one row per message or divider; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    own: [
      '[role="gridcell"][aria-label^="You sent" i]', // "You sent" label (airminal platforms/messenger.js: aria "You sent", "typically"). TODO [2027-06-01]: verify on live markup
    ],
    system: [
      '[role="gridcell"] > h4', // date/time dividers rendered as headings; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '[role="gridcell"][data-scope="system_message"]', // "X named the group", call notices; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '[role="gridcell"] > h5 span[dir="auto"]', // visually hidden sender heading before a bubble; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '[role="gridcell"] div[dir="auto"]', // message text (airminal platforms/messenger.js heuristics); fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '[role="main"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]', // Lexical composer (Briskine src/content/plugins/facebook.js; airminal platforms/messenger.js)
      '[role="textbox"][contenteditable="true"]', // same sources
    ],
    sendButton: [
      '[role="main"] [aria-label="Press enter to send"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '[role="main"] [role="banner"] h2 span[dir="auto"]', // thread header; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '[role="main"] [role="grid"][aria-label^="Messages in conversation"]', // its label names the open thread; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
