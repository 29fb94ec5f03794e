// Lexical (rich text + history), the editor of WhatsApp Web and Facebook's composers.
import { createEditor, $getRoot, $createParagraphNode, UNDO_COMMAND } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { chatShell } from './shell';

const shell = chatShell('Lexical');
const root = document.createElement('div');
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Message');
root.className = 'compose-editable';
shell.mount.appendChild(root);

const editor = createEditor({ namespace: 'poise-e2e', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
const changed = shell.ready({
  text,
  clear: () => editor.update(() => {
    const r = $getRoot();
    r.clear();
    r.append($createParagraphNode());
  }, { discrete: true }),
  undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
});
editor.registerUpdateListener(() => changed());
