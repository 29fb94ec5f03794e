/**
 * A user's custom site: the generic adapter with the user's own selectors laid over it. The
 * selectors are validated by the same zod schema as built-in adapters.
 */
import generic from './generic';
import { adapterSchema, type ChatAdapter } from './schema';
import type { CustomSite } from '../settings/schema';

export function adapterFromCustomSite(site: CustomSite): ChatAdapter {
  const selectors = { ...generic.selectors, ...(site.selectors ?? {}) };
  return adapterSchema.parse({
    id: 'custom',
    name: new URL(site.pattern.replace('/*', '/')).host,
    context: site.context,
    matches: [site.pattern],
    signature: generic.signature,
    selectors,
  });
}
