// The matching core on a small hand-made dictionary, so each rule is tested apart from the gazetteer's content.
import { describe, expect, it } from 'vitest';
import { alignedHans } from './match/align.ts';
import { buildLexicon, type Lexicon } from './match/lexicon.ts';
import { findPhrases, matchPlaces } from './match/matchPlaces.ts';
import { toLinks } from './match/toLinks.ts';

const identity = (s: string): string => s;
const toHansChar = (ch: string): string => ({ 廣: '广', 瀋: '沈', 陽: '阳' })[ch] ?? ch;

function lexicon(): Lexicon {
  return buildLexicon(
    {
      places: [
        { id: 'nansha', type: 'zones', names: ['南沙', '广州南沙'] },
        { id: 'nansha-port', type: 'ports', names: ['南沙港区'] },
        { id: 'lng', type: 'facilities', names: ['江门广海湾 LNG 接收站'] },
        { id: 'airport-a', type: 'airports', names: ['阳江海陵岛'] },
        { id: 'island-b', type: 'islands', names: ['阳江海陵岛', '海陵岛'] },
      ],
      admin: [
        { id: '440100', names: ['广州市', '广州'] },
        { id: '441700', names: ['阳江市', '阳江'] },
        { id: '440704', names: ['江海区', '江海'] },
        { id: '360000', names: ['江西省', '江西'] },
      ],
      groups: [{ id: 'parties:粤港', names: ['粤港'], members: ['440000', '810000'] }],
      stops: [{ word: '江海联运', reason: 'test' }, { word: '粤', reason: 'too short to matter' }],
    },
    identity,
  );
}

const words = (lex: Lexicon, text: string): string[] => matchPlaces(lex, text).map((m) => text.slice(m.span[0], m.span[1]));

describe('matchPlaces', () => {
  const lex = lexicon();

  it('covers the most characters: 广州 + 南沙港区 rather than 广州南沙 + 港区', () => {
    expect(words(lex, '建设广州南沙港区')).toEqual(['广州', '南沙港区']);
    expect(words(lex, '建设广州南沙新区')).toEqual(['广州南沙']);
  });

  it('on a tie takes the earlier word, as a reader does (阳江海洋: 阳江, not 江海)', () => {
    // 004 L201: 发挥阳江海洋、港口、能源和旅游资源优势
    expect(words(lex, '发挥阳江海洋、港口、能源和旅游资源优势')).toEqual(['阳江']);
  });

  it('a stop word swallows the name inside it and yields no link', () => {
    const text = '积极推进都市圈港口“江海联运”';
    expect(words(lex, text)).toEqual(['江海联运']);
    expect(toLinks(matchPlaces(lex, text), text)).toEqual([]);
  });

  it('never matches a one-character name alone', () => {
    expect(words(lex, '在粤开展志愿服务')).toEqual([]);
  });

  it('matches across spacing and quotes, and the span covers the text as printed', () => {
    const text = '建设江门广海湾LNG接收站和“江门广海湾 LNG 接收站”';
    const m = matchPlaces(lex, text);
    expect(m.map((x) => text.slice(x.span[0], x.span[1]))).toEqual(['江门广海湾LNG接收站', '江门广海湾 LNG 接收站']);
  });

  it('an alias two places share yields one flagged link per place', () => {
    const links = toLinks(matchPlaces(lex, '阳江海陵岛等通用机场'), '阳江海陵岛等通用机场');
    expect(links.map((l) => [l.placeId, l.ambiguous])).toEqual([
      ['airport-a', true],
      ['island-b', true],
    ]);
  });

  it('a group yields one link per member with the same span', () => {
    const links = toLinks(matchPlaces(lex, '推广粤港邮轮旅游'), '推广粤港邮轮旅游');
    expect(links.map((l) => [l.placeId, l.group, l.span])).toEqual([
      ['440000', 'parties:粤港', [2, 4]],
      ['810000', 'parties:粤港', [2, 4]],
    ]);
  });

  it('excluded ranges (responsibility clauses) are not matched', () => {
    const text = '建设南沙。（广州市政府）';
    const clauses = findPhrases(text, ['（广州市政府）']);
    expect(clauses).toEqual([[5, 12]]);
    expect(words(lex, text)).toEqual(['南沙', '广州市']);
    expect(matchPlaces(lex, text, clauses).map((m) => m.span)).toEqual([[2, 4]]);
  });

  it('findPhrases tolerates bold markers and spacing that the printed clause kept', () => {
    const text = '协同强化。（牵头单位：省科技厅；参加单位：省委组织部，省发展改革委等）';
    const [span] = findPhrases(text, ['（牵头单位：省科技厅；参加单位：省委组织**部，省发展改革委等）']);
    expect(span && text.slice(span[0], span[1])).toBe('（牵头单位：省科技厅；参加单位：省委组织部，省发展改革委等）');
  });
});

describe('alignedHans', () => {
  it('uses textHans when it is as long as the original', () => {
    expect(alignedHans('廣州南沙', '广州南沙', () => '?')).toBe('广州南沙');
  });

  it('falls back to a char-by-char conversion when a phrase conversion changed the length', () => {
    // A converter that rewrote a two-character word into one character would break the offsets.
    const hans = alignedHans('廣州瀋陽', '广州X', toHansChar);
    expect(hans).toBe('广州沈阳');
    expect(hans.length).toBe(4);
  });

  it('keeps a character whose conversion is not one character long', () => {
    expect(alignedHans('ab', 'x', (ch) => (ch === 'a' ? 'AA' : 'B'))).toBe('aB');
  });
});
