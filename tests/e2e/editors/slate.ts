// Slate + slate-react + slate-history on React 18 (createRoot).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory, HistoryEditor } from 'slate-history';
import { chatShell } from './shell';

const shell = chatShell('Slate');
const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }] as unknown as Descendant[];
let changed = () => {};

createRoot(shell.mount).render(
  createElement(Slate, { editor, initialValue, onChange: () => changed() },
    createElement(Editable, { className: 'compose-editable', placeholder: 'Type a message…', 'aria-label': 'Message' })),
);

const waitForDom = () => (shell.mount.querySelector('[data-slate-editor]') ? ready() : requestAnimationFrame(waitForDom));
function ready() {
  changed = shell.ready({
    text: () => editor.children.map((n) => Node.string(n)).join('\n'),
    clear: () => Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } }),
    undo: () => HistoryEditor.undo(editor),
  });
}
waitForDom();
