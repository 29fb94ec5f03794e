/**
 * Every platform adapter against its saved page (tests/fixtures/<id>/chat.html): the rows it must
 * read, how they are told apart, where the reply box is, and that the page is recognised by DOM
 * signature on an unknown host and by host on an empty page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_ADAPTERS, adapterFor, genericAdapter } from '../../../src/adapters';
import type { ChatAdapter } from '../../../src/adapters/schema';
import { clientName, findLog, findReplyBox, firstMatch, readMessages, type ChatMessage } from '../../../src/chat/extract';

interface Expected {
  incoming: string[];
  own: string[];
  system: number;
  replyBox: string;
  context: 'support' | 'cam';
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const windows: Window[] = [];

function load(id: string): { doc: Document; expected: Expected } {
  const html = readFileSync(`${FIXTURES}${id}/chat.html`, 'utf8');
  const expected = JSON.parse(readFileSync(`${FIXTURES}${id}/expected.json`, 'utf8')) as Expected;
  const win = new Window({ url: 'https://example.test/' });
  windows.push(win);
  win.document.write(html);
  return { doc: win.document as unknown as Document, expected };
}

function emptyDocument(): Document {
  const win = new Window({ url: 'https://example.test/' });
  windows.push(win);
  win.document.write('<!doctype html><html><head></head><body></body></html>');
  return win.document as unknown as Document;
}

/** A concrete URL inside a match pattern: `*` scheme → https, `*.` host → `app.`, path glob → empty. */
function urlForPattern(pattern: string): string {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const scheme = m[1] === '*' ? 'https' : m[1];
  const host = m[2]!.startsWith('*.') ? `app.${m[2]!.slice(2)}` : m[2];
  return `${scheme}://${host}${m[3]!.replace(/\*/g, '')}`;
}

function signatureMatches(adapter: ChatAdapter, doc: Document): boolean {
  return adapter.signature.some((s) => doc.querySelector(s) !== null);
}

afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function describeReading(adapter: ChatAdapter, id: string) {
  let doc: Document;
  let expected: Expected;
  let messages: ChatMessage[];
  beforeAll(() => {
    ({ doc, expected } = load(id));
    messages = readMessages(doc, adapter);
  });

  it('finds a log with rows', () => {
    expect(findLog(doc, adapter)).not.toBeNull();
    expect(messages.length).toBeGreaterThan(0);
  });

  it('reads the client messages, in order', () => {
    expect(messages.filter((m) => m.direction === 'incoming').map((m) => m.text)).toEqual(expected.incoming);
  });

  it("reads the user's own messages, in order", () => {
    expect(messages.filter((m) => m.direction === 'own').map((m) => m.text)).toEqual(expected.own);
  });

  it('skips system, tip and divider rows', () => {
    expect(messages.filter((m) => m.direction === 'system')).toHaveLength(expected.system);
  });

  it('finds the reply box', () => {
    const box = findReplyBox(doc, adapter);
    expect(box).not.toBeNull();
    expect(box).toBe(doc.querySelector(expected.replyBox));
  });

  it('has the expected context', () => {
    expect(adapter.context).toBe(expected.context);
  });

  if (adapter.selectors.sendButton) {
    it('finds the send button', () => {
      expect(firstMatch(doc, adapter.selectors.sendButton)).not.toBeNull();
    });
  }
  if (adapter.selectors.clientName) {
    it("finds the client's name", () => {
      const latest = messages.filter((m) => m.direction === 'incoming').at(-1) ?? null;
      expect(clientName(doc, adapter, latest)).toBeTruthy();
    });
  }
  for (const key of ['agentName', 'conversation'] as const) {
    if (adapter.selectors[key]) {
      it(`finds the ${key} element`, () => {
        expect(firstMatch(doc, adapter.selectors[key])).not.toBeNull();
      });
    }
  }
}

describe.each(PLATFORM_ADAPTERS.map((a) => [a.id, a] as const))('%s adapter on its fixture', (id, adapter) => {
  describeReading(adapter, id);

  it('is picked by its DOM signature on an unknown host', () => {
    const { doc } = load(id);
    expect(adapterFor('https://unknown.example/', doc).id).toBe(id);
  });

  it("matches no other platform's signature", () => {
    const { doc } = load(id);
    const others = PLATFORM_ADAPTERS.filter((a) => a.id !== id && signatureMatches(a, doc)).map((a) => a.id);
    expect(others).toEqual([]);
  });

  it.each(adapter.matches)('is picked by host for %s on an empty page', (pattern) => {
    expect(adapterFor(urlForPattern(pattern), emptyDocument()).id).toBe(id);
  });
});

describe('generic adapter on a conventional page', () => {
  describeReading(genericAdapter, 'generic');

  it('is not claimed by any platform signature', () => {
    const { doc } = load('generic');
    expect(PLATFORM_ADAPTERS.filter((a) => signatureMatches(a, doc)).map((a) => a.id)).toEqual([]);
    expect(adapterFor('https://unknown.example/', doc)).toBe(genericAdapter);
  });
});

describe('a page without chat markup', () => {
  it('falls back to the generic adapter', () => {
    expect(adapterFor('https://unknown.example/', emptyDocument())).toBe(genericAdapter);
  });
});
