// The code of sdk.html (in a file of its own: no inline script, so the page works under a strict CSP).
// The atlas is the folder above this page (examples/ is inside the atlas), or ?atlas=<url> when this page
// has been copied to another site.
const params = new URLSearchParams(location.search);
const atlasUrl = new URL(params.get('atlas') || '../', location.href).href;
const el = document.querySelector('gba-atlas');
// Without a src attribute the element shows the atlas embed.js came from.
if (params.has('atlas')) el.setAttribute('src', atlasUrl);

const log = document.getElementById('log');
function write(line) {
  const lines = `${log.textContent}${new Date().toLocaleTimeString()}  ${line}\n`.split('\n');
  log.textContent = lines.slice(-200).join('\n');
  log.scrollTop = log.scrollHeight;
}

/** One line of text for an event's data. */
function describe(event, data) {
  if (event === 'select') return data ? `${data.kind}:${data.id}` : '—';
  if (event === 'slidechange') return data ? `${data.deck} #${data.slide}` : '— (演示结束 / presentation ended)';
  if ((event === 'statechange' || event === 'ready') && data && data.view) {
    const { zoom, center } = data.view;
    const where = `zoom ${zoom.toFixed(2)} @ ${center[1].toFixed(3)}, ${center[0].toFixed(3)}`;
    const sel = data.selection ? ` sel=${data.selection.kind}:${data.selection.id}` : '';
    const deck = data.presentation ? ` present=${data.presentation.deck}#${data.presentation.slide}` : '';
    return `${where} lang=${data.locale}${sel}${deck}`;
  }
  return JSON.stringify(data);
}

/** A button that runs an action; a failed action is logged. */
function button(id, action) {
  document.getElementById(id).addEventListener('click', () => {
    Promise.resolve()
      .then(action)
      .catch((e) => write(`✗ ${e.message}`));
  });
}

function start() {
  // 1. GbaAtlas.embed(): an iframe inside #atlas, and an object to drive it.
  const atlas = GbaAtlas.embed('#atlas', {
    src: atlasUrl,
    view: { center: [113.55, 22.35], zoom: 8.6 },
    layers: { zones: true },
    controls: ['layers', 'items', 'present', 'language', 'zoom', 'fullscreen', 'fullmap'],
    height: 520,
  });
  for (const event of ['ready', 'statechange', 'select', 'slidechange', 'error']) {
    atlas.on(event, (data) => write(`${event}: ${describe(event, data)}`));
  }
  button('hengqin', () => atlas.select('places', 'hengqin-cooperation-zone'));
  button('zhuhai', () => atlas.setView({ center: [113.4, 22.15], zoom: 9.4 }));
  // Next step: the next slide, or the first one when no presentation is open.
  button('next', async () => {
    const state = await atlas.getState();
    return state.presentation ? atlas.nextSlide() : atlas.openDeck('gba-cooperation', 1);
  });
  button('previous', () => atlas.previousSlide());
  for (const locale of ['zh-Hant', 'zh-Hans', 'en']) button(`lang-${locale}`, () => atlas.setLanguage(locale));
  button('state', async () => write(`getState → ${describe('statechange', await atlas.getState())}`));

  // 2. <gba-atlas>: attributes in, DOM events out.
  for (const event of ['ready', 'select', 'slidechange']) {
    el.addEventListener(`gba-atlas:${event}`, (e) => write(`<gba-atlas> ${event}: ${describe(event, e.detail)}`));
  }
  button('el-next', () => el.nextSlide());
  button('el-slide-3', () => el.setAttribute('slide', '3'));
  button('el-hans', () => el.setAttribute('lang', 'zh-Hans'));
  button('el-en', () => el.setAttribute('lang', 'en'));
}

if (window.GbaAtlas) start();
else {
  // ../embed.js is not next to this copy of the page: the atlas's own.
  const script = document.createElement('script');
  script.src = new URL('embed.js', atlasUrl).href;
  script.addEventListener('load', start);
  script.addEventListener('error', () => write(`✗ ${script.src} did not load`));
  document.head.append(script);
}
