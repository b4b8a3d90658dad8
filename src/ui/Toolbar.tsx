// The toolbar: the three panels, presenting, sharing, the language and the keyboard shortcuts. Every
// button runs a command and names its key (aria-keyshortcuts), read from the command registry. In
// an embed it is compact and shows only the controls the embed asks for, with a way out to the full
// map. On a phone (≤ 600 px wide, base.css) the same buttons fold into a menu behind one 44 px button
// at the top right (a disclosure: Esc, a choice or a tap elsewhere closes it).
import { useEffect, useId, useRef, useState } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../app/AtlasContext.tsx';
import { LOCALES, type Locale } from '../contracts/label.ts';
import { fullMapSearch } from '../embed/options.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { encodeHash } from '../kernel/hash.ts';
import { PANELS, snapshotOf, type PanelId } from '../kernel/state.ts';
import { useEdgeVar } from './useEdgeVar.ts';

const PANEL_LABELS: Record<PanelId, MessageKey> = { layers: 'layersPanel', items: 'itemsPanel', summary: 'summaryPanel' };
/** The toolbar's order: what to show, what is in it, what it adds up to. */
const ORDER: readonly PanelId[] = ['layers', 'items', 'summary'];
/** Each language named in itself, as language pickers do. */
const ENDONYMS: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export function Toolbar() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const panel = useAtlasState((s) => s.panel);
  const { controls, embedded } = inst.embed;
  // The full map's link carries what the embed shows now.
  const hash = useAtlasState((s) => (embedded && controls.has('fullmap') ? encodeHash(snapshotOf(s), inst) : ''));
  const keyOf = (command: string, args?: unknown) =>
    inst.commands.shortcuts().find((k) => k.command === command && JSON.stringify(k.args ?? null) === JSON.stringify(args ?? null))?.key;
  const help = keyOf('shortcuts.show');
  const ref = useRef<HTMLElement>(null);
  const menuId = useId();
  const [open, setOpen] = useState(false);
  // On a narrow screen a full-height sheet and the map's controls start below the toolbar's row.
  useEdgeVar(ref, '--toolbar-bottom', 'bottom');
  // A tap or click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node && ref.current?.contains(e.target))) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  // A choice in the menu folds it.
  const fold = () => setOpen(false);
  const panels = ORDER.filter((p) => PANELS.includes(p) && controls.has(p));
  const fullMap = embedded && controls.has('fullmap');
  if (!panels.length && !fullMap && !['present', 'share', 'language', 'help'].some((c) => controls.has(c as never))) return null;
  return (
    <nav
      ref={ref}
      className={embedded ? 'toolbar is-compact' : 'toolbar'}
      aria-label={t('appTitle')}
      data-overlay="top"
      data-open={open || undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Esc folds the menu (and does nothing else: the page's Esc is not run).
        e.preventDefault();
        setOpen(false);
        ref.current?.querySelector<HTMLElement>('.toolbar-menu')?.focus();
      }}
    >
      {!embedded && (
        <button type="button" className="toolbar-menu" aria-label={t('menu')} aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      )}
      <div className="toolbar-items" id={menuId}>
        {panels.map((p) => (
          <button key={p} type="button" aria-pressed={panel === p} aria-keyshortcuts={keyOf('panel.toggle', { panel: p })?.toUpperCase()} onClick={() => { fold(); inst.run('panel.toggle', { panel: p }); }}>
            {t(PANEL_LABELS[p])}
          </button>
        ))}
        {controls.has('present') && (
          <button type="button" className="toolbar-present" onClick={() => { fold(); inst.run('present.choose'); }}>
            {t('present')}
          </button>
        )}
        {controls.has('share') && (
          <button type="button" className="toolbar-share" onClick={() => { fold(); inst.run('share.open'); }}>
            {t('share')}
          </button>
        )}
        {!embedded && (
          <button type="button" className="toolbar-export" onClick={() => { fold(); inst.run('export.open'); }}>
            {t('exportImage')}
          </button>
        )}
        {controls.has('language') && (
          <select aria-label={t('language')} value={locale} onChange={(e) => { fold(); inst.run('locale.set', { locale: e.target.value as Locale }); }}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {ENDONYMS[l]}
              </option>
            ))}
          </select>
        )}
        {controls.has('help') && (
          <button type="button" className="toolbar-help" aria-label={t('shortcuts')} title={t('shortcuts')} aria-keyshortcuts={help} onClick={() => { fold(); inst.run('shortcuts.show'); }}>
            <span aria-hidden="true">?</span>
            <span className="toolbar-help-text" aria-hidden="true">
              {t('shortcuts')}
            </span>
          </button>
        )}
        {fullMap && (
          <a className="toolbar-fullmap" href={`${window.location.pathname}${fullMapSearch(window.location.search)}${hash}`} target="_blank" rel="noopener" title={t('openFullMapHint')}>
            {t('openFullMap')}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
      </div>
    </nav>
  );
}
