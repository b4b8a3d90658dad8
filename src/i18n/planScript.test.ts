import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../contracts/corpus.ts';
import { L } from '../contracts/label.ts';
import { planItem } from '../contracts/planItem.fixture.ts';
import { docTitleIn, itemIn, shownScript } from './planScript.ts';

const hansItem = planItem('004-1', { docId: '004', title: '横琴粤澳深度合作区', text: '支持横琴', textHans: '支持横琴', textHant: '支持橫琴', titleHans: '横琴粤澳深度合作区', titleHant: '橫琴粵澳深度合作區' });
const hantItem = planItem('000-1', { docId: '000', title: '協調機制', text: '粵港合作', textHans: '粤港合作', textHant: '粵港合作', titleHans: '协调机制', titleHant: '協調機制' });

describe('the script plan text is shown in', () => {
  it('follows the UI language unless the reader chose: 繁體 reads Traditional, 简体 and English Simplified', () => {
    expect(shownScript('auto', 'zh-Hant', 'Hans')).toBe('Hant');
    expect(shownScript('auto', 'zh-Hans', 'Hant')).toBe('Hans');
    expect(shownScript('auto', 'en', 'Hant')).toBe('Hans');
    expect(shownScript('original', 'zh-Hant', 'Hans')).toBe('Hans');
    expect(shownScript('original', 'zh-Hans', 'Hant')).toBe('Hant');
    expect(shownScript('Hant', 'en', 'Hans')).toBe('Hant');
  });

  it('gives the printed text when that is the script, else the derived one, and says which', () => {
    expect(itemIn(hansItem, 'Hant', 'Hans')).toEqual({ text: '支持橫琴', title: '橫琴粵澳深度合作區', path: [], converted: true });
    expect(itemIn(hansItem, 'Hans', 'Hans')).toEqual({ text: '支持横琴', title: '横琴粤澳深度合作区', path: [], converted: false });
    expect(itemIn(hantItem, 'Hans', 'Hant')).toEqual({ text: '粤港合作', title: '协调机制', path: [], converted: true });
    expect(itemIn(hantItem, 'Hant', 'Hant')).toEqual({ text: '粵港合作', title: '協調機制', path: [], converted: false });
  });

  it('titles a document in the UI language, Chinese in the script shown', () => {
    const doc = { id: '004', script: 'Hans', title: '珠江口西岸都市圈发展规划', titles: L('珠江口西岸都市圈发展规划', '珠江口西岸都市圈發展規劃', 'Development Plan for the Pearl River Estuary West Bank Metropolitan Area') } as PlanDoc;
    expect(docTitleIn(doc, 'zh-Hant', 'Hant')).toBe('珠江口西岸都市圈發展規劃');
    expect(docTitleIn(doc, 'zh-Hant', 'Hans')).toBe('珠江口西岸都市圈发展规划');
    expect(docTitleIn(doc, 'en', 'Hans')).toBe('Development Plan for the Pearl River Estuary West Bank Metropolitan Area');
  });
});
