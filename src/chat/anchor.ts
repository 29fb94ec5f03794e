/** Place the panel host just above the reply box (or bottom-right when there is none), inside the viewport. */
export function anchorNear(host: HTMLElement, box: HTMLElement | null, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const width = Math.min(420, view.innerWidth - 16);
  host.style.width = `${width}px`;
  if (!box || !box.isConnected) {
    host.style.left = `${Math.max(8, view.innerWidth - width - 16)}px`;
    host.style.top = '';
    host.style.bottom = '16px';
    return;
  }
  const rect = box.getBoundingClientRect();
  const left = Math.min(Math.max(8, rect.left), Math.max(8, view.innerWidth - width - 8));
  host.style.left = `${left}px`;
  host.style.top = '';
  // Above the reply box; if there is no room above, below it.
  const bottom = view.innerHeight - rect.top + 8;
  if (rect.top > 160) {
    host.style.bottom = `${bottom}px`;
  } else {
    host.style.bottom = '';
    host.style.top = `${Math.min(rect.bottom + 8, view.innerHeight - 80)}px`;
  }
}
