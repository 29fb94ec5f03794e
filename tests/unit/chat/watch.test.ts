import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { watchChat } from '../../../src/chat/watch';
import { incomingMessages, findReplyBox, readMessages } from '../../../src/chat/extract';
import generic from '../../../src/adapters/generic';
import type { ChatMessage } from '../../../src/chat/extract';

const PAGE = `<main><ul role="log">
  <li class="message message--system" data-system><p class="message__text">Chat started</p></li>
  <li class="message message--in"><span class="message__author">Ana</span><p class="message__text">old message</p></li>
  <li class="message message--out"><span class="message__author">You</span><p class="message__text">hello</p></li>
</ul><textarea placeholder="Type a message"></textarea></main>`;

function page() {
  const win = new Window({ url: 'http://127.0.0.1/' });
  win.document.body.innerHTML = PAGE;
  return { win, doc: win.document as unknown as Document };
}
function add(doc: Document, kind: string, text: string, author = 'Ana') {
  const li = doc.createElement('li');
  li.className = `message message--${kind}`;
  li.innerHTML = `<span class="message__author">${author}</span><p class="message__text">${text}</p><time>12:01</time>`;
  doc.querySelector('[role="log"]')!.appendChild(li);
}
const tick = () => new Promise((r) => setTimeout(r, 60));

describe('generic adapter on a conventional chat page', () => {
  it('reads incoming, own and system rows and the reply box', () => {
    const { doc } = page();
    const all = readMessages(doc, generic);
    expect(all.map((m) => m.direction)).toEqual(['system', 'incoming', 'own']);
    expect(incomingMessages(doc, generic)[0]!.text).toBe('old message');
    expect(incomingMessages(doc, generic)[0]!.author).toBe('Ana');
    expect(findReplyBox(doc, generic)?.tagName).toBe('TEXTAREA');
  });
});

describe('watchChat', () => {
  it('reports only new incoming messages, never history, own or system rows', async () => {
    const { doc } = page();
    const seen: ChatMessage[] = [];
    const abort = new AbortController();
    watchChat({ doc, adapter: generic, signal: abort.signal, onIncoming: (m) => seen.push(...m) });
    add(doc, 'out', 'my own reply', 'You');
    await tick();
    expect(seen).toHaveLength(0);
    add(doc, 'in', 'new one');
    add(doc, 'in', 'and another');
    await tick();
    expect(seen.map((m) => m.text)).toEqual(['new one', 'and another']);
    abort.abort();
    add(doc, 'in', 'after stop');
    await tick();
    expect(seen).toHaveLength(2);
  });
  it('a flood is reported as its newest messages only, once, with at most one scan per interval', async () => {
    const { doc } = page();
    const batches: string[][] = [];
    const own: string[] = [];
    const abort = new AbortController();
    watchChat({ doc, adapter: generic, signal: abort.signal, minScanInterval: 50, onIncoming: (m) => batches.push(m.map((x) => x.text)), onOwn: (m) => own.push(...m.map((x) => x.text)) });
    for (let i = 0; i < 40; i++) add(doc, 'in', `flood ${i}`, `viewer${i % 5}`);
    add(doc, 'out', 'my reply', 'You');
    await tick();
    expect(batches).toEqual([['flood 37', 'flood 38', 'flood 39']]);
    expect(own).toEqual(['my reply']);
    // Rows skipped in the flood are never reported later.
    add(doc, 'in', 'after the flood');
    await tick();
    await tick();
    expect(batches.flat().filter((t) => t.startsWith('flood'))).toHaveLength(3);
    expect(batches.at(-1)).toEqual(['after the flood']);
    abort.abort();
  });
  it('survives the log being removed and re-finds a new one', async () => {
    const { doc } = page();
    const seen: string[] = [];
    let retargets = 0;
    const abort = new AbortController();
    watchChat({ doc, adapter: generic, signal: abort.signal, onIncoming: (m) => seen.push(...m.map((x) => x.text)), onRetarget: () => retargets++ });
    doc.querySelector('[role="log"]')!.remove();
    await tick();
    const ul = doc.createElement('ul');
    ul.setAttribute('role', 'log');
    ul.innerHTML = '<li class="message message--in"><p class="message__text">history of the next chat</p></li>';
    doc.querySelector('main')!.appendChild(ul);
    await tick();
    add(doc, 'in', 'fresh');
    await tick();
    expect(seen).toEqual(['fresh']);
    expect(retargets).toBeGreaterThan(0);
    abort.abort();
  });
});

describe('rowMatcher', () => {
  it('recognizes the generic adapter rows one element at a time', async () => {
    const { rowMatcher } = await import('../../../src/chat/extract');
    const { doc } = page();
    const log = doc.querySelector('[role="log"]')!;
    const m = rowMatcher(log, generic);
    expect(m).not.toBeNull();
    expect(m!.isRow(log.children[1]!)).toBe(true);
    expect(m!.isRow(log.querySelector('.message__text')!)).toBe(false);
  });
});
