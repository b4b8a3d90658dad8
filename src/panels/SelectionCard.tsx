// The card for what the user clicked (or an embedding page selected): an area's names, a place's
// type, status, precision and source (each with the plan items naming it), a structure element's
// verbatim definition with the plan item(s) it is printed in, or a plan item with its places.
import type { ReactNode } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../app/AtlasContext.tsx';
import type { Locale } from '../contracts/label.ts';
import type { Translate } from '../i18n/messages.ts';
import { nameIn } from '../i18n/names.ts';
import { placeTypeLabel } from '../map/layers/places.ts';
import { findAdmin, findItem, findPlace, findStructureElement } from '../data/lookup.ts';
import { STATUSES, type PlaceHistoryEntry, type PlaceProperties, type PlacePrecision, type Structure, type StructureElement } from '../contracts/places.ts';
import { ItemCard } from './ItemCard.tsx';
import { PlaceItems } from './PlaceItems.tsx';
import { usePlanText } from './usePlanScript.ts';
import { ScriptToggle } from './ScriptToggle.tsx';
import { READER_SCRIPT } from '../i18n/planScript.ts';
import './cards.css';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A name in each form the data has, the UI language's first (the others below it, each once). */
function Names({ p, locale }: { p: Record<string, unknown>; locale: Locale }) {
  const forms: [Locale, string][] = [
    ['zh-Hans', str(p.name)],
    ['zh-Hant', str(p['name:zh-Hant'])],
    ['en', str(p['name:en'])],
  ];
  const first = forms.find(([l]) => l === locale)?.[1] || str(p.name);
  const seen = new Set([first]);
  const rest = forms.filter(([, n]) => n && !seen.has(n) && seen.add(n));
  return (
    <>
      <h2 className="selection-name" lang={first === str(p['name:en']) ? 'en' : undefined}>
        {first}
      </h2>
      {rest.map(([l, n]) => (
        <p key={l} className="selection-alt" lang={l}>
          {n}
        </p>
      ))}
    </>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="selection-facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Place types drawn as lines: a schematic one is a 示意线 (straight segments through named nodes). */
const LINE_TYPES: ReadonlySet<string> = new Set(['rail-lines', 'roads', 'channels', 'rivers']);

/** How far a geometry can be trusted, in words: one wording for places and structure elements. */
const precisionLabel = (precision: PlacePrecision, t: Translate) =>
  ({ exact: t('precisionExact'), approximate: t('precisionApproximate'), schematic: t('precisionSchematic'), unlocated: t('precisionUnlocated') })[precision];

/** Earlier names of a place, oldest first: date, official name, what happened (its source on hover). */
function History({ entries, locale }: { entries: readonly PlaceHistoryEntry[]; locale: Locale }) {
  return (
    <ol className="place-history">
      {entries.map((h) => (
        <li key={h.date} title={h.source}>
          <time>{h.date}</time> <strong lang="zh-Hans">{h.name}</strong> <span>{h.event[locale]}</span>
        </li>
      ))}
    </ol>
  );
}

function PlaceCard({ p, t, locale }: { p: PlaceProperties; t: Translate; locale: Locale }) {
  return (
    <>
      <Names p={p as unknown as Record<string, unknown>} locale={locale} />
      <Facts
        rows={[
          [t('placeType'), placeTypeLabel(p.type, locale)],
          [t('placeStatus'), p.statusText ? t('placeStatusWords', { status: STATUSES[p.status][locale], words: p.statusText }) : STATUSES[p.status][locale]],
          [t('placePrecision'), p.precision === 'schematic' && LINE_TYPES.has(p.type) ? t('precisionSchematicLine') : precisionLabel(p.precision, t)],
          // An unlocated place's `source` says why it has no geometry.
          // The data's own words (an English note quoting Chinese names): shown as written, in any UI language.
          [p.precision === 'unlocated' ? t('placeUnlocatedWhy') : t('placeSource'), <span key="source" data-verbatim="">{p.source}</span>],
          ...(p.note ? [[t('placeNote'), <span key="note" data-verbatim="">{p.note}</span>] as [string, ReactNode]] : []),
          ...(p.history?.length ? [[t('placeHistory'), <History key="history" entries={p.history} locale={locale} />] as [string, ReactNode]] : []),
          [t('placeDocs'), p.refs.join(t('listSeparator'))],
        ]}
      />
      <PlaceItems placeIds={[p.id]} />
    </>
  );
}

/** The plan items a structure element's definition is printed in, each opening the item. */
function DefinedBy({ ids, t }: { ids: readonly string[]; t: Translate }) {
  const inst = useAtlas();
  const planText = usePlanText();
  if (!ids.length) return null;
  return (
    <section className="place-items structure-defined-by" aria-label={t('structureDefinedBy')}>
      <h3>{t('structureDefinedBy')}</h3>
      <ul>
        {ids.map((id) => {
          // The corpus may still be loading: the id stands in for the title until it is here.
          const item = findItem(inst, id);
          return (
            <li key={id}>
              <button type="button" data-item={id} onClick={() => inst.run('selection.set', { kind: 'items', id })}>
                {item?.number && <span className="item-number" lang="zh">{item.number} </span>}
                {item ? <span lang={planText.item(item).lang}>{planText.item(item).title}</span> : id}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function StructureCard({ e, t, locale }: { e: StructureElement & { structure: Structure }; t: Translate; locale: Locale }) {
  // The element's own reading, else its structure's.
  const interpretation = (e.interpretation ?? e.structure.interpretation)?.[locale];
  const placeIds = [...e.places, ...(e.channels ?? [])];
  // The definition is 004's text (printed in Simplified): in the reader's script like any plan text.
  const planText = usePlanText();
  const choice = useAtlasState((s) => s.text);
  const hant = planText.script('Hans') === 'Hant';
  const lang = hant ? 'zh-Hant' : 'zh-Hans';
  const inScript = (printed: string, converted: string | undefined) => (hant && converted) || printed;
  const quote = inScript(e.def.text, e.def.textHant);
  return (
    <>
      <p className="selection-kicker">{nameIn(e.structure as unknown as Record<string, unknown>, locale)}</p>
      <h2 className="selection-name">{nameIn(e as unknown as Record<string, unknown>, locale)}</h2>
      <Facts
        rows={[
          ...(e.direction ? [[t('structureDirection'), <span key="direction" lang={lang}>{inScript(e.direction, e['direction:zh-Hant'])}</span>] as [string, ReactNode]] : []),
          ...(e.functions ? [[t('structureFunctions'), <span key="functions" lang={lang}>{inScript(e.functions, e['functions:zh-Hant'])}</span>] as [string, ReactNode]] : []),
          [t('placePrecision'), precisionLabel(e.precision ?? 'schematic', t)],
        ]}
      />
      {(locale === 'en' || choice !== 'auto' || READER_SCRIPT[locale] !== 'Hans') && (
        <div className="item-script">
          <ScriptToggle />
        </div>
      )}
      <blockquote className="selection-quote" lang={lang}>
        {quote}
        <footer>{t('seedLine', { doc: e.def.doc, line: e.def.line })}</footer>
      </blockquote>
      {quote !== e.def.text && <p className="text-converted-note">{t('textConvertedNote', { from: t('textScriptHans') })}</p>}
      {/* Files written before the field existed have none. */}
      <DefinedBy ids={e.definedBy ?? []} t={t} />
      {interpretation && (
        <p className="selection-interpretation">
          <strong>{t('labelled', { label: t('structureInterpretation'), value: '' })}</strong>
          {interpretation}
        </p>
      )}
      {/* A circle names areas, not channels or nodes: its definition above lists them. */}
      {placeIds.length > 0 && <PlaceItems placeIds={placeIds} heading={t('structureItems')} />}
    </>
  );
}

function AdminCard({ p, t, id, locale }: { p: Record<string, unknown>; t: Translate; id: string; locale: Locale }) {
  return (
    <>
      <Names p={p} locale={locale} />
      <ul className="selection-tags">
        {p.gba === true && <li>{t('gbaMember')}</li>}
        {p.westBank === true && <li>{t('westBankMember')}</li>}
      </ul>
      <PlaceItems placeIds={[id]} />
    </>
  );
}

export function SelectionCard() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const selection = useAtlasState((s) => s.selection);
  // Re-render once the gazetteer, corpus and links are here: a selection may precede them.
  useAtlasState((s) => s.extrasStatus);
  if (!selection) return null;

  let body: ReactNode = null;
  if (selection.kind === 'admin') {
    const f = findAdmin(inst, selection.id);
    if (f) body = <AdminCard p={f.properties ?? {}} t={t} id={selection.id} locale={locale} />;
  } else if (selection.kind === 'places') {
    const f = findPlace(inst, selection.id);
    if (f) body = <PlaceCard p={f.properties} t={t} locale={locale} />;
  } else if (selection.kind === 'structures') {
    const e = findStructureElement(inst, selection.id);
    if (e) body = <StructureCard e={e} t={t} locale={locale} />;
  } else if (selection.kind === 'items') {
    const item = findItem(inst, selection.id);
    if (item) body = <ItemCard item={item} />;
  }
  if (!body) return null;
  return (
    <section className="selection-card" aria-label={t('selectedRegion')} data-kind={selection.kind} data-overlay="side" data-card="">
      <button type="button" className="close" aria-label={t('close')} onClick={() => inst.run('selection.clear')}>
        ×
      </button>
      {body}
    </section>
  );
}
