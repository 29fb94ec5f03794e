// ProseMirror (basic schema, history, base keymap).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { chatShell } from './shell';

const shell = chatShell('ProseMirror');
let changed = () => {};
const view: EditorView = new EditorView(shell.mount, {
  state: EditorState.create({ schema, plugins: [history({ newGroupDelay: 300 }), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)] }),
  attributes: { role: 'textbox', 'aria-label': 'Message', class: 'compose-editable' },
  dispatchTransaction(tr) {
    view.updateState(view.state.apply(tr));
    changed();
  },
});
changed = shell.ready({
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  clear: () => view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
  undo: () => { undo(view.state, view.dispatch); },
});
