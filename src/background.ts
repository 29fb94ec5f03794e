/**
 * Background: keyboard commands to the active tab, and content-script registration for the sites
 * the user enabled (optional host permissions granted at that moment, never at install).
 */
import { browser } from 'wxt/browser';
import { sendToTab } from './messaging/protocol';
import { customSitesItem } from './settings/items';
import type { CustomSite } from './settings/schema';

const CUSTOM_SCRIPT_ID = 'poise-custom-sites';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function syncCustomSites(sites: CustomSite[]): Promise<void> {
  const granted = [];
  for (const s of sites) {
    if (await browser.permissions.contains({ origins: [s.pattern] })) granted.push(s.pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([{
    id: CUSTOM_SCRIPT_ID,
    matches: granted,
    js: ['content-scripts/chat.js'],
    css: [],
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }]);
}

/** A keyboard command: insert suggestion 1-3 or toggle the panel on the active tab. */
export async function runCommand(command: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === null) return;
  try {
    const m = /^insert-reply-(\d)$/.exec(command);
    if (m) await sendToTab(tabId, 'insertSuggestion', { index: Number(m[1]) - 1 });
    else if (command === 'toggle-panel') await sendToTab(tabId, 'togglePanel', null);
  } catch {
    // No Poise on that tab: nothing to do.
  }
}

export function startBackground(): void {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  // Browser tests cannot press extension shortcuts; the e2e build lets them run the same handler.
  if (import.meta.env.MODE === 'e2e') (globalThis as { poiseRunCommand?: typeof runCommand }).poiseRunCommand = runCommand;
  const sync = (sites: CustomSite[] | null) => syncCustomSites(sites ?? []).catch((e) => console.warn('[Poise] custom sites', e));
  void customSitesItem.getValue().then(sync);
  customSitesItem.watch(sync);
  browser.permissions.onRemoved.addListener(() => void customSitesItem.getValue().then(sync));
}
