// Draft.js 0.11.7 on React 18: with a createRoot root (React re-renders after the event, a tick
// later), or with the legacy ReactDOM.render root (synchronous re-render inside the event) when the
// page's <body data-react-root="legacy"> (draftjs-legacy.html), as older Draft.js apps do.
import { createElement, useState } from 'react';
import ReactDOM from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, ContentState } from 'draft-js';
import { chatShell } from './shell';

const legacy = document.body.dataset.reactRoot === 'legacy';
const shell = chatShell(legacy ? 'Draft.js, legacy React root' : 'Draft.js');
let current = EditorState.createEmpty();
type State = any; // draft-js ships no types here
let setter: (s: State) => void = () => {};
let changed = () => {};
const set = (s: State) => {
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

if (legacy) ReactDOM.render(createElement(Compose), shell.mount);
else createRoot(shell.mount).render(createElement(Compose));
const waitForDom = () => (shell.mount.querySelector('[contenteditable="true"]') ? ready() : requestAnimationFrame(waitForDom));
waitForDom();
function ready() {
  changed = shell.ready({
    text: () => current.getCurrentContent().getPlainText('\n'),
    clear: () => set(EditorState.push(current, ContentState.createFromText(''), 'remove-range')),
    undo: () => set(EditorState.undo(current)),
  });
}
