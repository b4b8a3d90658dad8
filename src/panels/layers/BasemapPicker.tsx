// The basemap, first in the layer panel: the built-in offline map, 天地图 Tianditu's map or imagery,
// OpenFreeMap. Tianditu needs the user's own key: choosing it without one opens a field for it (kept in
// this browser only, never in a link, snippet or export), and a link says how to get one. Every choice
// runs a command (`basemap.key`, `basemap.set`); a failed basemap comes back here as the offline map,
// with a notice saying why.
import { useId, useState, useSyncExternalStore } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import { BASEMAP_NAMES } from '../../map/online/credits.ts';
import { BASEMAPS, type BasemapId } from '../../kernel/state.ts';
import { BASEMAP_LABELS as B } from './labels.ts';

const KEY_HELP = 'https://console.tianditu.gov.cn/api/key';

export function BasemapPicker() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const current = useAtlasState((s) => s.basemap);
  const key = useSyncExternalStore(inst.tiandituKey.subscribe, inst.tiandituKey.get);
  // A Tianditu basemap picked before a key was given: the field asks for the key, then switches.
  const [pending, setPending] = useState<BasemapId | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const asking = pending !== null || (current.startsWith('tianditu') && !key);

  const choose = (b: BasemapId) => {
    setError('');
    if (b.startsWith('tianditu') && !key) {
      setPending(b);
      return;
    }
    setPending(null);
    inst.run('basemap.set', { basemap: b });
  };
  const save = async () => {
    const r = await inst.commands.run('basemap.key', { key: typed.trim() });
    if (!r.ok) return setError(B.keyInvalid[locale]);
    setTyped('');
    setError('');
    const next = pending ?? (current.startsWith('tianditu') ? current : 'tianditu-vector');
    setPending(null);
    inst.run('basemap.set', { basemap: next });
  };

  return (
    <fieldset className="layer-section basemap-picker">
      <legend>{B.title[locale]}</legend>
      <ul>
        {BASEMAPS.map((b) => (
          <li key={b}>
            <label className="layer-toggle">
              <input type="radio" name={`${id}-basemap`} value={b} checked={(pending ?? current) === b} onChange={() => choose(b)} />
              {t(BASEMAP_NAMES[b])}
              {b !== 'offline' && <span className="basemap-online">{B.online[locale]}</span>}
            </label>
          </li>
        ))}
      </ul>
      {asking && (
        <form
          className="basemap-key"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`${id}-key`}>{B.key[locale]}</label>
          <div className="basemap-key-row">
            <input id={`${id}-key`} type="password" autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby={`${id}-key-hint`} aria-invalid={error ? true : undefined} />
            <button type="submit" disabled={!typed.trim()}>
              {B.keySave[locale]}
            </button>
          </div>
          {error && (
            <p className="basemap-key-error" role="alert">
              {error}
            </p>
          )}
          <p id={`${id}-key-hint`} className="basemap-hint">
            {B.keyHint[locale]}{' '}
            <a href={KEY_HELP} target="_blank" rel="noopener noreferrer">
              {B.keyHow[locale]}
            </a>
          </p>
        </form>
      )}
      {key && !asking && (
        <p className="basemap-hint">
          {B.keyKept[locale]}{' '}
          <button type="button" className="link-button" onClick={() => inst.run('basemap.key', { key: null })}>
            {B.keyForget[locale]}
          </button>
        </p>
      )}
      {current !== 'offline' && <p className="basemap-hint">{B.onlineNote[locale]}</p>}
    </fieldset>
  );
}
