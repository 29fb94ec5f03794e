// A web-component composer: <chat-composer> whose OPEN shadow root holds a plain contenteditable.
// The chat log stays in the light DOM; only the editor is inside the shadow tree.
import { chatShell } from './shell';

class ChatComposer extends HTMLElement {
  readonly box: HTMLDivElement;
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>
      :host { display: block; flex: 1; }
      .box { min-height: 44px; padding: 8px; border: 1px solid #cbd5e0; border-radius: 8px; font: inherit; }
    </style>`;
    this.box = document.createElement('div');
    this.box.className = 'box';
    this.box.contentEditable = 'true';
    this.box.setAttribute('role', 'textbox');
    this.box.setAttribute('aria-label', 'Message');
    this.box.setAttribute('data-poise-reply', '');
    shadow.appendChild(this.box);
  }
}
customElements.define('chat-composer', ChatComposer);

const shell = chatShell('shadow DOM composer');
shell.mount.removeAttribute('data-poise-reply');
const composer = document.createElement('chat-composer') as ChatComposer;
shell.mount.appendChild(composer);
const box = composer.box;
const changed = shell.ready({
  text: () => box.innerText,
  clear: () => { box.innerHTML = ''; },
  undo: () => { box.focus(); document.execCommand('undo'); },
});
box.addEventListener('input', () => changed());
