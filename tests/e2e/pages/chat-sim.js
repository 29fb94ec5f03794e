// A tiny chat page simulator for end-to-end tests and the demo: incoming messages arrive via
// window.receive(text, author); the page's own send button appends the reply as an own message.
(function () {
  const log = document.querySelector('[data-chat-log]');
  const box = document.querySelector('[data-reply-box]');
  const send = document.querySelector('[data-send]');
  const now = () => new Date().toTimeString().slice(0, 5);
  function row(kind, text, author) {
    const li = document.createElement('li');
    li.className = 'message message--' + kind;
    if (kind === 'system') li.setAttribute('data-system', '');
    if (author) {
      const a = document.createElement('span');
      a.className = 'message__author';
      a.textContent = author;
      li.appendChild(a);
    }
    const p = document.createElement('p');
    p.className = 'message__text';
    p.textContent = text;
    li.appendChild(p);
    const t = document.createElement('time');
    t.textContent = now();
    li.appendChild(t);
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    return li;
  }
  window.receive = (text, author) => row('in', text, author || 'Client');
  window.system = (text) => row('system', text);
  window.sent = [];
  function value() {
    return box.matches('textarea, input') ? box.value : box.innerText;
  }
  function clear() {
    if (box.matches('textarea, input')) box.value = '';
    else box.innerHTML = '';
  }
  function updateSend() {
    send.disabled = value().trim() === '';
  }
  box.addEventListener('input', updateSend);
  updateSend();
  send.addEventListener('click', () => {
    const text = value().trim();
    if (!text) return;
    window.sent.push(text);
    row('out', text, 'You');
    clear();
    updateSend();
  });
})();
