// Progressive enhancement of the route map (the page is complete without it):
// hovering or focusing a leg or a place shows its panel, rendered at build time;
// clicking pins it until Escape, the close button or another click; d3-zoom adds
// zoom and pan; the timeline strip dims the legs outside the chosen period.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg.map-svg');
  const viewport = svg?.querySelector<SVGGElement>('.map-viewport');
  if (!svg || !viewport) return;
  let pinned: Element | null = null;
  let shown: HTMLElement | null = null;

  const panelOf = (item: Element) => document.getElementById(item.getAttribute('data-panel') ?? '');
  const show = (item: Element) => {
    const panel = panelOf(item);
    if (!panel || panel === shown) return;
    if (shown) shown.hidden = true;
    for (const active of root.querySelectorAll('.is-active')) active.classList.remove('is-active');
    panel.hidden = false;
    shown = panel;
    item.classList.add('is-active');
  };
  const hide = () => {
    if (pinned || !shown) return;
    shown.hidden = true;
    shown = null;
    for (const active of root.querySelectorAll('.is-active')) active.classList.remove('is-active');
  };
  const unpin = () => {
    pinned?.classList.remove('is-pinned');
    pinned = null;
    hide();
  };
  const itemOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-panel]') : null);

  svg.addEventListener('pointerover', (event) => {
    const item = itemOf(event.target);
    if (item && !pinned) show(item);
  });
  svg.addEventListener('pointerout', (event) => {
    if (itemOf(event.target) && !itemOf(event.relatedTarget)) hide();
  });
  svg.addEventListener('focusin', (event) => {
    const item = itemOf(event.target);
    if (item && !pinned) show(item);
  });
  svg.addEventListener('focusout', (event) => {
    if (!itemOf(event.relatedTarget)) hide();
  });
  svg.addEventListener('click', (event) => {
    const item = itemOf(event.target);
    if (!item) return;
    event.preventDefault();
    const again = pinned === item;
    unpin();
    if (again) return;
    show(item);
    pinned = item;
    item.classList.add('is-pinned');
  });
  root.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-close]')) unpin();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') unpin();
  });

  // Zoom and pan; strokes keep their width (CSS vector-effect), labels and nodes
  // keep their size through --map-k.
  const { width, height } = svg.viewBox.baseVal;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 12])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // Scrolling the page stays scrolling: the wheel zooms only with Ctrl or ⌘.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
      svg.style.setProperty('--map-k', String(event.transform.k));
    });
  const selection = select(svg).call(behaviour);
  const controls = root.querySelector<HTMLElement>('.map-zoom');
  controls?.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest('[data-zoom]')?.getAttribute('data-zoom') : null;
    if (action === 'in') behaviour.scaleBy(selection, 1.6);
    else if (action === 'out') behaviour.scaleBy(selection, 1 / 1.6);
    else if (action === 'reset') behaviour.transform(selection, zoomIdentity);
  });
  if (controls) controls.hidden = false;
  const hint = root.querySelector<HTMLElement>('.map-zoom-hint');
  if (hint) hint.hidden = false;
}

/** The timeline strip: choosing a period dims legs (and table rows) outside it. */
function enableTimeline(strip: HTMLFieldSetElement): void {
  strip.disabled = false;
  strip.addEventListener('change', () => {
    const period = strip.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
    for (const item of document.querySelectorAll<Element>('[data-leg]')) {
      const periods = (item.getAttribute('data-when') ?? '').split(' ');
      item.classList.toggle('is-dimmed', period !== '' && !periods.includes(period));
    }
  });
}

let enabled = false;

export function enableRouteMaps(): void {
  if (enabled) return;
  enabled = true;
  for (const root of document.querySelectorAll<HTMLElement>('[data-route-map]')) enhance(root);
  for (const strip of document.querySelectorAll<HTMLFieldSetElement>('fieldset.map-timeline')) enableTimeline(strip);
}
