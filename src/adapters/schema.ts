/**
 * A platform adapter is data: where the message log is, which rows are the client's, which are the
 * user's own, which are system/tip rows, and where the reply box is. Selectors are ordered arrays,
 * most specific first; the first that matches wins. Checked by zod (the same schema validates
 * custom selectors a user types in the options page).
 */
import { z } from 'zod';

const selector = z.string().min(1).refine((s) => {
  try {
    // Validates CSS syntax where a DOM exists (options page, tests); Node without DOM skips.
    if (typeof document !== 'undefined') document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}, 'not a valid CSS selector');
const selectorList = z.array(selector);

export const adapterSelectorsSchema = z.strictObject({
  /** The scrolling container of message rows. */
  log: selectorList.min(1),
  /** A message row, searched inside the log. */
  message: selectorList.min(1),
  /** A row from the client matches one of these (when a platform marks incoming rows explicitly). */
  incoming: selectorList.optional(),
  /** A row written by the user (agent/performer) matches or contains one of these. */
  own: selectorList.default([]),
  /** System notices, tips, joins, goals: never classified. */
  system: selectorList.default([]),
  /** The author's name inside a row. */
  author: selectorList.optional(),
  /** The message text inside a row (default: the row's text minus author and time). */
  text: selectorList.optional(),
  /** The reply editor. */
  replyBox: selectorList.min(1),
  sendButton: selectorList.optional(),
  /** Where the current client's name is shown (fills {client}). */
  clientName: selectorList.optional(),
  /** Where the logged-in user's name is shown (fills {agent}; rows by this author are own). */
  agentName: selectorList.optional(),
  /** An element whose identity changes when the user switches conversation/ticket. */
  conversation: selectorList.optional(),
});

export const adapterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  context: z.enum(['support', 'cam']),
  /** Match patterns of the platform's own hosts (manifest host permissions and content-script matches). */
  matches: z.array(z.string().regex(/^(\*|https?):\/\/[^/]+\/.*$/)),
  /** Selectors whose presence identifies the platform on any host (self-hosted, custom domains). */
  signature: selectorList.min(1),
  /** Attribute on a row that names its author (e.g. data-nick), when there is no author element. */
  authorAttribute: z.string().optional(),
  selectors: adapterSelectorsSchema,
});

export type AdapterDefinition = z.input<typeof adapterSchema>;
export type ChatAdapter = z.output<typeof adapterSchema>;
export type AdapterSelectors = ChatAdapter['selectors'];

export function defineAdapter(def: AdapterDefinition): ChatAdapter {
  return adapterSchema.parse(def);
}
