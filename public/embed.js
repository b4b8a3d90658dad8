/*! GBA Plan Atlas 大湾区规划图集 embed SDK (MIT): GbaAtlas.embed(el, options) and <gba-atlas>.
 * See README "Embedding API". Plain ES2020, no dependencies, no eval, no HTML parsing. */
(() => {
  'use strict';
  const w = window;
  if (w.GbaAtlas) return;
  const doc = document;
  const script = doc.currentScript;
  const TITLE = '大湾区规划图集 GBA Plan Atlas';
  const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const get = (o, k) => (o && typeof o === 'object' && own(o, k) ? o[k] : undefined);
  const isMessage = (d) => get(d, 'source') === 'gba-atlas' && get(d, 'v') === 1;
  const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);
  const num = (n, digits) => String(+(+n).toFixed(digits));
  const list = (v) => (Array.isArray(v) ? v.join(',') : String(v));
  const px = (v) => (/^\d+(\.\d+)?$/.test(v) ? v + 'px' : String(v));
  const fail = (message) => Promise.reject(new Error('GbaAtlas: ' + message));

  // "zoom/lat/lng" (MapLibre's order) ⇄ { center: [lng, lat], zoom }
  const viewObject = (v) => {
    if (typeof v !== 'string') return v;
    const [zoom, lat, lng, bearing, pitch] = v.split('/').map(Number);
    return { center: [lng, lat], zoom, bearing, pitch };
  };
  const viewString = (v) => {
    if (typeof v === 'string') return v;
    const p = [num(v.zoom, 2), num(v.center[1], 5), num(v.center[0], 5)];
    if (v.bearing || v.pitch) p.push(num(v.bearing || 0, 1));
    if (v.pitch) p.push(num(v.pitch, 1));
    return p.join('/');
  };
  // "a,-b" ⇄ { a: true, b: false }
  const layersObject = (l) => {
    if (isObject(l)) return l;
    const o = Object.create(null);
    for (const t of list(l || '').split(',')) if (t.trim()) o[t.trim().replace(/^-/, '')] = t.trim()[0] !== '-';
    return o;
  };
  const layersString = (l) => (isObject(l) ? Object.keys(l).map((k) => (l[k] ? k : '-' + k)).join(',') : list(l));
  // (kind, id), ({ kind, id }) or ('kind:id')
  const selection = (kind, id, camera) => {
    if (isObject(kind)) [kind, id, camera] = [kind.kind, kind.id, kind.camera];
    else if (id == null && /^[^:]+:/.test(kind)) [, kind, id] = /^([^:]*):(.*)$/s.exec(kind);
    return { kind, id, camera };
  };

  // Escaped as the atlas writes its hash: `/`, `:`, `,` kept.
  const hashOf = (o) => {
    if (o.hash != null) return String(o.hash).replace(/^#/, '');
    const p = [];
    const add = (k, v) => v != null && v !== '' && p.push(k + '=' + encodeURIComponent(v).replace(/%(2F|3A|2C)/g, decodeURIComponent));
    if (o.view) add('map', viewString(o.view));
    if (o.layers) add('layers', layersString(o.layers));
    if (o.selection) add('sel', typeof o.selection === 'string' ? o.selection : o.selection.kind + ':' + o.selection.id);
    add('panel', o.panel);
    add('q', o.query);
    if (o.deck) {
      add('present', o.deck);
      add('slide', o.slide);
    }
    return p.join('&');
  };

  const urlOf = (o) => {
    const src = o.src || api.src;
    if (!src) throw new Error('GbaAtlas: options.src (the atlas URL) is needed');
    const u = new URL(src, doc.baseURI);
    const q = u.searchParams;
    q.set('embed', '1');
    if (o.frame) q.set('frame', o.frame);
    if (o.lang) q.set('lang', o.lang);
    if (o.controls != null) q.set('controls', list(o.controls));
    if (o.interactive === false) q.set('interactive', '0');
    const origin = o.origin !== undefined ? o.origin : location.origin !== 'null' && location.origin;
    if (origin) q.set('origin', list(origin));
    u.search = q.toString().replace(/%2C/g, ',');
    u.hash = '';
    const h = hashOf(o);
    return u.href + (h ? '#' + h : '');
  };

  const fit = (iframe, data) => {
    const h = Number(get(data, 'height'));
    if (h >= 0 && h < Infinity) iframe.style.height = Math.max(150, Math.round(h)) + 'px';
  };

  // method (= command) → its arguments
  const COMMANDS = {
    setView: viewObject,
    fitBounds: (bounds) => ({ bounds }),
    setLayers: (layers, opacity) => ({ layers: layersObject(layers), opacity }),
    setFilters: (filters) => filters,
    select: selection,
    clearSelection: 0,
    setLanguage: (locale) => ({ locale }),
    getState: 0,
    setState: (partial) => partial,
    goToSlide: (slide, deck) => ({ slide, deck }),
    nextSlide: 0,
    previousSlide: 0,
    openDeck: (deck, slide) => ({ deck, slide }),
  };

  let count = 0;
  const embed = (element, options) => {
    const o = Object.assign({}, options);
    const host = typeof element === 'string' ? doc.querySelector(element) : element;
    if (!host) throw new Error('GbaAtlas: no element ' + element);
    const frame = (o.frame = String(o.frame || 'gba-atlas-' + ++count + '-' + Math.random().toString(36).slice(2, 8)));
    const src = urlOf(o);
    const origin = new URL(src).origin;
    const iframe = doc.createElement('iframe');
    iframe.src = src;
    iframe.title = o.title || TITLE;
    iframe.allow = 'fullscreen';
    iframe.allowFullscreen = true;
    if (o.loading) iframe.loading = o.loading;
    Object.assign(iframe.style, { border: '0', display: 'block', width: px(o.width || '100%'), height: px(o.height || 500) });

    const listeners = new Map();
    const pending = new Map();
    // Held until the atlas first speaks (else it could reach about:blank);
    let queue = [];
    // a reply is awaited 15 s from ready (loading may take longer).
    let live = false;
    let dead = false;
    let seq = 0;
    let readyData;
    let settleReady;
    const ready = new Promise((ok, no) => (settleReady = (event, data) => (event === 'ready' ? ok(data) : no(new Error(data)))));
    ready.catch(() => {});

    const settle = (id, ok, value) => {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      clearTimeout(p.timer);
      p(ok, value);
    };
    const arm = (id) => {
      const p = pending.get(id);
      if (p && !p.timer) p.timer = setTimeout(() => settle(id, false, 'no reply to ' + p.command + ' in 15 s'), 15000);
    };
    const post = (m) => {
      if (queue) return queue.push(m);
      try {
        iframe.contentWindow.postMessage(m, origin);
      } catch (e) {
        settle(m.id, false, e.message);
      }
    };
    const call = (fn, data, event) => {
      try {
        fn(data, event);
      } catch (e) {
        console.error('GbaAtlas: a ' + event + ' listener threw', e);
      }
    };
    const onMessage = (e) => {
      const d = e.data;
      if (dead || e.source !== iframe.contentWindow || e.origin !== origin || !isMessage(d) || (own(d, 'frame') && d.frame !== frame)) return;
      const held = queue;
      queue = null;
      if (held) held.forEach(post);
      if (own(d, 'id')) return settle(d.id, get(d, 'ok') === true, get(d, get(d, 'ok') === true ? 'result' : 'error'));
      const event = get(d, 'event');
      const data = get(d, 'data');
      if (event === 'ready' || event === 'error') {
        if (!live) settleReady(event, data);
        live = true;
        pending.forEach((_, id) => arm(id));
      }
      if (event === 'ready') readyData = { data };
      if (event === 'resize' && o.autoResize !== false) fit(iframe, data);
      for (const k of [event, '*']) for (const fn of listeners.get(k) || []) call(fn, data, event);
    };
    w.addEventListener('message', onMessage);
    host.appendChild(iframe);

    const run = (command, args) => {
      if (dead) return fail('the embed was destroyed');
      return new Promise((ok, no) => {
        const id = frame + ':' + ++seq;
        const p = (good, value) => (good ? ok(value) : no(new Error(value || command + ' failed')));
        p.command = command;
        pending.set(id, p);
        const m = { source: 'gba-atlas', v: 1, id, command: String(command) };
        if (args !== undefined) m.args = isObject(args) ? Object.fromEntries(Object.entries(args).filter((e) => e[1] !== undefined)) : args;
        post(m);
        if (live) arm(id);
      });
    };
    const atlas = {
      iframe,
      frame,
      ready,
      run,
      on(event, fn) {
        if (typeof fn !== 'function') return () => {};
        const entry = (data, ev) => fn(data, ev);
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(entry);
        if (event === 'ready' && readyData) call(fn, readyData.data, event);
        return () => listeners.get(event).delete(entry);
      },
      destroy() {
        pending.forEach((_, id) => settle(id, false, 'the embed was destroyed'));
        dead = true;
        listeners.clear();
        w.removeEventListener('message', onMessage);
        iframe.remove();
      },
    };
    for (const [name, args] of Object.entries(COMMANDS)) atlas[name] = (...a) => run(name, args ? args(...a) : undefined);
    return atlas;
  };

  const api = {
    version: '1',
    // default atlas: this script's folder
    src: script && script.src ? new URL('./', script.src).href : '',
    embed,
    _hash: hashOf,
    _url: urlOf,
  };
  w.GbaAtlas = api;

  // <iframe data-gba-atlas-autoresize> (a pasted snippet) takes the height its atlas asks for.
  w.addEventListener('message', (e) => {
    if (!isMessage(e.data) || get(e.data, 'event') !== 'resize') return;
    for (const f of doc.querySelectorAll('iframe[data-gba-atlas-autoresize]')) {
      if (f.contentWindow === e.source && new URL(f.src, doc.baseURI).origin === e.origin) fit(f, get(e.data, 'data'));
    }
  });

  const CE = w.customElements;
  if (!CE || CE.get('gba-atlas')) return;
  const ATTRS = ['src', 'view', 'lang', 'deck', 'slide', 'layers', 'selection', 'controls', 'interactive', 'height', 'title'];
  const warn = (p) => p.catch((e) => console.warn(e.message));
  class GbaAtlasElement extends w.HTMLElement {
    static get observedAttributes() {
      return ATTRS;
    }
    connectedCallback() {
      if (!this.style.display) this.style.display = 'block';
      if (!this.atlas) this._mount();
    }
    disconnectedCallback() {
      if (this.atlas) this.atlas.destroy();
      this.atlas = null;
    }
    _mount() {
      const o = {};
      for (const n of ATTRS) if (this.hasAttribute(n)) o[n] = this.getAttribute(n);
      if (o.interactive) o.interactive = !/^(0|false)$/.test(o.interactive);
      this.atlas = embed(this, o);
      this.atlas.on('*', (detail, event) => this.dispatchEvent(new CustomEvent('gba-atlas:' + event, { detail, bubbles: true })));
    }
    attributeChangedCallback(name, old, v) {
      const x = this.atlas;
      const deck = this.getAttribute('deck');
      if (!x || old === v) return;
      if (name === 'lang') warn(x.setLanguage(v || 'zh-Hans'));
      else if (name === 'view') {
        if (v) warn(x.setView(v));
      }
      else if (name === 'layers') warn(x.setLayers(v || ''));
      else if (name === 'selection') warn(v ? x.select(v) : x.clearSelection());
      else if (name === 'deck' || name === 'slide') warn(deck ? x.goToSlide(+this.getAttribute('slide') || 1, deck) : x.run('present.exit'));
      else if (name === 'height') x.iframe.style.height = px(v || 500);
      else if (name === 'title') x.iframe.title = v || TITLE;
      else {
        // src, controls, interactive: a new frame
        x.destroy();
        this._mount();
      }
    }
  }
  for (const m of Object.keys(COMMANDS).concat('run')) {
    GbaAtlasElement.prototype[m] = function (...a) {
      return this.atlas ? this.atlas[m](...a) : fail('<gba-atlas> is not in the document');
    };
  }
  CE.define('gba-atlas', GbaAtlasElement);
})();
