// The search box's results (loaded on its first focus or keystroke): places, plan items, lead units and
// structure elements in groups, as an ARIA listbox the input controls (↑ ↓ move, Enter chooses, Esc
// closes). Choosing runs commands: a place, city or element is selected (its card opens, the map goes
// there); an item is selected; a unit becomes the item list's lead filter, with the list open.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import type { Locale } from '../../contracts/label.ts';
import { findAdmin, findPlace, findStructureElement } from '../../data/lookup.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { SECTIONS } from '../../kernel/layerGroups.ts';
import { placeTypeLabel } from '../../map/layers/places.ts';
import { searchIndexes } from '../../search/indexes.ts';
import { buildOmniIndex, searchOmni, type OmniHit, type OmniIndex, type OmniKind } from '../../search/omnibox.ts';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { usePlanText, type PlanText } from '../../panels/usePlanScript.ts';

export interface OmniboxResultsProps {
  query: string;
  input: RefObject<HTMLInputElement | null>;
  listId: string;
  onClose: () => void;
}

const GROUP_LABELS: Record<OmniKind, MessageKey | null> = { places: 'placesFound', items: 'itemsPanel', units: 'filterLead', structures: null };
const LEVELS: Record<string, MessageKey> = { province: 'levelProvince', city: 'levelCity', 'city-unit': 'levelCity', county: 'levelCounty' };

const indexes = new WeakMap<object, OmniIndex>();
function omniIndex(inst: AtlasInstance): OmniIndex | null {
  const shared = searchIndexes(inst);
  if (!shared || !inst.corpus) return null;
  let index = indexes.get(shared);
  if (!index) indexes.set(shared, (index = buildOmniIndex(shared.items, shared.places, inst.corpus.units, inst.gazetteer?.structures ?? null)));
  return index;
}

const localName = (p: Record<string, unknown> | null | undefined, locale: Locale, fallback: string) =>
  String((locale !== 'zh-Hans' && p?.[`name:${locale}`]) || p?.name || fallback);

/** What a result reads as: its name and a short note (its kind, its number of items). */
function describe(inst: AtlasInstance, hit: OmniHit, locale: Locale, t: ReturnType<typeof useT>, planText: PlanText): { name: string; note: string } {
  if (hit.kind === 'places') {
    if (hit.selection.kind === 'admin') {
      const p = findAdmin(inst, hit.selection.id)?.properties;
      return { name: localName(p, locale, hit.name), note: Object.hasOwn(LEVELS, hit.type) ? t(LEVELS[hit.type]!) : '' };
    }
    return { name: localName(findPlace(inst, hit.selection.id)?.properties as Record<string, unknown> | undefined, locale, hit.name), note: placeTypeLabel(hit.type, locale) };
  }
  if (hit.kind === 'structures') {
    const e = findStructureElement(inst, hit.selection.id);
    return { name: e ? localName(e as unknown as Record<string, unknown>, locale, hit.name) : hit.name, note: e ? localName(e.structure as unknown as Record<string, unknown>, locale, '') : '' };
  }
  if (hit.kind === 'items') {
    const shown = planText.item(hit.item);
    return { name: `${hit.item.number ? `${hit.item.number} ` : ''}${shown.title || shown.text.slice(0, 60)}`, note: hit.item.docId };
  }
  if (hit.kind === 'units') return { name: locale === 'en' && hit.en ? hit.en : hit.unit, note: t('counted', { label: t('itemLead'), count: hit.items }) };
  return { name: t('omniboxAllItems', { count: hit.items }), note: '' };
}

function choose(inst: AtlasInstance, hit: OmniHit): void {
  if (hit.kind === 'places' || hit.kind === 'structures') {
    inst.run('selection.set', hit.selection);
    // A city or county is outlined where it is: bring all of it into view.
    if (hit.selection.kind === 'admin') inst.run('view.zoomTo', { region: hit.selection.id });
  } else if (hit.kind === 'items') inst.run('selection.set', { kind: 'items', id: hit.item.id });
  else {
    inst.run('filters.clear');
    inst.run('filters.set', hit.kind === 'units' ? { lead: hit.unit } : { query: hit.query });
    inst.run('panel.open', { panel: 'items' });
  }
}

const hitKey = (h: OmniHit) =>
  h.kind === 'places' || h.kind === 'structures' ? `${h.selection.kind}:${h.selection.id}` : h.kind === 'items' ? `item:${h.item.id}` : h.kind === 'units' ? `unit:${h.unit}` : 'all';

export function OmniboxResults({ query, input, listId, onClose }: OmniboxResultsProps) {
  const inst = useAtlas();
  const t = useT();
  const planText = usePlanText();
  const locale = useLocale();
  const extras = useAtlasState((s) => s.extrasStatus);
  const index = useMemo(() => (extras === 'ready' ? omniIndex(inst) : null), [inst, extras]);
  const groups = useMemo(() => (index ? searchOmni(index, query) : []), [index, query]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  // The option the arrows reached, for these results (new results start with none).
  const [choice, setChoice] = useState<{ hits: OmniHit[]; i: number }>({ hits, i: -1 });
  const active = choice.hits === hits ? choice.i : -1;
  const list = useRef<HTMLDivElement>(null);
  const optionId = (i: number) => `${listId}-${i}`;
  const groupLabel = (kind: OmniKind) => (GROUP_LABELS[kind] ? t(GROUP_LABELS[kind]) : SECTIONS.structure[locale]);
  // The combobox's state on the input (the shell leaves it to the results): expanded while a list shows, and the
  // option the arrows reached; both cleared when the results close.
  const expanded = query.trim() !== '';
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.setAttribute('aria-expanded', String(expanded));
    if (active >= 0) {
      el.setAttribute('aria-activedescendant', optionId(active));
      list.current?.querySelector(`[id="${CSS.escape(optionId(active))}"]`)?.scrollIntoView({ block: 'nearest' });
    } else el.removeAttribute('aria-activedescendant');
  });
  useEffect(() => {
    const el = input.current;
    return () => {
      el?.setAttribute('aria-expanded', 'false');
      el?.removeAttribute('aria-activedescendant');
    };
  }, [input]);

  // The input's keys, ahead of the page's shortcuts (Esc closes the list before anything else).
  const latest = useRef({ hits, active, query });
  useLayoutEffect(() => {
    latest.current = { hits, active, query };
  });
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      const { hits: h, active: a } = latest.current;
      if (e.isComposing) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!h.length) return;
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        setChoice((c) => {
          const from = c.hits === h ? c.i : -1;
          return { hits: h, i: from < 0 ? (down ? 0 : h.length - 1) : (from + (down ? 1 : h.length - 1)) % h.length };
        });
      } else if (e.key === 'Enter') {
        // Enter without a choice takes the first result: 江门, Enter → 江门 and its tasks.
        const hit = h[a >= 0 ? a : 0];
        if (!hit) return;
        e.preventDefault();
        choose(inst, hit);
        onClose();
      } else if (e.key === 'Escape' && latest.current.query.trim()) {
        e.preventDefault();
        onClose();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [input, inst, onClose]);

  if (!query.trim()) return null;
  const offsets = groups.map((_, gi) => groups.slice(0, gi).reduce((sum, g) => sum + g.hits.length, 0));
  return (
    <div ref={list} id={listId} className="omnibox-results" role="listbox" aria-label={t('omniboxLabel')}>
      {!index && <p className="omnibox-status">{t(extras === 'error' ? 'itemsError' : 'itemsLoading')}</p>}
      {index && !hits.length && <p className="omnibox-status">{t('omniboxNone', { query: query.trim() })}</p>}
      {groups.map((g, gi) => (
        <div key={g.kind} role="group" aria-label={groupLabel(g.kind)} data-kind={g.kind}>
          <p className="omnibox-group" aria-hidden="true">
            {groupLabel(g.kind)}
          </p>
          {g.hits.map((hit, hi) => {
            const i = offsets[gi]! + hi;
            const { name, note } = describe(inst, hit, locale, t, planText);
            return (
              <div
                key={hitKey(hit)}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={hit.kind === 'all-items' ? 'omnibox-option is-more' : 'omnibox-option'}
                // Keep the focus in the box: the click chooses.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  choose(inst, hit);
                  onClose();
                }}
              >
                <span className="omnibox-name">{name}</span>
                {note && <span className="omnibox-note">{note}</span>}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
