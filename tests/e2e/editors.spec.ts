/**
 * One-click insertion into REAL rich-text editors (the libraries from npm, bundled by
 * tests/e2e/editors/build.ts): the text must be registered by each editor's own model (the page's
 * window.editorText() reads the model, not the DOM), land at the caret or replace the selection,
 * be undoable with the editor's own undo, reach the page's send button (which reads the model),
 * and never be sent by Poise. Also: an editor inside a same-origin iframe and inside an open
 * shadow root.
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, PANEL, SUGGESTION } from './fixtures';
import { buildEditors } from './editors/build';

/** A page under tests/e2e/editors/ (<name>.html). */
type EditorPage = 'lexical' | 'prosemirror' | 'tiptap' | 'draftjs' | 'draftjs-legacy' | 'slate' | 'quill' | 'ckeditor5' | 'contenteditable' | 'shadow';

const MESSAGE = 'This is the third time I ask and nobody fixed my order. Really disappointing service.';
const EDITABLE = '[data-poise-reply][contenteditable="true"], [data-poise-reply] [contenteditable="true"]';

declare global {
  interface Window {
    __insertionEvents?: string[];
  }
}

const norm = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildEditors();
});

interface Chat {
  page: Page;
  /** The frame running the chat page (the main frame, or the iframe). */
  frame: Frame;
  /** Where locators for the panel and the page resolve (the page, or the iframe's FrameLocator). */
  scope: Page | FrameLocator;
  editor: Locator;
  errors: string[];
}

async function openChat(page: Page, site: string, editor: EditorPage, framed: boolean): Promise<Chat> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site}/tests/e2e/editors/${framed ? `iframe.html?page=${editor}` : `${editor}.html`}`);
  let frame = page.mainFrame();
  let scope: Page | FrameLocator = page;
  if (framed) {
    await expect.poll(() => page.frames().some((f) => f.url().endsWith(`/${editor}.html`))).toBe(true);
    frame = page.frames().find((f) => f.url().endsWith(`/${editor}.html`))!;
    scope = page.frameLocator('#chat-frame');
  }
  await frame.waitForFunction(() => window.editorReady === true);
  // Record what reaches the page while Poise inserts (untrusted paste/beforeinput = synthetic events).
  await frame.evaluate(() => {
    window.__insertionEvents = [];
    for (const type of ['paste', 'beforeinput', 'input']) {
      window.addEventListener(type, (e) => window.__insertionEvents!.push(`${type}${(e as InputEvent).inputType ? `(${(e as InputEvent).inputType})` : ''}${e.isTrusted ? '' : ' untrusted'}`), true);
    }
  });
  // History on the page at load is never classified.
  await page.waitForTimeout(300);
  await expect(scope.locator(PANEL)).toHaveCount(0);
  return { page, frame, scope, editor: scope.locator(EDITABLE).first(), errors };
}

const model = (chat: Chat) => chat.frame.evaluate(() => window.editorText());
const sent = (chat: Chat) => chat.frame.evaluate(() => window.sent);

/** The incoming complaint arrives; returns the first suggestion button and its (normalized) text. */
async function complaintArrives(chat: Chat): Promise<{ button: Locator; text: string }> {
  await chat.frame.evaluate((m) => window.receive(m), MESSAGE);
  await expect(chat.scope.locator(PANEL)).toHaveAttribute('data-category', 'criticism');
  const button = chat.scope.locator(SUGGESTION).first();
  await expect(button).toBeVisible();
  const text = norm((await button.textContent()) ?? '');
  expect(text.length).toBeGreaterThan(10);
  return { button, text };
}

async function insertionEvents(chat: Chat): Promise<string> {
  const events = await chat.frame.evaluate(() => window.__insertionEvents!.splice(0));
  // Keystrokes before the click are trusted beforeinput/input pairs; keep what the click produced.
  return events.join(', ');
}

async function annotate(chat: Chat, label: string): Promise<void> {
  const events = await insertionEvents(chat);
  test.info().annotations.push({ type: label, description: events || '(no events)' });
}

const CASES: { editor: EditorPage; framed?: boolean; title?: string }[] = [
  { editor: 'lexical' },
  { editor: 'prosemirror' },
  { editor: 'tiptap' },
  { editor: 'draftjs', title: 'Draft.js (React 18 createRoot)' },
  { editor: 'draftjs-legacy', title: 'Draft.js (legacy ReactDOM.render root)' },
  { editor: 'slate' },
  { editor: 'quill' },
  { editor: 'ckeditor5' },
  { editor: 'contenteditable' },
  { editor: 'shadow', title: 'plain contenteditable inside an open shadow root' },
  { editor: 'contenteditable', framed: true, title: 'plain contenteditable inside a same-origin iframe' },
  { editor: 'lexical', framed: true, title: 'Lexical inside a same-origin iframe' },
  { editor: 'ckeditor5', framed: true, title: 'CKEditor 5 inside a same-origin iframe (Zendesk-like)' },
];

for (const { editor, framed = false, title } of CASES) {
  test(`${title ?? editor}: one click inserts at the caret through the editor's model; undo removes it; the page sends it; Poise never sends`, async ({ context, site }) => {
    const chat = await openChat(await context.newPage(), site, editor, framed);
    if (framed) await expect(chat.page.locator(PANEL)).toHaveCount(0);

    // The agent starts typing a greeting with the real keyboard.
    await chat.editor.click();
    await chat.page.keyboard.type('Hello ');
    await expect.poll(async () => norm(await model(chat))).toBe('Hello');
    const { button, text } = await complaintArrives(chat);
    if (framed) await expect(chat.page.locator(PANEL)).toHaveCount(0); // the panel lives in the frame's document
    // The agent reads the card before clicking: longer than the pages' history grouping delays
    // (300 ms), so the typed greeting and the insertion are separate undo steps where the editor
    // groups by time.
    await chat.page.waitForTimeout(800);
    await insertionEvents(chat);

    // One click: the model has "Hello <reply>" (exactly once), the DOM shows it, nothing was sent.
    await button.click();
    await expect.poll(async () => norm(await model(chat))).toContain(`Hello ${text}`);
    expect(occurrences(norm(await model(chat)), text)).toBe(1);
    await expect.poll(async () => norm(await chat.editor.innerText())).toContain(`Hello ${text}`);
    expect(await sent(chat)).toEqual([]);
    await annotate(chat, 'insertion events');

    // The editor's own undo takes the inserted reply out of the model (and the DOM).
    await chat.frame.evaluate(() => window.undo());
    await expect.poll(async () => norm(await model(chat))).not.toContain(text);
    await expect.poll(async () => norm(await chat.editor.innerText())).not.toContain(text);
    test.info().annotations.push({ type: 'after undo', description: JSON.stringify(await model(chat)) });
    // The insertion was its own undo step: the typed greeting is still there. Not for Slate:
    // slate-history merges an insert_text operation that continues the previous one into the same
    // batch whatever the time between them (its shouldMerge), so one undo also removes "Hello ".
    if (editor !== 'slate') expect(norm(await model(chat))).toBe('Hello');

    // Insert again; the page's send button (which reads the model) sends exactly that text.
    await button.click();
    await expect.poll(async () => norm(await model(chat))).toContain(text);
    expect(occurrences(norm(await model(chat)), text)).toBe(1);
    expect(await sent(chat)).toEqual([]);
    const send = chat.scope.locator('[data-send]');
    await expect(send).toBeEnabled();
    await send.click();
    const out = await sent(chat);
    expect(out).toHaveLength(1);
    expect(norm(out[0]!)).toContain(text);
    // The page cleared the editor through its API after sending.
    await expect.poll(async () => norm(await model(chat))).toBe('');
    expect(chat.errors).toEqual([]);
  });
}

const SELECTION_CASES: EditorPage[] = ['lexical', 'prosemirror', 'tiptap', 'draftjs', 'draftjs-legacy', 'slate', 'quill', 'ckeditor5', 'contenteditable', 'shadow'];

for (const editor of SELECTION_CASES) {
  test(`${editor}: the reply replaces the selected word, in the middle of the text`, async ({ context, site }) => {
    const chat = await openChat(await context.newPage(), site, editor, false);
    await chat.editor.click();
    await chat.page.keyboard.type('Hello world!');
    await expect.poll(async () => norm(await model(chat))).toBe('Hello world!');
    // Select "world" (caret before "!", then five characters back).
    await chat.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 5; i++) await chat.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => chat.frame.evaluate(() => {
      // Inside a shadow root, Chromium's document selection is retargeted to the host: ask the root.
      const root = document.querySelector('chat-composer')?.shadowRoot as (ShadowRoot & { getSelection?(): Selection | null }) | undefined;
      return (root?.getSelection?.() ?? document.getSelection())?.toString();
    })).toBe('world');

    const { button, text } = await complaintArrives(chat);
    await insertionEvents(chat);
    await button.click();
    await expect.poll(async () => norm(await model(chat))).toContain(`Hello ${text}!`);
    const after = norm(await model(chat));
    expect(after).not.toContain('world');
    expect(occurrences(after, text)).toBe(1);
    await expect.poll(async () => norm(await chat.editor.innerText())).toContain(`Hello ${text}!`);
    expect(await sent(chat)).toEqual([]);
    await annotate(chat, 'insertion events');
    expect(chat.errors).toEqual([]);
  });
}
