// Every pair of text colour and background the stylesheets (src/**/*.css) draw, written as the CSS
// writes them (a custom property of base.css's :root, or a literal). textColours.test.ts holds each
// pair to WCAG 2 AA (4.5:1: all text in the atlas is small), and holds the table to the stylesheets:
// every text colour they use must be listed here, every rule that sets both a text colour and a
// background must have its pair here, and every colour here must still be used there. A new text
// colour or surface therefore fails the test until its pairs are added (and pass).
//
// Not covered: text drawn in the map's canvas (labels: the style's own contrast, see src/map/layers)
// and colours set from data at run time (your own data's swatches carry no text).

export interface TextColour {
  /** Where this colour is used, for the reader of a failure. */
  where: string;
  /** The text colour, as the CSS writes it. */
  fg: string;
  /** Every background it is drawn on, as the CSS writes them. */
  on: readonly string[];
}

/** The light surfaces that carry ordinary text: panels, cards, dialogs and everything inside them
 * (pressed buttons, selected rows, chips, quotes, notices, hovers). Body, secondary and link text can
 * appear on any of them. */
export const LIGHT_SURFACES: readonly string[] = [
  'var(--paper)', // panels, cards, dialogs, toolbar
  '#fff', // inputs, keys, the locate button
  '#f4e4c4', // pressed toolbar and filter buttons, tags
  '#e9dfcc', // document badges in the item list
  '#fbf6ea', // quotes, “inherited” unit tags
  '#fff4d6', // notices, interpretations, a panel's error
  '#fff6e0', // the selected row of the item list
  '#f1ece0', // place hits, active filter chips, chart tracks
  '#f4ecdc', // a chart bar under the pointer
  '#f1e8d8', // the share dialog's close button under the pointer
  '#f7efe1', // a share dialog button under the pointer
  '#fde7b0', // place names in a quote
  '#f9d27a', // … under the pointer
];

/** The dark surfaces of presentation mode (caption, controls, the presenter window). */
const SLIDE_SURFACES = ['#0f172a', '#1e293b'];

export const TEXT_COLOURS: readonly TextColour[] = [
  { where: 'body text', fg: 'var(--ink)', on: LIGHT_SURFACES },
  { where: 'secondary text: counts, metadata, badges, hints, close buttons', fg: 'var(--ink-muted)', on: LIGHT_SURFACES },
  { where: 'links and link-like buttons (item refs, place hits, clear filters)', fg: '#1f4f8f', on: LIGHT_SURFACES },
  { where: 'the place chooser’s buttons', fg: '#1d4f91', on: ['var(--paper)', '#fff'] },
  { where: 'an error’s title, the share dialog’s link buttons', fg: 'var(--accent)', on: ['var(--paper)'] },
  { where: 'the counts legend’s chosen mode (shaded areas or badges)', fg: '#2b2440', on: ['#e9e4f2'] },
  { where: 'an interpretation note', fg: '#7a4b00', on: ['#fff4d6'] },
  { where: '“inherited” unit tags', fg: '#6b5416', on: ['#fbf6ea'] },
  { where: 'the share dialog’s “copied” status', fg: '#2f6b2f', on: ['var(--paper)'] },
  { where: 'the share dialog’s primary button', fg: '#fff', on: ['var(--accent)', '#9c3a26'] },
  { where: 'the presenter’s Next and Back buttons', fg: '#111827', on: ['#fbbf24', '#f8fafc'] },
  { where: 'slide caption and presenter text', fg: '#f8fafc', on: SLIDE_SURFACES },
  { where: 'slide titles and quotes', fg: '#ffffff', on: SLIDE_SURFACES },
  { where: 'slide text', fg: '#f1f5f9', on: SLIDE_SURFACES },
  { where: 'slide legend', fg: '#e2e8f0', on: SLIDE_SURFACES },
  { where: 'deck name, quote source, presenter headings', fg: '#cbd5e1', on: SLIDE_SURFACES },
  { where: 'slide counter, typed slide number, presenter clock', fg: '#fde68a', on: SLIDE_SURFACES },
  { where: 'the presenter’s next slide title', fg: '#fff', on: SLIDE_SURFACES },
];
