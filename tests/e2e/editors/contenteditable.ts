// A plain contenteditable (no library): the model is the DOM; undo is the browser's own.
import { chatShell } from './shell';

const shell = chatShell('contenteditable');
const box = document.createElement('div');
box.contentEditable = 'true';
box.setAttribute('role', 'textbox');
box.setAttribute('aria-label', 'Message');
box.className = 'compose-editable';
shell.mount.appendChild(box);
const changed = shell.ready({
  text: () => box.innerText,
  clear: () => { box.innerHTML = ''; },
  undo: () => { box.focus(); document.execCommand('undo'); },
});
box.addEventListener('input', () => changed());
