/**
 * Putting a reply into the page's editor so the editor itself registers it: its model updates,
 * undo works, the send button enables. Never sends. The method depends on the editor:
 * - textarea/input (React-controlled too): execCommand('insertText') keeps undo and fires a native
 *   input event React listens to; fallback setRangeText + input event through the native setter.
 * - Lexical, ProseMirror/TipTap, plain contenteditable: execCommand('insertText').
 * - Draft.js, Quill, CKEditor 5, Slate: a synthetic paste with a DataTransfer, which these editors
 *   handle through their own model (execCommand corrupts Draft.js state; CKEditor keeps only a line).
 * Each method is verified (the text must appear, or the editor cancelled our synthetic event, i.e. took
 * it into its model: Slate re-renders a tick later); the next one is tried otherwise.
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
  const r = rangeInside(el);
  if (r) return { element: el, range: r.cloneRange() };
  return { element: el };
}

/**
 * The selection's range when it lies inside `el`. For an editor inside (open) shadow roots the
 * document's selection is retargeted to the outermost host (Chromium), so the real range comes
 * from the composed ranges (the standard) or the shadow root's own selection (older Chromium).
 */
function rangeInside(el: HTMLElement): Range | null {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const inside = (r: AbstractRange | null | undefined): r is AbstractRange => !!r && el.contains(r.startContainer) && el.contains(r.endContainer);
  const range = sel.getRangeAt(0);
  if (inside(range)) return range;
  const roots: ShadowRoot[] = [];
  for (let root = el.getRootNode(); root instanceof doc.defaultView!.ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  if (roots.length === 0) return null;
  let found: AbstractRange | null | undefined = null;
  try {
    const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges?.({ shadowRoots: roots });
    found = composed?.[0];
  } catch {
    found = null;
  }
  if (!inside(found)) {
    const own = (roots[0] as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    found = own && own.rangeCount > 0 ? own.getRangeAt(0) : null;
  }
  if (!inside(found)) return null;
  if (found instanceof doc.defaultView!.Range) return found;
  const live = doc.createRange();
  live.setStart(found.startContainer, found.startOffset);
  live.setEnd(found.endContainer, found.endOffset);
  return live;
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
  if (rangeInside(el)) return;
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

/** Methods that dispatch a synthetic event the editor handles itself (it cancels the event to say so). */
const SYNTHETIC = new Set<(el: HTMLElement, text: string) => boolean>([viaPaste, viaBeforeInput]);

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
    const changed = contentOf(el) !== before;
    // An editor that cancelled our synthetic paste/beforeinput took the text into its own model.
    // React-based editors (Slate) render the DOM a tick later, so the DOM cannot confirm it yet:
    // trying the next method would insert the text twice.
    const taken = claimed && kind !== 'textfield' && SYNTHETIC.has(method);
    if (registered(el, before, text) || taken || (claimed && kind !== 'textfield' && kind !== 'contenteditable' && changed)) {
      if (cursor !== null && cursor < text.length) {
        const back = text.length - cursor;
        // Move the caret once the editor has rendered the text (at once if it already has).
        if (changed) moveCaretBack(el, back);
        else el.ownerDocument.defaultView?.setTimeout(() => moveCaretBack(el, back), 0);
      }
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
