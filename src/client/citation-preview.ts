// Progressive enhancement: hovering or focusing a citation mark shows the cited
// paragraph (cloned from the citation list at the foot of the page) in a small
// panel. Without JavaScript the mark is a plain link and the list is there.
const PANEL_ID = 'cite-preview';

function panel(): HTMLElement {
  let element = document.getElementById(PANEL_ID);
  if (!element) {
    element = document.createElement('div');
    element.id = PANEL_ID;
    element.className = 'cite-preview';
    element.setAttribute('role', 'tooltip');
    element.hidden = true;
    document.body.append(element);
  }
  return element;
}

function show(link: HTMLAnchorElement): void {
  const source = document.getElementById(`cite-${link.dataset['cite'] ?? ''}`);
  if (!source) return;
  const preview = panel();
  preview.replaceChildren(...Array.from(source.children, (child) => child.cloneNode(true)));
  preview.hidden = false;
  const box = link.getBoundingClientRect();
  const top = window.scrollY + box.bottom + 6;
  const left = Math.max(8, Math.min(window.scrollX + box.left - 16, window.scrollX + document.documentElement.clientWidth - preview.offsetWidth - 8));
  preview.style.setProperty('--top', `${top}px`);
  preview.style.setProperty('--left', `${left}px`);
}

function hide(): void {
  const preview = document.getElementById(PANEL_ID);
  if (preview) preview.hidden = true;
}

let enabled = false;

export function enableCitationPreviews(): void {
  if (enabled) return;
  enabled = true;
  const target = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-cite]') : null);
  document.addEventListener('mouseover', (event) => {
    const link = target(event);
    if (link) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (target(event)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = target(event);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
