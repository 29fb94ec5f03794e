/** Place the panel (its fixed container) just above the reply box (or bottom-right when there is none), inside the viewport. */
export function anchorNear(host: HTMLElement, box: HTMLElement | null, doc: Document): void {
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
  const rect = box.getBoundingClientRect();
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

function set(el: HTMLElement, prop: string, value: string): void {
  if (value === '') el.style.removeProperty(prop);
  else el.style.setProperty(prop, value);
}
