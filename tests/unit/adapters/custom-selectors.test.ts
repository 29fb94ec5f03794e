// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterSelectorsSchema } from '../../../src/adapters/schema';
import { adapterFromCustomSite } from '../../../src/adapters/custom';
import { parseJsonText, parseWith } from '../../../src/phrasebook/schema';
import { customSiteSchema } from '../../../src/settings/schema';
import { incomingMessages, findReplyBox } from '../../../src/chat/extract';

describe('custom site selectors', () => {
  it('rejects an invalid selector with the field path and the reason', () => {
    expect(() => parseWith(adapterSelectorsSchema.partial(), 'selectors', { log: ['#chat'], message: ['li::'] })).toThrow(/^selectors: message\.0: not a valid CSS selector/);
    expect(() => parseWith(adapterSelectorsSchema.partial(), 'selectors', parseJsonText('selectors', '{"log": ["#chat"'))).toThrow(/^selectors: \(root\): not valid JSON/);
    expect(() => parseWith(customSiteSchema, 'site', { pattern: 'chat.example.com' })).toThrow(/^site: pattern: an origin pattern/);
  });
  it('lays the user selectors over the generic adapter and reads the page with them', () => {
    document.body.innerHTML = `<div id="thread"><div class="m them">hello there</div><div class="m mine">hi!</div><div class="m them">where is my refund?</div></div><div id="compose" contenteditable="true"></div>`;
    const adapter = adapterFromCustomSite({ pattern: 'https://chat.example.com/*', context: 'cam', selectors: { log: ['#thread'], message: ['.m'], own: ['.mine'], replyBox: ['#compose'] } });
    expect(adapter.context).toBe('cam');
    expect(incomingMessages(document, adapter).map((m) => m.text)).toEqual(['hello there', 'where is my refund?']);
    expect(findReplyBox(document, adapter)?.id).toBe('compose');
  });
});
