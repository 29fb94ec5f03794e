/**
 * Crisp inbox (app.crisp.chat). Sourced: the conversation content, day groups, `--user`/`--operator`
 * message rows, bubble content and avatar-tooltip author come from an unattributed "Zorte Crisp"
 * content script (index file, repository not resolvable; it says the structure was "confirmed in the
 * real HTML"); the Lexical composer field and editor wrapper come from riskirills66/dofiles
 * scripts/tampermonkey/crispextended.js (n/d, 75 stored versions); operator/user bubble classes also
 * appear in Crisp theme/userscript CSS (unattributed). Older class-name guesses stay as fallbacks.
 */
import { defineAdapter } from './schema';

export default defineAdapter({
  id: 'crisp',
  name: 'Crisp',
  context: 'support',
  matches: [
    'https://app.crisp.chat/*', // the operator app (shuvoaftab/chrome-extensions crisp-tracker README, n/d)
  ],
  signature: [
    '.c-conversation-box-content .c-conversation-box-content-message', // unattributed "Zorte Crisp" content script (n/d)
    '.c-conversation-box-field__field-composer-field', // riskirills66/dofiles scripts/tampermonkey/crispextended.js (n/d)
    '.c-conversation-box-content-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    '.c-conversation-box-field textarea', // fixture-based guess. TODO [2027-06-01]: verify on live markup
  ],
  selectors: {
    log: [
      '.c-conversation-box-content', // unattributed "Zorte Crisp" content script (n/d): scanner root and parent of the day groups
      '.c-conversation-box-content-messages', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    message: [
      '.c-conversation-box-content-message', // unattributed "Zorte Crisp" content script (n/d): rows inside `.c-conversation-box-content__group` (one group per day)
      '.c-conversation-box-content-message, .c-conversation-box-content-separator', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    incoming: [
      '.c-conversation-box-content-message--user', // unattributed "Zorte Crisp" content script (n/d): "--user = cliente"
    ],
    own: [
      '.c-conversation-box-content-message--operator', // unattributed "Zorte Crisp" content script (n/d): "--operator = atendente"; marks every operator, not only the signed-in one
    ],
    system: [
      '.c-conversation-box-content-message:not(.c-conversation-box-content-message--user):not(.c-conversation-box-content-message--operator)', // rows that are neither are "system events" per the "Zorte Crisp" content script (n/d)
      '.c-conversation-box-content-separator', // date dividers; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-content-message--event', // "conversation resolved", "operator joined"; fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-content-message--note', // private notes; fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    author: [
      '.c-conversation-box-content-message__avatar-tooltip .c-base-tooltip__default', // unattributed "Zorte Crisp" content script (n/d); only on the last row of a run by the same sender
      '.c-conversation-box-content-message__name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    text: [
      '.c-conversation-box-content-message-bubble__content', // unattributed "Zorte Crisp" content script (n/d); absent on file/image rows
      '.c-conversation-box-content-message__text', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    replyBox: [
      '.c-editor-composer__field.c-conversation-box-field__field-composer-field', // Lexical contenteditable (`p.o-markdown-ltr > span[data-lexical-text]`): riskirills66/dofiles scripts/tampermonkey/crispextended.js (n/d)
      '.c-conversation-box-field__field', // unattributed Puppeteer Crisp↔Telegram bot (page.type + Enter; n/d, possibly older markup)
      '.c-conversation-box-field textarea', // fixture-based guess. TODO [2027-06-01]: verify on live markup
      '.c-conversation-box-field [contenteditable="true"]', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    sendButton: [
      '.c-conversation-box-field__send', // fixture-based guess (the sourced bot sends with Enter). TODO [2027-06-01]: verify on live markup
    ],
    clientName: [
      '.c-conversation-profile__name', // unattributed "Zorte Crisp" content script (n/d): profile pane
      '.c-conversation-profile__nickname', // same source
      '.c-conversation-box-header__name', // fixture-based guess. TODO [2027-06-01]: verify on live markup
    ],
    conversation: [
      '.c-conversation-box[data-session-id]', // session ids appear in inbox URLs (/inbox/session_…); attribute is a guess. TODO [2027-06-01]: verify on live markup
    ],
  },
});
