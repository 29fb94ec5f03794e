// Quill 2 (full build, no toolbar, history module).
import Quill from 'quill';
import { chatShell } from './shell';

const shell = chatShell('Quill');
const holder = document.createElement('div');
holder.className = 'compose-quill';
shell.mount.appendChild(holder);
const quill = new Quill(holder, { modules: { toolbar: false, history: { delay: 300, maxStack: 100, userOnly: false } }, placeholder: 'Type a message…' });
const changed = shell.ready({
  text: () => quill.getText(),
  clear: () => quill.setText(''),
  undo: () => (quill.getModule('history') as { undo(): void }).undo(),
});
quill.on('text-change', () => changed());
