// <expo-floor-plan>: one hall drawn to scale as SVG from a JSON document the server sets as `plan`.
// The browser draws all booths itself (one <g> per booth, built once per plan), so zooming and panning
// only change the SVG's viewBox and never go back to the server; a click on a booth fires `booth-click`
// with its id. User text (codes, names) is only ever set through textContent, never parsed as HTML.
//
// plan = {
//   hall: { code, name, width, depth, entrances: [{ label, wall: NORTH|EAST|SOUTH|WEST, offset }] },
//   booths: [{ id, code, x, y, w, d, status, kind, area, label? }],     metres from the north-west corner
//   legend: [{ status, label, count }], kinds: { STANDARD: '标准展位', … },
//   texts: { zoomIn, zoomOut, fit, plan, metres }
// }

const SVG_NS = 'http://www.w3.org/2000/svg';
const MIN_VIEW_WIDTH = 4; // metres: closer than this a booth fills the screen
const CLICK_SLOP = 6; // pixels a pointer may move and still count as a click, not a drag
const READABLE_PX = 7; // a booth code drawn smaller than this on screen is hidden: unreadable, and costly to paint
const SIZE_STEPS = 6; // booths are sorted into steps by font size (0.25 m, 0.5 m, 1 m … 8 m and more)

const STYLE = `
  :host { display: flex; flex-direction: column; position: relative; min-height: 320px; box-sizing: border-box;
          border: 1px solid var(--lumo-contrast-10pct, #ddd); border-radius: var(--lumo-border-radius-l, 8px);
          background: var(--lumo-contrast-5pct, #f6f7f9); overflow: hidden; }
  .toolbar { position: absolute; top: 8px; right: 8px; display: flex; flex-direction: column; gap: 4px; z-index: 1; }
  .toolbar button { width: 36px; height: 36px; border-radius: 8px; border: 1px solid var(--lumo-contrast-20pct, #ccc);
          background: var(--lumo-base-color, #fff); font: 600 18px/1 var(--lumo-font-family, sans-serif); cursor: pointer;
          color: var(--lumo-body-text-color, #222); padding: 0; }
  .toolbar button:focus-visible { outline: 2px solid var(--lumo-primary-color, #b8262f); }
  svg { flex: 1 1 auto; width: 100%; min-height: 0; touch-action: none; cursor: grab; user-select: none; display: block; }
  svg.dragging { cursor: grabbing; }
  .hall { fill: #fff; stroke: #33404d; stroke-width: 0.3; }
  .grid { stroke: #e4e7eb; stroke-width: 0.08; }
  .booth rect { stroke-width: 0.12; }
  .booth { cursor: pointer; }
  .booth:hover rect { stroke-width: 0.35; }
  .booth.selected rect { stroke: #111 !important; stroke-width: 0.45; }
  .booth text { fill: #1f2933; text-anchor: middle; dominant-baseline: central; pointer-events: none;
          font-family: var(--lumo-font-family, sans-serif); }
  .booth text.sub { fill: #52606d; }
  ${Array.from({ length: SIZE_STEPS }, (_, step) => `svg.hide${step} .fs${step} text`).join(', ')} { display: none; }
  .FREE rect { fill: #e3f4e8; stroke: #3a9a6a; }
  .HELD rect { fill: #fdebc8; stroke: #c98a12; }
  .RESERVED rect { fill: #dce9f8; stroke: #2f6fb0; }
  .ASSIGNED rect { fill: #f7d6d8; stroke: #b8262f; }
  .BLOCKED rect { fill: #d9dde2; stroke: #5b6b7a; }
  .entrance line { stroke: #e0712a; stroke-width: 0.9; stroke-linecap: butt; }
  .entrance text { fill: #b3541b; font-family: var(--lumo-font-family, sans-serif); text-anchor: middle;
          dominant-baseline: central; pointer-events: none; font-weight: 600; }
  .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 10px; font: 13px/1.4 var(--lumo-font-family, sans-serif);
          color: var(--lumo-body-text-color, #222); background: var(--lumo-base-color, #fff);
          border-top: 1px solid var(--lumo-contrast-10pct, #ddd); }
  .legend span.item { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
  .legend i { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1.5px solid; }
  .legend .FREE { background: #e3f4e8; border-color: #3a9a6a; }
  .legend .HELD { background: #fdebc8; border-color: #c98a12; }
  .legend .RESERVED { background: #dce9f8; border-color: #2f6fb0; }
  .legend .ASSIGNED { background: #f7d6d8; border-color: #b8262f; }
  .legend .BLOCKED { background: #d9dde2; border-color: #5b6b7a; }
  .legend .scale { margin-inline-start: auto; color: var(--lumo-secondary-text-color, #666); }
`;

class ExpoFloorPlan extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this._toolbar = document.createElement('div');
    this._toolbar.className = 'toolbar';
    this._zoomIn = this._button('+', () => this._zoomBy(1 / 1.5));
    this._zoomOut = this._button('−', () => this._zoomBy(1.5));
    this._fitButton = this._button('⤢', () => this.fit());
    this._svg = document.createElementNS(SVG_NS, 'svg');
    this._svg.setAttribute('role', 'img');
    // Top-aligned: on a phone the booth card covers the lower part of the plan.
    this._svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
    this._content = document.createElementNS(SVG_NS, 'g');
    this._svg.appendChild(this._content);
    this._legend = document.createElement('div');
    this._legend.className = 'legend';
    root.append(style, this._toolbar, this._svg, this._legend);

    this._boothNodes = new Map();
    this._pointers = new Map();
    this._view = { x: 0, y: 0, w: 100, h: 100 };
    this._selected = null;
    this._planText = null;
    this.lastRenderMs = null;
    this._listen();
  }

  connectedCallback() {
    // A property set before this element was defined sits on the instance and hides the setter: replay it.
    for (const name of ['plan', 'selected']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._resizeObserver = new ResizeObserver(() => this._updateDetail());
    this._resizeObserver.observe(this._svg);
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
    }
  }

  /** The plan as a JSON string (what the server sends) or an object. */
  set plan(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text === this._planText) {
      return;
    }
    const started = performance.now();
    this._planText = text;
    const plan = text ? JSON.parse(text) : null;
    const sameHall = this._plan && plan && this._plan.hall.code === plan.hall.code
        && this._plan.hall.width === plan.hall.width && this._plan.hall.depth === plan.hall.depth;
    this._plan = plan;
    this._draw(!sameHall);
    // Two frames later the drawn plan has been painted: that is what a person waits for.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      this.lastRenderMs = performance.now() - started;
      this.dispatchEvent(new CustomEvent('plan-rendered', {
        detail: { ms: this.lastRenderMs, booths: plan ? plan.booths.length : 0 } }));
    }));
  }

  get plan() {
    return this._planText;
  }

  /** The id of the booth shown as selected (its card is open), or null. */
  set selected(id) {
    const previous = this._boothNodes.get(this._selected);
    if (previous) {
      previous.classList.remove('selected');
    }
    this._selected = id === undefined || id === null ? null : Number(id);
    const node = this._boothNodes.get(this._selected);
    if (node) {
      node.classList.add('selected');
      node.parentNode.appendChild(node); // drawn last, so its thick outline is not hidden by neighbours
    }
  }

  get selected() {
    return this._selected;
  }

  /** Shows the whole hall. */
  fit() {
    if (!this._plan) {
      return;
    }
    const { width, depth } = this._plan.hall;
    const pad = Math.max(width, depth) * 0.04 + 3;
    this._setView({ x: -pad, y: -pad, w: width + 2 * pad, h: depth + 2 * pad });
  }

  _button(text, action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', action);
    this._toolbar.appendChild(button);
    return button;
  }

  _draw(resetView) {
    this._boothNodes.clear();
    const content = document.createElementNS(SVG_NS, 'g');
    const plan = this._plan;
    if (plan) {
      this._drawHall(content, plan.hall);
      const fragment = document.createDocumentFragment();
      const kinds = plan.kinds || {};
      for (const booth of plan.booths) {
        fragment.appendChild(this._boothNode(booth, kinds));
      }
      content.appendChild(fragment);
      this._drawLegend(plan);
      const texts = plan.texts || {};
      this._svg.setAttribute('aria-label', `${texts.plan || ''} ${plan.hall.name}`.trim());
      for (const [button, text] of [[this._zoomIn, texts.zoomIn], [this._zoomOut, texts.zoomOut], [this._fitButton, texts.fit]]) {
        button.title = text || '';
        button.setAttribute('aria-label', text || '');
      }
    } else {
      this._legend.replaceChildren();
    }
    this._svg.replaceChild(content, this._content);
    this._content = content;
    this.selected = this._selected;
    if (resetView) {
      this.fit();
    } else {
      this._updateDetail();
    }
  }

  _drawHall(parent, hall) {
    parent.appendChild(this._el('rect', { class: 'hall', x: 0, y: 0, width: hall.width, height: hall.depth }));
    // A faint 10 m grid lets anyone read distances off the plan.
    const grid = this._el('g', { class: 'grid' });
    for (let x = 10; x < hall.width; x += 10) {
      grid.appendChild(this._el('line', { x1: x, y1: 0, x2: x, y2: hall.depth }));
    }
    for (let y = 10; y < hall.depth; y += 10) {
      grid.appendChild(this._el('line', { x1: 0, y1: y, x2: hall.width, y2: y }));
    }
    parent.appendChild(grid);
    const size = Math.max(hall.width, hall.depth);
    for (const entrance of hall.entrances || []) {
      parent.appendChild(this._entranceNode(entrance, hall, size));
    }
  }

  _entranceNode(entrance, hall, size) {
    const half = 1.5;
    const out = size * 0.02 + 1;
    let line;
    let label;
    switch (entrance.wall) {
      case 'SOUTH':
        line = [entrance.offset - half, hall.depth, entrance.offset + half, hall.depth];
        label = [entrance.offset, hall.depth + out];
        break;
      case 'EAST':
        line = [hall.width, entrance.offset - half, hall.width, entrance.offset + half];
        label = [hall.width + out, entrance.offset];
        break;
      case 'WEST':
        line = [0, entrance.offset - half, 0, entrance.offset + half];
        label = [-out, entrance.offset];
        break;
      default:
        line = [entrance.offset - half, 0, entrance.offset + half, 0];
        label = [entrance.offset, -out];
    }
    const group = this._el('g', { class: 'entrance' });
    group.appendChild(this._el('line', { x1: line[0], y1: line[1], x2: line[2], y2: line[3] }));
    const text = this._el('text', { x: label[0], y: label[1], 'font-size': size * 0.014 + 0.4 });
    text.textContent = entrance.label;
    if (entrance.wall === 'EAST' || entrance.wall === 'WEST') {
      text.setAttribute('transform', `rotate(${entrance.wall === 'EAST' ? 90 : -90} ${label[0]} ${label[1]})`);
    }
    group.appendChild(text);
    return group;
  }

  _boothNode(booth, kinds) {
    const group = this._el('g', { class: `booth ${booth.status}`, 'data-id': booth.id });
    group.appendChild(this._el('rect', { x: booth.x, y: booth.y, width: booth.w, height: booth.d }));
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = `${booth.code} · ${kinds[booth.kind] || booth.kind} · ${booth.area} m²${booth.label ? ' · ' + booth.label : ''}`;
    group.appendChild(title);
    // The code as large as fits: limited by the depth, and by the width for its number of characters.
    // Capped so a raw space's code does not shout over the booths around it.
    const size = Math.min(1.8, booth.d * 0.3, (booth.w * 0.9) / (0.62 * Math.max(booth.code.length, 3)));
    group.classList.add(`fs${ExpoFloorPlan._sizeStep(size)}`);
    const cx = booth.x + booth.w / 2;
    const cy = booth.y + booth.d / 2;
    const code = this._el('text', { x: cx, y: booth.label ? cy - size * 0.55 : cy, 'font-size': size });
    code.textContent = booth.code;
    group.appendChild(code);
    if (booth.label) {
      const sub = this._el('text', { class: 'sub', x: cx, y: cy + size * 0.7, 'font-size': size * 0.7 });
      sub.textContent = booth.label;
      group.appendChild(sub);
    }
    this._boothNodes.set(booth.id, group);
    return group;
  }

  _drawLegend(plan) {
    const items = [];
    for (const entry of plan.legend || []) {
      const item = document.createElement('span');
      item.className = 'item';
      const swatch = document.createElement('i');
      swatch.className = entry.status;
      const text = document.createElement('span');
      text.textContent = `${entry.label} ${entry.count}`;
      item.append(swatch, text);
      items.push(item);
    }
    const scale = document.createElement('span');
    scale.className = 'scale';
    // The hall's name here rather than on the drawing, where a long name ran into the north doors' labels.
    scale.textContent = `${plan.hall.name} · ${plan.hall.width} × ${plan.hall.depth} ${(plan.texts && plan.texts.metres) || 'm'}`;
    items.push(scale);
    this._legend.replaceChildren(...items);
  }

  _el(name, attributes) {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) {
      element.setAttribute(key, value);
    }
    return element;
  }

  _setView(view) {
    if (this._plan) {
      const maxWidth = 4 * (Math.max(this._plan.hall.width, this._plan.hall.depth) + 10);
      const w = Math.min(Math.max(view.w, MIN_VIEW_WIDTH), maxWidth);
      const ratio = w / view.w;
      view = { x: view.x, y: view.y, w, h: view.h * ratio };
    }
    this._view = view;
    this._svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    this._updateDetail();
  }

  /** The font-size step of a booth code: step n holds sizes from 0.25 × 2^n m (step 0 everything smaller). */
  static _sizeStep(metres) {
    return Math.max(0, Math.min(SIZE_STEPS - 1, Math.floor(Math.log2(metres / 0.25))));
  }

  /**
   * Hides the codes that would be too small to read at this zoom, step by step: the codes of raw spaces stay
   * readable when the whole hall is shown, those of 3 × 3 m booths appear as one zooms in. Fewer texts also
   * keep zooming out fluid.
   */
  _updateDetail() {
    const box = this._svg.getBoundingClientRect();
    if (!box.width || !box.height) {
      return;
    }
    const pixelsPerMetre = Math.min(box.width / this._view.w, box.height / this._view.h);
    for (let step = 0; step < SIZE_STEPS; step++) {
      const typical = 0.25 * 2 ** step * Math.SQRT2; // the middle of the step's sizes
      this._svg.classList.toggle(`hide${step}`, typical * pixelsPerMetre < READABLE_PX);
    }
  }

  _selectedCentre() {
    const node = this._boothNodes.get(this._selected);
    const rect = node && node.querySelector('rect');
    if (!rect) {
      return null;
    }
    const x = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    const y = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2;
    const v = this._view;
    return x >= v.x && x <= v.x + v.w && y >= v.y && y <= v.y + v.h ? { x, y } : null;
  }

  /** A point of the screen in plan metres. */
  _toPlan(clientX, clientY) {
    const matrix = this._svg.getScreenCTM();
    if (!matrix) {
      return { x: this._view.x + this._view.w / 2, y: this._view.y + this._view.h / 2 };
    }
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  /**
   * Zooms by a factor (below 1 zooms in) keeping a point where it is: the pointer's, else the selected booth
   * (the buttons then zoom towards the booth whose card is open), else the centre.
   */
  _zoomBy(factor, clientX, clientY) {
    const v = this._view;
    const anchor = clientX !== undefined ? this._toPlan(clientX, clientY) : this._selectedCentre() || { x: v.x + v.w / 2, y: v.y + v.h / 2 };
    const w = Math.min(Math.max(v.w * factor, MIN_VIEW_WIDTH), this._plan ? 4 * (Math.max(this._plan.hall.width, this._plan.hall.depth) + 10) : v.w);
    const applied = w / v.w;
    this._setView({ x: anchor.x - (anchor.x - v.x) * applied, y: anchor.y - (anchor.y - v.y) * applied, w, h: v.h * applied });
  }

  _listen() {
    const svg = this._svg;
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      this._zoomBy(Math.exp(Math.max(-100, Math.min(100, delta)) * 0.002), e.clientX, e.clientY);
    }, { passive: false });

    svg.addEventListener('pointerdown', (e) => {
      svg.setPointerCapture(e.pointerId);
      this._pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this._pointers.size === 1) {
        this._press = { x: e.clientX, y: e.clientY, target: e.target, moved: false };
      } else {
        this._press = null; // a second finger: a pinch, never a click
      }
    });

    svg.addEventListener('pointermove', (e) => {
      const last = this._pointers.get(e.pointerId);
      if (!last) {
        return;
      }
      if (this._pointers.size === 1) {
        if (this._press && Math.hypot(e.clientX - this._press.x, e.clientY - this._press.y) > CLICK_SLOP) {
          this._press.moved = true;
        }
        if (!this._press || this._press.moved) {
          svg.classList.add('dragging');
          const a = this._toPlan(last.x, last.y);
          const b = this._toPlan(e.clientX, e.clientY);
          this._setView({ ...this._view, x: this._view.x - (b.x - a.x), y: this._view.y - (b.y - a.y) });
        }
      } else if (this._pointers.size === 2) {
        const [p, q] = [...this._pointers.entries()];
        const other = p[0] === e.pointerId ? q[1] : p[1];
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        if (before > 0 && after > 0) {
          this._zoomBy(before / after, (e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
        }
      }
      this._pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    });

    const release = (e) => {
      if (!this._pointers.delete(e.pointerId)) {
        return;
      }
      svg.classList.remove('dragging');
      const press = this._press;
      this._press = null;
      if (e.type === 'pointerup' && press && !press.moved && this._pointers.size === 0) {
        const booth = press.target instanceof Element ? press.target.closest('.booth') : null;
        if (booth) {
          this.dispatchEvent(new CustomEvent('booth-click', {
            detail: { id: Number(booth.getAttribute('data-id')) }, bubbles: true, composed: true }));
        }
      }
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
  }
}

if (!customElements.get('expo-floor-plan')) {
  customElements.define('expo-floor-plan', ExpoFloorPlan);
}
