// Draft.js 0.11.7 on React 18. Rendered with the legacy ReactDOM.render root, as Draft.js apps
// are (Draft.js relies on synchronous re-renders after its DOM events).
import { createElement, useState } from 'react';
import ReactDOM from 'react-dom';
import { Editor, EditorState, ContentState } from 'draft-js';
import { chatShell } from './shell';

const shell = chatShell('Draft.js');
let current = EditorState.createEmpty();
let setter: (s: EditorState) => void = () => {};
let changed = () => {};
const set = (s: EditorState) => {
  current = s;
  setter(s);
  changed();
};

function Compose() {
  const [state, setState] = useState(current);
  setter = setState;
  return createElement('div', { className: 'compose-editable' }, createElement(Editor, {
    editorState: state,
    onChange: set,
    placeholder: 'Type a message…',
    ariaLabel: 'Message',
  }));
}

ReactDOM.render(createElement(Compose), shell.mount, () => {
  changed = shell.ready({
    text: () => current.getCurrentContent().getPlainText('\n'),
    clear: () => set(EditorState.push(current, ContentState.createFromText(''), 'remove-range')),
    undo: () => set(EditorState.undo(current)),
  });
});
