// The map's text alternative, generated from the plan's own structure data in the UI language, so a
// screen reader hears what the map shows: “珠海为核心；中山、江门、阳江为增长极；…”.
import type { Feature, Point } from 'geojson';
import type { Locale } from '../contracts/label.ts';
import type { StructureElement, StructuresFile } from '../contracts/places.ts';
import { formatList } from '../i18n/format.ts';
import { translator } from '../i18n/messages.ts';
import { nameIn } from '../i18n/names.ts';

export function describeStructure(s: StructuresFile, labels: readonly Feature<Point>[], locale: Locale): string {
  const t = translator(locale);
  const elements = (structureId: string, role?: string) => (s.structures.find((x) => x.id === structureId)?.elements ?? []).filter((e) => !role || e.role === role);
  const own = (e: StructureElement) => nameIn(e as unknown as Record<string, unknown>, locale);
  // A core or pole stands for its city: named as the map names the city.
  const city = (e: StructureElement) => {
    const label = e.admin ? labels.find((f) => f.properties?.id === e.admin) : undefined;
    return label ? nameIn(label.properties, locale, 'shortName') : own(e);
  };
  const core = elements('yihe-sanji', 'core').map(city);
  const poles = elements('yihe-sanji', 'pole').map(city);
  const circles = elements('liang-quan').map(own);
  // The innovation axis is stored as two branches; it is one axis.
  const axes = [...new Set(elements('si-zhou').map((e) => e.trunk?.[locale] ?? own(e)))];
  const list = (xs: string[]) => (xs.length === 2 ? t('listPair', { a: xs[0]!, b: xs[1]! }) : formatList(locale, xs));
  const parts = [
    core.length ? t('describeCore', { places: list(core) }) : '',
    poles.length ? t('describePoles', { places: list(poles) }) : '',
    circles.length ? t('describeCircles', { names: list(circles) }) : '',
    axes.length ? t('describeAxes', { names: list(axes) }) : '',
  ].filter(Boolean);
  return parts.length ? `${t('describeIntro')}${parts.join(t('describeSep'))}${t('describeEnd')}` : '';
}
