// CKEditor 5 (v48, GPL) classic editor with Essentials (typing, clipboard, enter, undo).
import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import { chatShell } from './shell';

const shell = chatShell('CKEditor 5');
const holder = document.createElement('div');
shell.mount.appendChild(holder);

function dataToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.children].map((b) => b.textContent ?? '').join('\n').replace(/\u00a0/g, ' ');
}

ClassicEditor.create({
  attachTo: holder,
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic', 'undo', 'redo'],
}).then((editor) => {
  const changed = shell.ready({
    text: () => dataToText(editor.getData()),
    clear: () => editor.setData(''),
    undo: () => editor.execute('undo'),
  });
  editor.model.document.on('change:data', () => changed());
}).catch((e) => {
  console.error(e);
  throw e;
});
