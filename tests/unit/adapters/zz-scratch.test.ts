import { Window } from 'happy-dom';
import { it, expect } from 'vitest';
import { genericAdapter } from '../../../src/adapters';
import { readMessages } from '../../../src/chat/extract';
it('scratch', () => {
  const win = new Window();
  win.document.write(`<ul role="log">
  <li class="message message--out"><span class="message__date">10:02</span><p class="message__text">Mine</p></li>
  <li class="message message--in"><span class="message__status">read</span><p class="message__text">Theirs</p></li>
  <li class="message message--in"><p class="message__text">Plain</p><span role="status">Seen</span></li>
  <li class="msg msg-in"><div class="bubble-right-tail"><p class="text">tail</p></div></li>
  </ul>`);
  const r = readMessages(win.document as any, genericAdapter).map(m => [m.direction, m.text]);
  console.log(JSON.stringify(r));
});
