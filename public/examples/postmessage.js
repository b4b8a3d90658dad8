// The code of postmessage.html: the atlas in a plain <iframe>, driven with window.postMessage and no SDK.
// (A file of its own: no inline script, so the page works under a strict CSP.)
// The atlas is the folder above this page (examples/ is inside the atlas), or ?atlas=<url> when this page
// has been copied to another site.
const params = new URLSearchParams(location.search);
const atlasUrl = new URL(params.get('atlas') || '../', location.href);
const atlasOrigin = atlasUrl.origin;
const FRAME = 'demo'; // this page's name for the frame: every reply and event carries it

// The frame's URL: embed mode, our frame name, our origin (allowed to drive it), and the first view.
const src = new URL(atlasUrl);
src.searchParams.set('embed', '1');
src.searchParams.set('frame', FRAME);
if (location.origin !== 'null') src.searchParams.set('origin', location.origin);
src.hash = 'map=8.6/22.35/113.55&layers=zones';
const iframe = document.getElementById('atlas');
iframe.src = src.href;
document.getElementById('src').textContent = src.href;

const log = document.getElementById('log');
function write(line) {
  const lines = `${log.textContent}${new Date().toLocaleTimeString()}  ${line}\n`.split('\n');
  log.textContent = lines.slice(-200).join('\n');
  log.scrollTop = log.scrollHeight;
}

// Requests: { source: 'gba-atlas', v: 1, id, command, args } → the reply with the same id.
let seq = 0;
const pending = new Map();
function send(command, args) {
  return new Promise((resolve, reject) => {
    const id = `demo-${++seq}`;
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`no reply to ${command}`));
    }, 15000);
    pending.set(id, { resolve, reject, timer });
    iframe.contentWindow.postMessage({ source: 'gba-atlas', v: 1, id, command, args }, atlasOrigin);
  });
}

/** One line of text for an event's data. */
function describe(event, data) {
  if (event === 'select') return data ? `${data.kind}:${data.id}` : '—';
  if (event === 'slidechange') return data ? `${data.deck} #${data.slide}` : '— (演示结束 / presentation ended)';
  if ((event === 'statechange' || event === 'ready') && data && data.view) {
    const { zoom, center } = data.view;
    const sel = data.selection ? ` sel=${data.selection.kind}:${data.selection.id}` : '';
    const deck = data.presentation ? ` present=${data.presentation.deck}#${data.presentation.slide}` : '';
    return `zoom ${zoom.toFixed(2)} @ ${center[1].toFixed(3)}, ${center[0].toFixed(3)} lang=${data.locale}${sel}${deck}`;
  }
  return JSON.stringify(data);
}

window.addEventListener('message', (e) => {
  // Only our frame, from the atlas's origin, speaking the atlas's protocol.
  if (e.source !== iframe.contentWindow || e.origin !== atlasOrigin) return;
  const d = e.data;
  if (!d || typeof d !== 'object' || d.source !== 'gba-atlas' || d.v !== 1 || d.frame !== FRAME) return;
  if (typeof d.id === 'string') {
    // A reply: { id, ok: true, result } or { id, ok: false, error }.
    const p = pending.get(d.id);
    if (!p) return;
    pending.delete(d.id);
    clearTimeout(p.timer);
    if (d.ok === true) p.resolve(d.result);
    else p.reject(new Error(String(d.error)));
    return;
  }
  // An event: { event, data }.
  if (d.event === 'ready') {
    for (const b of document.querySelectorAll('.toolbar button')) b.disabled = false;
  }
  if (d.event === 'resize' && d.data && Number.isFinite(d.data.height)) {
    iframe.style.height = `${Math.max(150, Math.round(d.data.height))}px`;
  }
  if (['ready', 'statechange', 'select', 'slidechange', 'error'].includes(d.event)) {
    write(`${d.event}: ${describe(d.event, d.data)}`);
  }
});

/** A button that sends a command; a failed one is logged. */
function button(id, action) {
  document.getElementById(id).addEventListener('click', () => {
    Promise.resolve()
      .then(action)
      .catch((e) => write(`✗ ${e.message}`));
  });
}

button('hengqin', () => send('select', { kind: 'places', id: 'hengqin-cooperation-zone' }));
button('zhuhai', () => send('setView', { center: [113.4, 22.15], zoom: 9.4 }));
// Next step: the next slide, or the first one when no presentation is open.
button('next', async () => {
  const state = await send('getState');
  return state.presentation ? send('nextSlide') : send('openDeck', { deck: 'gba-cooperation', slide: 1 });
});
button('previous', () => send('previousSlide'));
for (const locale of ['zh-Hant', 'zh-Hans', 'en']) button(`lang-${locale}`, () => send('setLanguage', { locale }));
button('state', async () => write(`getState → ${describe('statechange', await send('getState'))}`));
