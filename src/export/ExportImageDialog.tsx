// Export image: a title (editable, the atlas's name to start with), a size (the screen's, 1920 × 1080 for
// slides, A4 landscape at 300 dpi for print) and a button that runs `export.image` and downloads the
// PNG. While the image is made the button says so; the map on screen stays where it is. Opened by
// `export.open`; Esc, the close button and a click outside run `app.dismiss`. Its own chunk.
import { useEffect, useId, useRef, useState } from 'react';
import { useAtlas, useLocale, useT } from '../app/AtlasContext.tsx';
import { fill } from '../i18n/format.ts';
import { IMAGE_PRESETS, MAX_IMAGE_TITLE, type ImagePreset } from '../kernel/imagePresets.ts';
import { IMAGE_LABELS as T } from './image/labels.ts';
import { pageSize } from './image/layout.ts';
import { useDialogFocus } from '../ui/useDialogFocus.ts';
import './exportDialog.css';

const PRESET_LABELS = { screen: T.screen, '1920x1080': T.fullHd, 'a4-300dpi': T.a4 } as const;

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; error: string };

export function ExportImageDialog() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(() => t('appTitle'));
  const [preset, setPreset] = useState<ImagePreset>('a4-300dpi');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const mounted = useRef(true);
  // Focus goes to the title (selected, to retype it), and back where it was when the dialog closes.
  useDialogFocus(input, { select: true });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const container = inst.map?.getContainer();
  const screen = { width: container?.clientWidth ?? 1280, height: container?.clientHeight ?? 800, pixelRatio: window.devicePixelRatio || 1 };

  const run = async () => {
    setStatus({ kind: 'busy' });
    const r = await inst.commands.run('export.image', { preset, title, download: true });
    if (!mounted.current) return;
    setStatus(r.ok ? { kind: 'done' } : { kind: 'error', error: r.error });
  };

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && inst.run('app.dismiss')}>
      <section className="export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{T.dialogTitle[locale]}</h2>
        <button type="button" className="close" aria-label={t('close')} onClick={() => inst.run('app.dismiss')}>
          ×
        </button>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (status.kind !== 'busy') void run();
          }}
        >
          <label className="export-title">
            <span>{T.title[locale]}</span>
            <input ref={input} type="text" value={title} maxLength={MAX_IMAGE_TITLE} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <fieldset>
            <legend>{T.size[locale]}</legend>
            {IMAGE_PRESETS.map((p) => {
              const size = pageSize(p, screen);
              return (
                <label key={p}>
                  <input type="radio" name="preset" value={p} checked={preset === p} onChange={() => setPreset(p)} />
                  <span>{PRESET_LABELS[p][locale]}</span>
                  <span className="export-px">
                    {size.width} × {size.height} px
                  </span>
                </label>
              );
            })}
          </fieldset>
          <p className="export-contents">{T.contents[locale]}</p>
          <div className="export-actions">
            <button type="submit" className="primary" disabled={status.kind === 'busy'} aria-describedby={`${titleId}-status`}>
              {T.download[locale]}
            </button>
            <p id={`${titleId}-status`} role="status" className={status.kind === 'error' ? 'export-status is-error' : 'export-status'}>
              {status.kind === 'busy' && T.rendering[locale]}
              {status.kind === 'done' && T.saved[locale]}
              {status.kind === 'error' && fill(T.failed[locale], { error: status.error })}
            </p>
          </div>
        </form>
      </section>
    </div>
  );
}
