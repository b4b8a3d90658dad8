// Presentation mode's commands: open a deck, move between slides, blank the screen, return to the
// slide after exploring, and edit one's own decks. A clicker's keys (PageUp/PageDown, arrows, B, .)
// are bound here like every other key; while a deck is open these commands come first, so W whitens
// the screen instead of zooming to the west bank and the digits type a slide number.
import { L } from '../contracts/label.ts';
import type { DeckText, Slide } from '../contracts/deck.ts';
import { DECK_ID, DECK_LIMITS } from '../contracts/deckLimits.ts';
import { CommandError, defineCommand, noArgs, objectArgs, oneOf, optionalBoolean, type Command, type CommandContext, type PresentService } from './commands.ts';
import { preview } from './snapshot.ts';
import type { AtlasState } from './state.ts';

const presenting = (s: AtlasState) => s.present !== null && s.status === 'ready';
const mapReady = (s: AtlasState) => s.status === 'ready';

function slideNumber(v: unknown, name = 'slide'): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= DECK_LIMITS.slides) return v;
  throw new CommandError(`${name} must be a slide number from 1 (got ${preview(v)})`);
}

function loaded({ data }: CommandContext): PresentService {
  const service = data.presentLoaded?.();
  if (!service) throw new CommandError('presentation mode is not loaded');
  return service;
}

const current = (s: AtlasState) => s.present!;

/** Moves to a slide (the clamped number; nothing past either end). */
const go = ({ store }: CommandContext, n: number) => {
  const p = store.getState().present;
  if (!p) throw new CommandError('no deck is open');
  store.getState().actions.slideShown(Math.min(Math.max(1, n), p.slides.length));
};

/** An own deck edited: kept in this browser, and shown on slide `n`. */
function edited(ctx: CommandContext, slides: Slide[], n: number, show = false) {
  const s = ctx.store.getState();
  const p = current(s);
  if (p.origin !== 'user') throw new CommandError('only your own decks can be edited (make a copy first)');
  const service = loaded(ctx);
  const deck = { ...p.deck, slides };
  service.save(deck);
  s.actions.deckEdited(deck, service.build(deck), n);
  if (show) s.actions.slideShown(Math.min(n, slides.length));
}

const text = (v: unknown, name: string, max: number): string => {
  if (typeof v !== 'string' || v.length > max) throw new CommandError(`${name} must be a text of at most ${max} characters (got ${preview(v)})`);
  return v;
};

/** A deck text changed in one language (the others kept). */
const setText = (t: DeckText | null, locale: string, value: string): DeckText | null => {
  if (!value) {
    if (t === null || typeof t === 'string') return null;
    const { [locale as 'en']: _gone, ...rest } = t;
    return Object.keys(rest).length ? rest : null;
  }
  return typeof t === 'string' || t === null ? { [locale]: value } : { ...t, [locale]: value };
};

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const PRESENT_COMMANDS: readonly Command[] = [
  defineCommand({
    id: 'present.open',
    label: L('打开演示文稿', '打開簡報', 'Open a slide deck'),
    args: (raw) => {
      const a = objectArgs(raw, ['deck', 'slide']);
      if (typeof a.deck !== 'string' || !DECK_ID.test(a.deck)) throw new CommandError(`deck must be a deck id such as "structure" (got ${preview(a.deck)})`);
      return { deck: a.deck, slide: a.slide === undefined ? 1 : slideNumber(a.slide) };
    },
    enabled: mapReady,
    run: async (ctx, { deck, slide }) => {
      if (!ctx.data.present) throw new CommandError('presentation mode is not available here');
      const service = await ctx.data.present();
      const opened = await service.load(deck);
      const s = ctx.store.getState();
      s.actions.deckOpened({ ...opened, reducedMotion: s.present?.reducedMotion ?? service.prefersReducedMotion() }, Math.min(slide, opened.slides.length));
    },
  }),
  defineCommand({
    id: 'present.import',
    label: L('打开演示文稿文件', '打開簡報檔案', 'Open a deck file'),
    args: (raw) => {
      const a = objectArgs(raw, ['deck', 'name']);
      return { deck: a.deck, name: typeof a.name === 'string' ? a.name.slice(0, 80) : 'deck' };
    },
    enabled: mapReady,
    run: async (ctx, { deck, name }) => {
      if (!ctx.data.present) throw new CommandError('presentation mode is not available here');
      const service = await ctx.data.present();
      const opened = service.read(deck, name);
      service.save(opened.deck);
      const s = ctx.store.getState();
      s.actions.deckOpened({ ...opened, reducedMotion: s.present?.reducedMotion ?? service.prefersReducedMotion() }, 1);
    },
  }),
  defineCommand({
    id: 'present.new',
    label: L('用当前视图新建演示文稿', '用目前視圖新建簡報', 'New deck from this view'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { title: '' };
      const a = objectArgs(raw, ['title']);
      return { title: a.title === undefined ? '' : text(a.title, 'title', DECK_LIMITS.title) };
    },
    enabled: mapReady,
    run: async (ctx, { title }) => {
      if (!ctx.data.present) throw new CommandError('presentation mode is not available here');
      const service = await ctx.data.present();
      const s = ctx.store.getState();
      const id = `my-${Date.now().toString(36)}`;
      const deckTitle = title || { 'zh-Hans': '我的演示文稿', 'zh-Hant': '我的簡報', en: 'My deck' };
      const opened = service.read({ format: 'gba-atlas-deck', version: 1, id, locale: s.locale, title: deckTitle, slides: [service.capture(s)] }, id);
      service.save(opened.deck);
      s.actions.deckOpened({ ...opened, reducedMotion: s.present?.reducedMotion ?? service.prefersReducedMotion() }, 1);
      ctx.store.getState().actions.editorToggled(true);
    },
  }),
  defineCommand({
    id: 'present.next',
    label: L('下一张幻灯片', '下一張投影片', 'Next slide'),
    args: noArgs,
    keys: [{ key: 'ArrowRight' }, { key: 'PageDown' }, { key: ' ', label: L('下一张（空格键）', '下一張（空白鍵）', 'Next (Space)') }, { key: 'n' }],
    enabled: presenting,
    run: (ctx) => go(ctx, current(ctx.store.getState()).slide + 1),
  }),
  defineCommand({
    id: 'present.previous',
    label: L('上一张幻灯片', '上一張投影片', 'Previous slide'),
    args: noArgs,
    keys: [{ key: 'ArrowLeft' }, { key: 'PageUp' }, { key: 'p' }],
    enabled: presenting,
    run: (ctx) => go(ctx, current(ctx.store.getState()).slide - 1),
  }),
  defineCommand({
    id: 'present.first',
    label: L('第一张幻灯片', '第一張投影片', 'First slide'),
    args: noArgs,
    keys: [{ key: 'Home' }],
    enabled: presenting,
    run: (ctx) => go(ctx, 1),
  }),
  defineCommand({
    id: 'present.last',
    label: L('最后一张幻灯片', '最後一張投影片', 'Last slide'),
    args: noArgs,
    keys: [{ key: 'End' }],
    enabled: presenting,
    run: (ctx) => go(ctx, current(ctx.store.getState()).slides.length),
  }),
  defineCommand({
    id: 'present.goTo',
    label: L('跳到幻灯片', '跳到投影片', 'Go to a slide'),
    args: (raw) => ({ slide: slideNumber(objectArgs(raw, ['slide']).slide) }),
    enabled: presenting,
    run: (ctx, { slide }) => {
      const p = current(ctx.store.getState());
      if (slide > p.slides.length) throw new CommandError(`the deck has ${p.slides.length} slides (got ${slide})`);
      go(ctx, slide);
    },
  }),
  defineCommand({
    id: 'present.type',
    label: L('输入幻灯片编号，按 Enter 跳转', '輸入投影片編號，按 Enter 跳轉', 'Type a slide number, then Enter'),
    args: (raw) => ({ digit: oneOf(DIGITS, objectArgs(raw, ['digit']).digit, 'digit') }),
    keys: DIGITS.map((d) => ({ key: d, args: { digit: d } })),
    enabled: presenting,
    run: ({ store }, { digit }) => store.getState().actions.presentTyped(digit),
  }),
  defineCommand({
    id: 'present.jump',
    label: L('跳到输入的编号（未输入时：下一张）', '跳到輸入的編號（未輸入時：下一張）', 'Go to the typed number (none typed: next)'),
    args: noArgs,
    keys: [{ key: 'Enter' }],
    enabled: presenting,
    run: (ctx) => {
      const s = ctx.store.getState();
      const p = current(s);
      if (!p.typed) return go(ctx, p.slide + 1);
      const n = Number(p.typed);
      s.actions.presentTyped('');
      if (n >= 1 && n <= p.slides.length) go(ctx, n);
      else throw new CommandError(`the deck has ${p.slides.length} slides (typed ${n})`);
    },
  }),
  defineCommand({
    id: 'present.restore',
    label: L('回到本张幻灯片', '回到本張投影片', 'Back to the slide'),
    args: noArgs,
    keys: [{ key: 'r' }],
    enabled: presenting,
    run: (ctx) => go(ctx, current(ctx.store.getState()).slide),
  }),
  defineCommand({
    id: 'present.blank',
    label: L('黑屏或白屏（再按一次恢复）', '黑屏或白屏（再按一次恢復）', 'Black or white screen (again to return)'),
    args: (raw) => ({ color: oneOf(['black', 'white'] as const, objectArgs(raw, ['color']).color, 'color') }),
    keys: [
      { key: 'b', args: { color: 'black' }, label: L('黑屏', '黑屏', 'Black screen') },
      { key: '.', args: { color: 'black' }, label: L('黑屏（遥控器）', '黑屏（遙控器）', 'Black screen (clicker)') },
      { key: 'w', args: { color: 'white' }, label: L('白屏', '白屏', 'White screen') },
    ],
    enabled: presenting,
    run: ({ store }, { color }) => {
      const s = store.getState();
      s.actions.presentBlanked(s.present?.blank === color ? null : color);
    },
  }),
  defineCommand({
    id: 'present.morph',
    label: L('结构图式与地图互相转换', '結構圖式與地圖互相轉換', 'Structure: diagram ⇄ map'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { to: undefined };
      return { to: oneOf(['map', 'diagram'] as const, objectArgs(raw, ['to']).to, 'to') };
    },
    keys: [{ key: 'm' }],
    enabled: (s) => presenting(s) && s.present!.deck.slides[s.present!.slide - 1]?.animation?.type === 'morph',
    run: ({ store }, { to }) => {
      const s = store.getState();
      const p = current(s);
      const animation = p.deck.slides[p.slide - 1]!.animation as { type: 'morph'; to: 'map' | 'diagram' };
      const now = p.form ?? animation.to;
      s.actions.presentFormChanged(to ?? (now === 'map' ? 'diagram' : 'map'));
    },
  }),
  defineCommand({
    id: 'present.fullscreen',
    label: L('全屏', '全螢幕', 'Full screen'),
    args: noArgs,
    keys: [{ key: 'f' }],
    enabled: presenting,
    run: (ctx) => loaded(ctx).toggleFullscreen(),
  }),
  defineCommand({
    id: 'present.motion',
    label: L('减少动画', '減少動畫', 'Reduce motion'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { reduced: undefined };
      const { reduced } = objectArgs(raw, ['reduced']);
      optionalBoolean(reduced, 'reduced');
      return { reduced: reduced as boolean | undefined };
    },
    enabled: presenting,
    run: ({ store }, { reduced }) => {
      const s = store.getState();
      s.actions.presentMotionChanged(reduced ?? !current(s).reducedMotion);
    },
  }),
  defineCommand({
    id: 'present.presenterView',
    label: L('演讲者视图（另开窗口）', '講者視圖（另開視窗）', 'Presenter view (new window)'),
    args: noArgs,
    enabled: presenting,
    run: (ctx) => loaded(ctx).openPresenterView(),
  }),
  defineCommand({
    id: 'present.exit',
    label: L('退出演示', '退出簡報', 'Leave the presentation'),
    args: noArgs,
    run: ({ store }) => store.getState().actions.presentExited(),
  }),
  defineCommand({
    id: 'present.edit',
    label: L('编辑幻灯片', '編輯投影片', 'Edit the slides'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { open: undefined };
      const { open } = objectArgs(raw, ['open']);
      optionalBoolean(open, 'open');
      return { open: open as boolean | undefined };
    },
    enabled: presenting,
    run: ({ store }, { open }) => {
      const s = store.getState();
      s.actions.editorToggled(open ?? !current(s).editing);
    },
  }),
  defineCommand({
    id: 'present.addSlide',
    label: L('将当前视图添加为幻灯片', '將目前視圖加為投影片', 'Add this view as a slide'),
    args: noArgs,
    enabled: (s) => presenting(s) && s.present!.origin === 'user',
    run: (ctx) => {
      const s = ctx.store.getState();
      const p = current(s);
      if (p.slides.length >= DECK_LIMITS.slides) throw new CommandError(`a deck has at most ${DECK_LIMITS.slides} slides`);
      const slides = [...p.deck.slides];
      slides.splice(p.slide, 0, loaded(ctx).capture(s));
      edited(ctx, slides, p.slide + 1, true);
    },
  }),
  defineCommand({
    id: 'present.editSlide',
    label: L('修改幻灯片文字', '修改投影片文字', 'Change a slide’s words'),
    args: (raw) => {
      const a = objectArgs(raw, ['slide', 'title', 'caption', 'notes', 'locale']);
      return {
        slide: slideNumber(a.slide),
        title: a.title === undefined ? undefined : text(a.title, 'title', DECK_LIMITS.title),
        caption: a.caption === undefined ? undefined : text(a.caption, 'caption', DECK_LIMITS.caption),
        notes: a.notes === undefined ? undefined : text(a.notes, 'notes', DECK_LIMITS.notes),
        locale: a.locale === undefined ? undefined : oneOf(['zh-Hans', 'zh-Hant', 'en'] as const, a.locale, 'locale'),
      };
    },
    enabled: (s) => presenting(s) && s.present!.origin === 'user',
    run: (ctx, a) => {
      const s = ctx.store.getState();
      const p = current(s);
      const old = p.deck.slides[a.slide - 1];
      if (!old) throw new CommandError(`the deck has ${p.slides.length} slides (got ${a.slide})`);
      const locale = a.locale ?? s.locale;
      const slide: Slide = {
        ...old,
        title: a.title === undefined ? old.title : (setText(old.title, locale, a.title) ?? old.title),
        caption: a.caption === undefined ? old.caption : setText(old.caption, locale, a.caption),
        notes: a.notes === undefined ? old.notes : setText(old.notes, locale, a.notes),
      };
      edited(ctx, p.deck.slides.map((x, i) => (i === a.slide - 1 ? slide : x)), p.slide);
    },
  }),
  defineCommand({
    id: 'present.moveSlide',
    label: L('移动幻灯片', '移動投影片', 'Move a slide'),
    args: (raw) => {
      const a = objectArgs(raw, ['from', 'to']);
      return { from: slideNumber(a.from, 'from'), to: slideNumber(a.to, 'to') };
    },
    enabled: (s) => presenting(s) && s.present!.origin === 'user',
    run: (ctx, { from, to }) => {
      const p = current(ctx.store.getState());
      if (from > p.slides.length || to > p.slides.length) throw new CommandError(`the deck has ${p.slides.length} slides`);
      const slides = [...p.deck.slides];
      const [moved] = slides.splice(from - 1, 1);
      slides.splice(to - 1, 0, moved!);
      // The slide shown stays shown, wherever it went.
      const shown = p.slide === from ? to : p.slide > from && p.slide <= to ? p.slide - 1 : p.slide < from && p.slide >= to ? p.slide + 1 : p.slide;
      edited(ctx, slides, shown);
    },
  }),
  defineCommand({
    id: 'present.deleteSlide',
    label: L('删除幻灯片', '刪除投影片', 'Delete a slide'),
    args: (raw) => ({ slide: slideNumber(objectArgs(raw, ['slide']).slide) }),
    enabled: (s) => presenting(s) && s.present!.origin === 'user',
    run: (ctx, { slide }) => {
      const p = current(ctx.store.getState());
      if (slide > p.slides.length) throw new CommandError(`the deck has ${p.slides.length} slides (got ${slide})`);
      if (p.slides.length === 1) throw new CommandError('a deck keeps at least one slide');
      const slides = p.deck.slides.filter((_, i) => i !== slide - 1);
      edited(ctx, slides, slide < p.slide ? p.slide - 1 : Math.min(p.slide, slides.length), slide === p.slide);
    },
  }),
  defineCommand({
    id: 'present.copyDeck',
    label: L('复制为我的演示文稿', '複製為我的簡報', 'Copy as my own deck'),
    args: noArgs,
    enabled: presenting,
    run: (ctx) => {
      const s = ctx.store.getState();
      const p = current(s);
      const service = loaded(ctx);
      const opened = service.read({ ...p.deck, id: `my-${Date.now().toString(36)}` }, p.deck.id);
      service.save(opened.deck);
      s.actions.deckOpened({ ...opened, reducedMotion: p.reducedMotion }, p.slide);
    },
  }),
  defineCommand({
    id: 'present.download',
    label: L('导出演示文稿文件（.json）', '匯出簡報檔案（.json）', 'Export the deck as a file (.json)'),
    args: noArgs,
    enabled: presenting,
    run: (ctx) => loaded(ctx).download(current(ctx.store.getState()).deck),
  }),
];
