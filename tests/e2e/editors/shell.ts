/**
 * The chat page around each real editor: a role="log" list with incoming/outgoing rows (like
 * ../pages/chat-sim.js), a compose area holding the editor, and a send button that reads the text
 * FROM THE EDITOR'S MODEL (never from the DOM), so a test can tell whether the editor registered
 * an insertion. Test hooks on window: receive(text, author), sent[], editorText(), undo(),
 * editorReady.
 */
export interface EditorApi {
  /** Plain text from the editor's model/API. */
  text(): string;
  /** Empty the editor through its API. */
  clear(): void;
  /** The editor's own undo. */
  undo(): void;
}

export interface Shell {
  /** Where the editor mounts; carries data-poise-reply so Poise's generic adapter finds the editor. */
  mount: HTMLElement;
  /** Call once the editor exists; returns `changed`, to call from the editor's change listener. */
  ready(api: EditorApi): () => void;
}

declare global {
  interface Window {
    receive(text: string, author?: string): void;
    sent: string[];
    editorText(): string;
    undo(): void;
    editorReady: boolean;
  }
}

export function chatShell(title: string, host: ParentNode = document.body): Shell {
  document.title = `Acme Help — chat (${title})`;
  const main = document.createElement('main');
  main.className = 'chat';
  main.innerHTML = `
    <header class="chat__header"><span data-client-name>Dana Whitfield</span> · Order #48213 · ${title}</header>
    <ul class="chat__log" role="log" aria-live="polite" data-chat-log>
      <li class="message message--system" data-system><p class="message__text">Chat started</p></li>
      <li class="message message--in"><span class="message__author">Dana Whitfield</span><p class="message__text">you people are useless idiots, history message</p></li>
      <li class="message message--out"><span class="message__author">You</span><p class="message__text">Hi Dana, how can I help today?</p></li>
    </ul>
    <form class="chat__compose" onsubmit="return false">
      <div class="compose-editor" data-editor-mount></div>
      <button type="button" data-send disabled>Send</button>
    </form>`;
  host.appendChild(main);
  const log = main.querySelector('[data-chat-log]') as HTMLElement;
  const mount = main.querySelector('[data-editor-mount]') as HTMLElement;
  const send = main.querySelector('[data-send]') as HTMLButtonElement;
  mount.setAttribute('data-poise-reply', '');

  const row = (kind: 'in' | 'out', text: string, author: string) => {
    const li = document.createElement('li');
    li.className = `message message--${kind}`;
    const a = document.createElement('span');
    a.className = 'message__author';
    a.textContent = author;
    const p = document.createElement('p');
    p.className = 'message__text';
    p.textContent = text;
    const t = document.createElement('time');
    t.textContent = new Date().toTimeString().slice(0, 5);
    li.append(a, p, t);
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  };
  window.receive = (text, author) => row('in', text, author || 'Dana Whitfield');
  window.sent = [];
  window.editorReady = false;

  return {
    mount,
    ready(api) {
      const changed = () => {
        send.disabled = api.text().trim() === '';
      };
      send.addEventListener('click', () => {
        const text = api.text().trim();
        if (!text) return;
        window.sent.push(text);
        row('out', text, 'You');
        api.clear();
        changed();
      });
      window.editorText = () => api.text();
      window.undo = () => api.undo();
      changed();
      window.editorReady = true;
      return changed;
    },
  };
}
