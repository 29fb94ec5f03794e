// TipTap 3 (ProseMirror underneath) with StarterKit (includes undo/redo history).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { chatShell } from './shell';

const shell = chatShell('TipTap');
let changed = () => {};
const editor = new Editor({
  element: shell.mount,
  extensions: [StarterKit],
  editorProps: { attributes: { role: 'textbox', 'aria-label': 'Message', class: 'compose-editable' } },
  onUpdate: () => changed(),
});
changed = shell.ready({
  text: () => editor.getText(),
  clear: () => { editor.commands.clearContent(true); },
  undo: () => { editor.commands.undo(); },
});
