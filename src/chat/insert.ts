/**
 * Putting a reply into the page's editor so the editor itself registers it: its model updates,
 * undo works, the send button enables. Never sends. The method depends on the editor:
 * - textarea/input (React-controlled too): execCommand('insertText') keeps undo and fires a native
 *   input event React listens to; fallback setRangeText + input event through the native setter.
 * - Lexical, ProseMirror/TipTap, plain contenteditable: execCommand('insertText').
 * - Draft.js, Quill, CKEditor 5, Slate: a synthetic paste with a DataTransfer, which these editors
 *   handle through their own model (execCommand corrupts Draft.js state; CKEditor keeps only a line).
 * Each method is verified (the text must appear); the next one is tried otherwise.
 */

export type EditorKind = 'textfield' | 'lexical' | 'prosemirror' | 'draftjs' | 'slate' | 'quill' | 'ckeditor5' | 'contenteditable';

export function editableRoot(el: Element): HTMLElement | null {
  const h = el as HTMLElement;
  if (h.matches?.('textarea, input')) return h;
  const ce = h.closest?.('[contenteditable]:not([contenteditable="false"])') as HTMLElement | null;
  if (!ce) return null;
  // The outermost contenteditable is the editor root.
  let root = ce;
  for (let p = ce.parentElement; p; p = p.parentElement) {
    if (p.isContentEditable) root = p as HTMLElement;
    else break;
  }
  return root;
}

export function editorKind(el: HTMLElement): EditorKind {
  if (el.matches('textarea, input')) return 'textfield';
  if (el.closest('[data-lexical-editor]')) return 'lexical';
  if (el.closest('.DraftEditor-root, .public-DraftEditor-content') || el.querySelector('[data-contents="true"]')) return 'draftjs';
  if (el.closest('[data-slate-editor]')) return 'slate';
  if (el.closest('.ql-editor')) return 'quill';
  if (el.closest('.ck-editor__editable, .ck-content')) return 'ckeditor5';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

export interface SavedSelection {
  element: HTMLElement;
  start?: number;
  end?: number;
  range?: Range;
}

/** Remember where the caret is in an editor (called on selection changes inside it). */
export function saveSelection(el: HTMLElement): SavedSelection {
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement || el instanceof el.ownerDocument.defaultView!.HTMLInputElement) {
    const f = el as HTMLTextAreaElement;
    return { element: el, start: f.selectionStart ?? f.value.length, end: f.selectionEnd ?? f.value.length };
  }
  const sel = el.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0) {
    const r = sel.getRangeAt(0);
    if (el.contains(r.commonAncestorContainer)) return { element: el, range: r.cloneRange() };
  }
  return { element: el };
}

function restoreSelection(saved: SavedSelection | null, el: HTMLElement): void {
  if (saved && saved.element === el) {
    if (saved.start !== undefined) {
      (el as HTMLTextAreaElement).setSelectionRange(saved.start, saved.end ?? saved.start);
      return;
    }
    if (saved.range && el.contains(saved.range.commonAncestorContainer)) {
      const sel = el.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(saved.range);
      return;
    }
  }
  // No remembered caret: put it at the end.
  if (el.matches('textarea, input')) {
    const f = el as HTMLTextAreaElement;
    const active = el.ownerDocument.activeElement === el;
    if (!active) f.setSelectionRange(f.value.length, f.value.length);
    return;
  }
  const sel = el.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  sel?.removeAllRanges();
  sel?.addRange(range);
}

function contentOf(el: HTMLElement): string {
  return el.matches('textarea, input') ? (el as HTMLTextAreaElement).value : (el.textContent ?? '');
}

function normalizeSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function registered(el: HTMLElement, before: string, text: string): boolean {
  const after = contentOf(el);
  if (after === before) return false;
  const probe = normalizeSpaces(text).slice(0, 40);
  return normalizeSpaces(after).includes(probe);
}

function viaExecCommand(el: HTMLElement, text: string): boolean {
  try {
    return el.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function viaPaste(el: HTMLElement, text: string): boolean {
  const view = el.ownerDocument.defaultView!;
  try {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  } catch {
    return false;
  }
}

function viaBeforeInput(el: HTMLElement, text: string): boolean {
  const view = el.ownerDocument.defaultView!;
  try {
    const event = new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  } catch {
    return false;
  }
}

/** Last resort for text fields: set the value through the native setter so React's tracker notices. */
function viaNativeSetter(el: HTMLElement, text: string): boolean {
  const f = el as HTMLTextAreaElement | HTMLInputElement;
  const view = el.ownerDocument.defaultView!;
  const start = f.selectionStart ?? f.value.length;
  const end = f.selectionEnd ?? f.value.length;
  const next = f.value.slice(0, start) + text + f.value.slice(end);
  const proto = f instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(f, next);
  else f.value = next;
  f.setSelectionRange(start + text.length, start + text.length);
  f.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

const METHODS: Record<EditorKind, ((el: HTMLElement, text: string) => boolean)[]> = {
  textfield: [viaExecCommand, viaNativeSetter],
  lexical: [viaExecCommand, viaBeforeInput, viaPaste],
  prosemirror: [viaExecCommand, viaPaste],
  contenteditable: [viaExecCommand, viaPaste],
  draftjs: [viaPaste, viaBeforeInput],
  slate: [viaPaste, viaBeforeInput, viaExecCommand],
  quill: [viaPaste, viaExecCommand],
  ckeditor5: [viaPaste, viaExecCommand],
};

export interface InsertResult {
  ok: boolean;
  kind: EditorKind;
  method: string | null;
}

/**
 * Insert `text` at the remembered caret of `target` (or replace its selection). `cursor` is the
 * caret offset inside `text` to leave the caret at (null: after the text).
 */
export function insertText(target: HTMLElement, text: string, saved: SavedSelection | null = null, cursor: number | null = null): InsertResult {
  const el = editableRoot(target) ?? target;
  const kind = editorKind(el);
  el.focus({ preventScroll: true });
  restoreSelection(saved, el);
  const before = contentOf(el);
  for (const method of METHODS[kind]) {
    const claimed = method(el, text);
    if (registered(el, before, text) || (claimed && kind !== 'textfield' && kind !== 'contenteditable' && contentOf(el) !== before)) {
      if (cursor !== null && cursor < text.length) moveCaretBack(el, text.length - cursor);
      return { ok: true, kind, method: method.name };
    }
  }
  return { ok: false, kind, method: null };
}

function moveCaretBack(el: HTMLElement, chars: number): void {
  if (el.matches('textarea, input')) {
    const f = el as HTMLTextAreaElement;
    const pos = Math.max(0, (f.selectionEnd ?? f.value.length) - chars);
    f.setSelectionRange(pos, pos);
    return;
  }
  const sel = el.ownerDocument.getSelection() as Selection & { modify?: (a: string, d: string, g: string) => void };
  if (!sel?.modify) return;
  for (let i = 0; i < chars; i++) sel.modify('move', 'backward', 'character');
}
