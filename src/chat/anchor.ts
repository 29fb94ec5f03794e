/** Place the panel (its fixed container) just above the reply box (or bottom-right when there is none), inside the viewport. */
export function anchorNear(host: HTMLElement, box: HTMLElement | null, doc: Document, measured?: DOMRectReadOnly): void {
  const view = doc.defaultView;
  if (!view) return;
  const width = Math.min(420, view.innerWidth - 16);
  set(host, 'width', `${width}px`);
  if (!box || !box.isConnected) {
    set(host, 'left', `${Math.max(8, view.innerWidth - width - 16)}px`);
    set(host, 'top', '');
    set(host, 'bottom', '16px');
    return;
  }
  const rect = measured ?? box.getBoundingClientRect();
  const left = Math.min(Math.max(8, rect.left), Math.max(8, view.innerWidth - width - 8));
  set(host, 'left', `${left}px`);
  set(host, 'top', '');
  // Above the reply box; if there is no room above, below it.
  const bottom = view.innerHeight - rect.top + 8;
  if (rect.top > 160) {
    set(host, 'bottom', `${bottom}px`);
  } else {
    set(host, 'bottom', '');
    set(host, 'top', `${Math.min(rect.bottom + 8, view.innerHeight - 80)}px`);
  }
}

/**
 * The element's box as the browser lays it out in its next frame, without forcing a layout now:
 * a one-shot IntersectionObserver reports the rectangle it computed anyway. Reading
 * getBoundingClientRect right after a busy page changed its DOM would add a layout pass of the page.
 */
export function measureInNextFrame(el: Element, done: (rect: DOMRectReadOnly) => void): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view?.IntersectionObserver) {
    done(el.getBoundingClientRect());
    return;
  }
  const observer = new view.IntersectionObserver((entries) => {
    observer.disconnect();
    const entry = entries[entries.length - 1];
    if (entry) done(entry.boundingClientRect);
  });
  observer.observe(el);
}

function set(el: HTMLElement, prop: string, value: string): void {
  if (el.style.getPropertyValue(prop) === value) return;
  if (value === '') el.style.removeProperty(prop);
  else el.style.setProperty(prop, value);
}
