// "Your own data": pick or drop GeoJSON/CSV files to see them over the plans as temporary layers.
// Files are read in the browser and drawn straight onto the map; nothing is uploaded or kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { IControl, MapMouseEvent } from 'maplibre-gl';
import { useAtlas, useAtlasState, useT } from '../app/AtlasContext.tsx';
import { describeError, describeSkips } from './describe.ts';
import { showFeaturePopup } from './featurePopup.ts';
import type { FileDrops } from './fileDrops.ts';
import { ACCEPTED_EXTENSIONS } from './formats.ts';
import type { ParseResult } from './parseUserFile.ts';
import { isDeckFile, readDeckFile } from '../present/readDeckFile.ts';
import { addUserLayer, fitUserLayer, removeUserLayer, userLayerIds, userSourceId } from './userLayers.ts';
import './userdata.css';

interface UserFile {
  key: string;
  name: string;
  count: number;
  color: string;
}

export function UserDataControl({ drops, dragging }: { drops: FileDrops; dragging: boolean }) {
  const inst = useAtlas();
  const t = useT();
  const status = useAtlasState((s) => s.status);
  const [files, setFiles] = useState<UserFile[]>([]);
  // The element MapLibre places among its controls; React renders into it through a portal.
  const [slot] = useState(() => {
    const div = document.createElement('div');
    div.className = 'maplibregl-ctrl user-data';
    return div;
  });
  const input = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const added = useRef(0);

  const addFiles = useCallback(
    async (list: readonly File[]) => {
      for (const file of list) {
        // A slide deck opens as a presentation (it is checked like a built-in deck there).
        if (await isDeckFile(file)) {
          await readDeckFile(inst, file);
          continue;
        }
        let result: ParseResult;
        try {
          // The parser loads with the first file (it is not needed for the first map).
          const { readUserFile } = await import('./readUserFile.ts');
          result = await readUserFile(file);
        } catch (e) {
          inst.notify({ message: 'userDataErrRead', values: { name: file.name, message: String((e as Error)?.message ?? e) } });
          continue;
        }
        const map = inst.map;
        if (!map) return;
        if (!result.ok) {
          inst.notify(describeError(file.name, result.error));
          continue;
        }
        const { data, report } = result;
        const key = String(++added.current);
        const color = addUserLayer(map, key, data, added.current - 1);
        fitUserLayer(map, data);
        setFiles((fs) => [...fs, { key, name: file.name, count: report.kept, color }]);
        if (report.skipped) {
          inst.notify({ message: 'userDataSkipped', values: { name: file.name, kept: report.kept, skipped: report.skipped, reasons: describeSkips(report) } });
        }
      }
    },
    [inst],
  );

  const remove = (key: string) => {
    if (inst.map) removeUserLayer(inst.map, key);
    setFiles((fs) => fs.filter((f) => f.key !== key));
    // The removed row's button is gone: keep keyboard focus in the control.
    addButton.current?.focus();
  };

  // The control sits in MapLibre's top-right corner, stacked under the zoom and fullscreen buttons.
  useEffect(() => {
    const map = inst.map;
    if (status !== 'ready' || !map) return;
    const control: IControl = { onAdd: () => slot, onRemove: () => slot.remove() };
    map.addControl(control, 'top-right');
    return () => {
      map.removeControl(control);
    };
  }, [inst, status, slot]);

  // Files dropped on the window (taken from the first map on by useFileDrops, kept until this control loaded).
  useEffect(() => drops.attach((list) => void addFiles(list)), [drops, addFiles]);

  // Clicking a feature of the user's data lists its properties.
  useEffect(() => {
    const map = inst.map;
    if (status !== 'ready' || !map) return;
    const onClick = (e: MapMouseEvent) => {
      const layers = files.flatMap((f) => userLayerIds(f.key));
      if (!layers.length) return;
      const [hit] = map.queryRenderedFeatures(e.point, { layers });
      const file = hit && files.find((f) => userSourceId(f.key) === hit.source);
      if (hit && file) showFeaturePopup(map, e.lngLat, file.name, hit.properties);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [inst, status, files]);

  if (status !== 'ready') return null;
  return (
    <>
      {createPortal(
        <div className="user-data-body">
          <button ref={addButton} type="button" className="user-data-add" title={t('userDataHint')} onClick={() => input.current?.click()}>
            {t('userDataAdd')}
          </button>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept={ACCEPTED_EXTENSIONS.join(',')}
            aria-label={t('userDataAdd')}
            onChange={(e) => {
              const picked = [...(e.currentTarget.files ?? [])];
              // Cleared so that picking the same file again (after fixing it) fires `change` again.
              e.currentTarget.value = '';
              void addFiles(picked);
            }}
          />
          {files.length > 0 && (
            <ul className="user-data-list" aria-label={t('userDataList')}>
              {files.map((f) => (
                <li key={f.key} data-key={f.key}>
                  <span className="user-data-swatch" style={{ background: f.color }} aria-hidden="true" />
                  <span className="user-data-name">{f.name}</span>
                  <span className="user-data-count">{t('userDataFeatures', { count: f.count })}</span>
                  <button type="button" aria-label={t('userDataRemove', { name: f.name })} title={t('userDataRemove', { name: f.name })} onClick={() => remove(f.key)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>,
        slot,
      )}
      {dragging && (
        <div className="user-data-drop" aria-hidden="true">
          <p>{t('userDataDrop')}</p>
        </div>
      )}
    </>
  );
}
