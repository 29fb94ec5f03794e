// A React-controlled <textarea> (value from state, onChange updates state): the model is React state.
// An insertion that only changes the DOM value is overwritten by React on the next render; one that
// fires a real input event updates the state.
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { chatShell } from './shell';

const shell = chatShell('React-controlled textarea');
let current = '';
let setText: (v: string) => void = () => {};
let changed: () => void = () => {};
const history: string[] = [];

function Composer() {
  const [value, setValue] = useState('');
  const ref = useRef(null);
  current = value;
  setText = setValue;
  useEffect(() => changed(), [value]);
  return h('textarea', {
    ref,
    value,
    placeholder: 'Type a message…',
    'aria-label': 'Message',
    'data-poise-reply': '',
    className: 'compose-textarea',
    onChange: (e: { target: HTMLTextAreaElement }) => {
      history.push(current);
      setValue(e.target.value);
    },
  });
}

createRoot(shell.mount).render(h(Composer));
changed = shell.ready({
  text: () => current,
  clear: () => setText(''),
  undo: () => setText(history.pop() ?? ''),
});
