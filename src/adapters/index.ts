/**
 * Every platform adapter, registered here (a convention test checks each file in this folder is
 * listed, has fixtures and is covered by the manifest's matches).
 */
import type { ChatAdapter } from './schema';
import generic from './generic';
import bongacams from './bongacams';
import camsoda from './camsoda';
import chaturbate from './chaturbate';
import chatwoot from './chatwoot';
import crisp from './crisp';
import fansly from './fansly';
import freshdesk from './freshdesk';
import front from './front';
import gorgias from './gorgias';
import helpscout from './helpscout';
import hubspot from './hubspot';
import intercom from './intercom';
import livechat from './livechat';
import messenger from './messenger';
import myfreecams from './myfreecams';
import onlyfans from './onlyfans';
import stripchat from './stripchat';
import tawk from './tawk';
import telegram from './telegram';
import twitch from './twitch';
import whatsapp from './whatsapp';
import zammad from './zammad';
import zendesk from './zendesk';

export const PLATFORM_ADAPTERS: readonly ChatAdapter[] = [
  bongacams,
  camsoda,
  chaturbate,
  chatwoot,
  crisp,
  fansly,
  freshdesk,
  front,
  gorgias,
  helpscout,
  hubspot,
  intercom,
  livechat,
  messenger,
  myfreecams,
  onlyfans,
  stripchat,
  tawk,
  telegram,
  twitch,
  whatsapp,
  zammad,
  zendesk,
];

export { generic as genericAdapter };

/** All host match patterns of the listed platforms (manifest host_permissions and content-script matches). */
export function platformMatches(): string[] {
  return [...new Set(PLATFORM_ADAPTERS.flatMap((a) => a.matches))].sort();
}

/** The adapter for a page: by host, then by DOM signature (self-hosted and custom domains), else generic. */
export function adapterFor(url: string, doc: ParentNode): ChatAdapter {
  const byHost = PLATFORM_ADAPTERS.find((a) => a.matches.some((m) => matchPattern(m, url)));
  if (byHost) return byHost;
  const bySignature = PLATFORM_ADAPTERS.find((a) => a.signature.some((s) => {
    try {
      return doc.querySelector(s) !== null;
    } catch {
      return false;
    }
  }));
  return bySignature ?? generic;
}

/** Minimal match-pattern test: scheme, host with optional `*.` wildcard, path glob. */
export function matchPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith('.' + base)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp('^' + path!.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(u.pathname + u.search);
}
