// <expo-badge-scanner>: reads QR codes from the phone's back camera with @zxing/browser and fires
// `badge-scanned` with { code } for each code it reads. The camera runs only while the element is attached
// and `active` is true; detaching it (leaving the screen) always stops the camera and its light.
//
// The camera needs a secure context: HTTPS, or http://localhost while developing. Elsewhere the browser has
// no navigator.mediaDevices at all, and the element says so instead of a black box.
//
// texts = { starting, running, insecure, denied, unavailable }   (set by the server, in the user's language)
import { BrowserQRCodeReader } from '@zxing/browser';

// The same code seen again within this time is the same badge still in front of the lens, not a new scan.
const SAME_CODE_MS = 3000;

const STYLE = `
  :host { display: block; position: relative; background: #111; border-radius: 12px; overflow: hidden;
          aspect-ratio: 4 / 3; max-height: 50vh; width: 100%; }
  video { width: 100%; height: 100%; object-fit: cover; display: block; }
  .frame { position: absolute; inset: 18% 22%; border: 3px solid rgba(255,255,255,.85); border-radius: 12px;
           box-shadow: 0 0 0 100vmax rgba(0,0,0,.25); pointer-events: none; }
  .status { position: absolute; left: 0; right: 0; bottom: 0; padding: 8px 12px; color: #fff;
            font: 15px/1.35 var(--lumo-font-family, sans-serif); background: rgba(0,0,0,.55); text-align: center; }
  :host([state=error]) .frame { display: none; }
`;

class BadgeScanner extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${STYLE}</style><video muted playsinline autoplay></video><div class="frame"></div>`
      + '<div class="status" part="status"></div>';
    this._video = root.querySelector('video');
    this._status = root.querySelector('.status');
    this._texts = {};
    this._active = true;
    this._controls = null;
    this._generation = 0;
    this._last = { code: null, at: 0 };
  }

  set texts(json) {
    this._texts = typeof json === 'string' ? JSON.parse(json || '{}') : (json || {});
    this._show(this.getAttribute('state') || 'starting');
  }

  set active(value) {
    this._active = value !== false && value !== 'false';
    if (this._active && this.isConnected) {
      this._start();
    } else {
      this._stop();
    }
  }

  get active() {
    return this._active;
  }

  connectedCallback() {
    // A property set before this element was defined hides the setter: take its value and apply it.
    for (const name of ['texts', 'active']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this._active) {
      this._start();
    }
  }

  disconnectedCallback() {
    this._stop();
  }

  async _start() {
    if (this._controls || this._starting) {
      return;
    }
    if (!window.isSecureContext || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      this._fail('insecure');
      return;
    }
    this._starting = true;
    const generation = ++this._generation;
    this._show('starting');
    try {
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      const controls = await reader.decodeFromConstraints(
        { audio: false, video: { facingMode: { ideal: 'environment' } } }, this._video,
        (result) => result && this._found(result.getText()));
      if (generation !== this._generation || !this.isConnected || !this._active) {
        // Detached or switched off while the camera was still opening: close it at once.
        controls.stop();
        return;
      }
      this._controls = controls;
      this._show('running');
    } catch (e) {
      const denied = e && (e.name === 'NotAllowedError' || e.name === 'SecurityError');
      this._fail(denied ? 'denied' : 'unavailable');
    } finally {
      this._starting = false;
    }
  }

  _stop() {
    this._generation++;
    if (this._controls) {
      this._controls.stop();
      this._controls = null;
    }
    // Belt and braces: a stream left on the video element would keep the camera light on.
    const stream = this._video.srcObject;
    if (stream && stream.getTracks) {
      stream.getTracks().forEach((track) => track.stop());
    }
    this._video.srcObject = null;
  }

  _found(code) {
    const now = Date.now();
    if (code === this._last.code && now - this._last.at < SAME_CODE_MS) {
      this._last.at = now;
      return;
    }
    this._last = { code, at: now };
    this.dispatchEvent(new CustomEvent('badge-scanned', { detail: { code }, bubbles: true, composed: true }));
  }

  _fail(state) {
    this._show(state);
    this.dispatchEvent(new CustomEvent('scanner-failed', { detail: { reason: state }, bubbles: true, composed: true }));
  }

  _show(state) {
    this.setAttribute('state', state === 'running' || state === 'starting' ? state : 'error');
    // textContent only: the texts come from the server, but nothing here is ever parsed as HTML.
    this._status.textContent = this._texts[state] || '';
  }
}

customElements.define('expo-badge-scanner', BadgeScanner);
