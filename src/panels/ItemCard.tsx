// A plan item in the selection card: who leads it and by when, and its verbatim text with every
// place it names highlighted; a click on a name selects that place (text → map).
import type { ReactNode } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../app/AtlasContext.tsx';
import { READER_SCRIPT } from '../i18n/planScript.ts';
import { ScriptToggle } from './ScriptToggle.tsx';
import { usePlanText } from './usePlanScript.ts';
import type { PlanItem } from '../contracts/corpus.ts';
import type { PlaceLink } from '../contracts/links.ts';
import { linkRuns } from './linkRuns.ts';
import { findAdmin } from '../data/lookup.ts';
import { ItemSource } from './ItemSource.tsx';
import { leadRole } from '../search/itemFacts.ts';
import { useUnitName } from './useUnitName.ts';

export function ItemCard({ item }: { item: PlanItem }) {
  const inst = useAtlas();
  const t = useT();
  const doc = inst.corpus?.docs.find((d) => d.id === item.docId);
  const itemLinks = inst.links?.items.get(item.id);
  const years = [...new Set(item.years.map((y) => y.year))].sort();
  const planText = usePlanText();
  const shown = planText.item(item);
  const lang = shown.lang;
  const locale = useLocale();
  const choice = useAtlasState((s) => s.text);
  // The toggle where it changes something: the reader's script differs from the printed one, a
  // script was chosen, or (English) the plan text's script is a setting.
  const toggle = locale === 'en' || choice !== 'auto' || READER_SCRIPT[locale] !== shown.printed;
  const unitName = useUnitName();
  const units = (names: readonly string[]) => names.map(unitName).join(t('listSeparator'));
  // Departments the text names, else those of the annex task implementing it, marked as inherited.
  const own = item.leadUnits.length > 0 || item.partnerUnits.length > 0;
  const leads = own ? item.leadUnits : (item.inherited?.leadUnits ?? []);
  const partners = own ? item.partnerUnits : (item.inherited?.partnerUnits ?? []);
  const inheritedMark = !own && item.inherited ? <span className="unit-inherited">{t('itemInherited')}</span> : null;
  const byId = (id: string) => inst.corpus?.items.find((i) => i.id === id);
  const openItem = (id: string) => () => inst.run('selection.set', { kind: 'items', id });
  const tasks = (item.tasks ?? []).flatMap((l) => {
    const task = byId(l.id);
    return task ? [{ link: l, task }] : [];
  });
  const implementedBy = (item.implementedBy ?? []).flatMap((id) => byId(id) ?? []);
  const inheritedPlaces = itemLinks?.links.length ? 0 : (itemLinks?.inherited?.length ?? 0);
  // Groups (粤港澳 …) name several places at once: they are highlighted, not a single destination.
  const select = (l: PlaceLink) =>
    l.group
      ? undefined
      : l.layer === 'admin'
        ? findAdmin(inst, l.placeId) && (() => inst.run('selection.set', { kind: 'admin', id: l.placeId }))
        : () => inst.run('selection.set', { kind: 'places', id: l.placeId });

  // Converted text has the printed text's length, so the link spans fit it too.
  const paras = shown.text.split('\n');
  // Link spans are offsets into the whole text; each paragraph starts after the previous one and its '\n'.
  const starts = paras.map((_, i) => paras.slice(0, i).reduce((n, p) => n + p.length + 1, 0));
  const paragraphs: ReactNode[] = paras.map((para, i) => {
    const start = starts[i]!;
    const links = (itemLinks?.links ?? [])
      .filter((l) => l.span[0] >= start && l.span[1] <= start + para.length)
      .map((l) => ({ ...l, span: [l.span[0] - start, l.span[1] - start] as [number, number] }));
    return (
      <p key={i} lang={lang}>
        {linkRuns(para, links).map((run, j) => {
          if (!run.link) return run.text;
          const onClick = select(run.link);
          return onClick ? (
            <button type="button" key={j} className="place-ref" onClick={onClick}>
              {run.text}
            </button>
          ) : (
            <mark key={j} className="place-ref">
              {run.text}
            </mark>
          );
        })}
      </p>
    );
  });

  return (
    <>
      <p className="selection-kicker">
        {item.docId} {planText.docTitle(doc)}
      </p>
      <h2 className="selection-name">
        {item.number && <span className="item-number" lang="zh">{item.number} </span>}
        <span lang={lang}>{shown.title}</span>
      </h2>
      <dl className="selection-facts">
        {leads.length > 0 && (
          <div>
            <dt>{t(own && leadRole(item) === 'responsible' ? 'itemResponsible' : 'itemLead')}</dt>
            <dd>
              {units(leads)}
              {inheritedMark}
            </dd>
          </div>
        )}
        {partners.length > 0 && (
          <div>
            <dt>{t('itemPartners')}</dt>
            <dd>
              {units(partners)}
              {inheritedMark}
            </dd>
          </div>
        )}
        {tasks.length > 0 && (
          <div className="item-tasks">
            <dt>{t('itemTasks')}</dt>
            <dd>
              <ul>
                {tasks.map(({ link, task }) => (
                  <li key={task.id}>
                    <button type="button" className="item-ref" onClick={openItem(task.id)}>
                      {task.number && <span className="item-number" lang="zh">{task.number} </span>}
                      <span lang={planText.item(task).lang}>{planText.item(task).title}</span>
                    </button>
                    {task.leadUnits.length > 0 && <span className="item-ref-units">{units(task.leadUnits)}</span>}
                    {link.rule !== 'section' && (
                      <span className="item-ref-rule" title={link.reason}>
                        {t(link.rule === 'box-heading' ? 'taskRuleBoxHeading' : 'taskRuleReviewed')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {years.length > 0 && (
          <div>
            <dt>{t('itemYears')}</dt>
            <dd>{years.join(t('listSeparator'))}</dd>
          </div>
        )}
      </dl>
      {toggle && (
        <div className="item-script">
          <ScriptToggle />
        </div>
      )}
      <div className="item-text">{paragraphs}</div>
      {shown.converted && <p className="text-converted-note">{t('textConvertedNote', { from: t(shown.printed === 'Hant' ? 'textScriptHant' : 'textScriptHans') })}</p>}
      {implementedBy.length > 0 && (
        <details className="item-implemented-by">
          <summary>{t('itemImplementedBy', { count: implementedBy.length })}</summary>
          <ul>
            {implementedBy.map((i) => (
              <li key={i.id}>
                <button type="button" className="item-ref" onClick={openItem(i.id)}>
                  {i.number && <span className="item-number" lang="zh">{i.number} </span>}
                  <span lang={planText.item(i).lang}>{planText.item(i).title}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {inheritedPlaces > 0 && <p className="selection-interpretation">{t('itemInheritedPlaces', { count: inheritedPlaces })}</p>}
      {itemLinks?.fallback && !inheritedPlaces && (
        <p className="selection-interpretation">
          {t('labelled', { label: t('itemFallback'), value: itemLinks.fallback.evidence })}
        </p>
      )}
      <ItemSource item={item} doc={doc} />
    </>
  );
}
