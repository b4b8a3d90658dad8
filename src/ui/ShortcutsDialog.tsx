// The keyboard shortcuts, generated from the command registry (every key bound there, with its label
// in the UI language), and the keys MapLibre itself gives the map when it has focus.
import { useEffect, useId, useRef } from 'react';
import { useAtlas, useLocale, useT } from '../app/AtlasContext.tsx';

/** A key as printed on a keycap. */
const keycap = (key: string) => (key.length === 1 ? key.toUpperCase() : key === 'Escape' ? 'Esc' : key);

export function ShortcutsDialog() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Focus goes into the dialog, and back where it was when the dialog closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => before?.focus();
  }, []);

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && inst.run('app.dismiss')}>
      <section className="shortcuts-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('shortcuts')}</h2>
        <button ref={close} type="button" className="close" aria-label={t('close')} onClick={() => inst.run('app.dismiss')}>
          ×
        </button>
        <h3>{t('shortcutsApp')}</h3>
        <dl className="shortcut-list">
          {inst.commands.shortcuts().map((s) => (
            <div key={s.key}>
              <dt>
                <kbd>{keycap(s.key)}</kbd>
              </dt>
              <dd data-command={s.command}>{s.label[locale]}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('shortcutsMap')}</h3>
        <dl>
          <dt>
            <kbd>+</kbd> <kbd>−</kbd>
          </dt>
          <dd>{t('keyMapZoom')}</dd>
          <dt>
            <kbd>{t('keyArrows')}</kbd>
          </dt>
          <dd>{t('keyMapPan')}</dd>
          <dt>
            <kbd>{t('keyShift')}</kbd> + <kbd>{t('keyArrows')}</kbd>
          </dt>
          <dd>{t('keyMapRotate')}</dd>
        </dl>
      </section>
    </div>
  );
}
