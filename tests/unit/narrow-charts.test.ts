/**
 * Phone layouts of the cost charts (issue #12 point 3): for every chart of /kosten/ and every
 * district page, no two texts overlap, no text touches a bar, everything lies inside the viewBox,
 * and no text is under 12 CSS px when the 320-unit chart fills a 360 px phone's content box.
 */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { kostenSeite } from '../../src/core/views/kosten/seite.ts';
import { kreisKosten } from '../../src/core/views/kosten/kreis.ts';
import { einwohnerRanking, kostenFrame, kostenNotes } from '../../src/core/views/kosten/charts.ts';
import { layoutStackedNarrow } from '../../src/core/charts/narrow-stacked.ts';
import { layoutBarsNarrow, layoutRankingNarrow, layoutWaterfallNarrow } from '../../src/core/charts/narrow-bars.ts';
import { boxesOverlap, textBox, type MarkLayout } from '../../src/core/charts/marks.ts';
import { marksSvg } from '../../src/core/charts/marks-svg.ts';
import { stackedSvgs, waterfallSvgs } from '../../src/core/charts/chart-svgs.ts';
import { formatEuro, formatEuroShort, formatMillionsBare } from '../../src/core/model/format.ts';
import { legendeFuer } from '../../src/core/model/betrag.ts';

const meta = { stand: atlas.stand, licence: 'CC BY 4.0' };
const k = kostenSeite(atlas);
const frame = (title: string, unit: string, notes: string[] = []) => kostenFrame(meta, title, unit, notes);
const RANGE = 'möglich (Startmonat unbekannt)';
/** Content width of /kosten/ at a 360 px viewport (12 px padding each side), measured in Chromium. */
const PHONE_BOX = 336;

const kosten: Record<string, MarkLayout> = {
  jahre: layoutStackedNarrow({
    text: frame(
      'Landesmittel des Integrationsministeriums für die KI in NRW je Jahr',
      'Euro je Jahr, nach Bestandteil – Modellrechnung nach Förderrichtlinie (Höchstbetrag)',
      kostenNotes(k.categories),
    ),
    series: k.series,
    categories: k.categories,
    format: formatEuro,
    rangeLabel: RANGE,
  }),
  geldgeber: layoutStackedNarrow({
    text: frame(
      'Landesmittel für die KI in NRW je Jahr, nach Geldgeber',
      'Euro je Jahr – Modellrechnung nach Förderrichtlinie (Höchstbetrag); nur Jahre, in denen die Beträge beider Ministerien belegt sind',
      kostenNotes(k.ministerienCategories, k.endNotes),
    ),
    series: k.ministerienSeries,
    categories: k.ministerienCategories,
    format: formatEuro,
    rangeLabel: RANGE,
  }),
  beispiel: layoutWaterfallNarrow({
    text: frame('Ein Kreis-KI im Jahr 2017', 'Euro je Jahr, Stand 05.10.2017 – Modellrechnung', [
      '+ Bestandteile (belegt)',
    ]),
    steps: k.beispielKreis?.steps ?? [],
    format: formatEuro,
  }),
  einwohner: layoutRankingNarrow(einwohnerRanking(k, meta)),
  abgleich: layoutBarsNarrow({
    text: frame(
      'Gemeldete Landesmittel und Modellrechnung',
      'Millionen Euro je Jahr, nur Integrationsministerium (ohne Lehrerstellen); ganzes Jahr nach den Regeln am 31.12.',
      [...legendeFuer(k.abgleich.map((r) => r.basis)), 'gemeldet: Jahresbetrag laut Quelle (belegt, ohne Zeichen)'],
    ),
    groups: k.abgleichGroups,
    format: formatEuro,
    axisFormat: formatEuroShort,
    labelFormat: formatMillionsBare,
  }),
};

const kreise: Record<string, MarkLayout> = Object.fromEntries(
  atlas.kreise.flatMap((kreis) => {
    const model = kreisKosten(atlas, kreis.ags);
    if (!model) return [];
    const text = frame(
      `${model.kreis.name}: Landesmittel des Integrationsministeriums je Jahr`,
      'Euro je Jahr – Modellrechnung nach Förderrichtlinie (Höchstbetrag)',
      kostenNotes(model.categories),
    );
    const input = { text, series: model.series, categories: model.categories, format: formatEuro, rangeLabel: RANGE };
    return [[kreis.name, layoutStackedNarrow(input)]];
  }),
);

const all = { ...kosten, ...kreise };

/** Returns "a / b" for every pair of texts whose boxes overlap. */
function textOverlaps(layout: MarkLayout): string[] {
  const boxes = layout.texts.map((t) => ({ t, box: textBox(t) }));
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.t.text} / ${b.t.text}`] : [])),
  );
}

describe('phone layouts of the cost charts', () => {
  it('builds the five charts of /kosten/ and one per district with a KI', () => {
    expect(Object.keys(kreise).length).toBe(53);
    expect(Object.values(all).every((l) => l.width === 320)).toBe(true);
  });

  it.each(Object.entries(all))('%s: no two texts overlap', (_name, layout) => {
    expect(textOverlaps(layout)).toEqual([]);
  });

  it.each(Object.entries(all))('%s: no text covers a bar or swatch', (_name, layout) => {
    const hits = layout.texts.flatMap((t) =>
      layout.rects.filter((r) => boxesOverlap(textBox(t), r)).map((r) => `${t.text} / ${r.title ?? 'Legende'}`),
    );
    expect(hits).toEqual([]);
  });

  it.each(Object.entries(all))('%s: every text is at least 12 CSS px on a 360 px phone', (_name, layout) => {
    const small = layout.texts.filter((t) => (t.size * PHONE_BOX) / layout.width < 12).map((t) => t.text);
    expect(small).toEqual([]);
  });

  it.each(Object.entries(all))('%s: every text and bar lies inside the viewBox', (_name, layout) => {
    const inside = (b: { x: number; y: number; width: number; height: number }) =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height;
    expect(layout.texts.filter((t) => !inside(textBox(t))).map((t) => t.text)).toEqual([]);
    expect(layout.rects.filter((r) => !inside(r)).map((r) => r.title ?? 'Legende')).toEqual([]);
  });

  it('the overlap check itself notices two texts on one line and a text beyond the edge', () => {
    const base = { size: 13, anchor: 'start', tone: 'text' } as const;
    const layout: MarkLayout = {
      width: 320,
      height: 100,
      title: 't',
      texts: [
        { ...base, x: 12, y: 20, text: 'Grundpauschale' },
        { ...base, x: 100, y: 20, text: 'Sachkosten' },
        { ...base, x: 12, y: 40, text: 'unten' },
      ],
      rects: [],
      lines: [],
    };
    expect(textOverlaps(layout)).toEqual(['Grundpauschale / Sachkosten']);
    const edge = textBox({ ...base, x: 150, y: 60, text: 'Rheinisch-Bergischer Kreis' });
    expect(edge.x + edge.width).toBeGreaterThan(320);
  });
});

describe('amounts in the phone layouts keep their basis', () => {
  const amounts = (layout: MarkLayout) => layout.texts.filter((t) => t.basis).map((t) => [t.text, t.basis]);

  it('labels each year of /kosten/ with its total, a range where the start month or the reading is open', () => {
    expect(amounts(kosten.jahre!)).toEqual([
      ['0,2–1,7\u00a0Mio.\u00a0€¹', 'modell'],
      ['3,6–6,3\u00a0Mio.\u00a0€¹', 'modell'],
      ['6,0–7,9\u00a0Mio.\u00a0€¹', 'modell'],
      ['6,7–8,3\u00a0Mio.\u00a0€¹', 'modell'],
      ['7,4–8,7\u00a0Mio.\u00a0€¹', 'modell'],
      ['16,8–18,5\u00a0Mio.\u00a0€¹', 'modell'],
      ['18,6\u00a0Mio.\u00a0€²', 'fortgeschrieben'],
      ['18,8\u00a0Mio.\u00a0€²', 'fortgeschrieben'],
      ['18,8\u00a0Mio.\u00a0€²', 'fortgeschrieben'],
      ['18,8\u00a0Mio.\u00a0€²', 'fortgeschrieben'],
      ...Array.from({ length: 5 }, () => ['18,4–21,1\u00a0Mio.\u00a0€²', 'fortgeschrieben']),
    ]);
  });

  it('spells a district’s years in euros: Kleve 0 € until 2017, 123.333 € in 2018, then 370.000 €', () => {
    const kleve = amounts(kreise['Kreis Kleve']!).map(([text]) => text);
    expect(kleve.slice(0, 9)).toEqual([
      ...Array.from({ length: 6 }, () => '0\u00a0€¹'),
      '123.333\u00a0€²',
      '370.000\u00a0€²',
      '370.000\u00a0€²',
    ]);
  });

  it('keeps the wide chart’s value labels: waterfall steps and totals, ranking with "²", reported figure unmarked', () => {
    const texts = (l: MarkLayout) => l.texts.map((t) => t.text);
    expect(texts(kosten.beispiel!)).toEqual(
      expect.arrayContaining(['+ 270.000\u00a0€', '+ 50.000\u00a0€', '+ 227.500\u00a0€', '= 547.500\u00a0€¹']),
    );
    const kleve = kosten.einwohner!.texts.filter((t) => t.bold && t.size === 13);
    expect(kleve.map((t) => t.text)).toEqual(['Kreis Kleve', '1,19\u00a0€²']);
    expect(amounts(kosten.abgleich!).slice(-4)).toEqual([
      ['15,8¹', 'modell'],
      ['18,5¹', 'modell'],
      ['18,8¹', 'modell'],
      ['17,0', 'belegt'],
    ]);
  });

  it('marks every bar with the same category basis as the wide chart, and suffixes every id with -narrow', () => {
    const svgs = stackedSvgs(
      {
        width: 760,
        plotHeight: 300,
        text: frame('t', 'u'),
        series: k.series,
        categories: k.categories,
        format: formatEuro,
      },
      { id: 'kosten-jahre', description: 'd' },
    );
    const pairs = (svg: string) =>
      [...new Set([...svg.matchAll(/data-category="(\d+)" data-basis="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`))].sort();
    expect(pairs(svgs.narrow)).toEqual(pairs(svgs.wide));
    expect(pairs(svgs.narrow)).toContain('2019 fortgeschrieben');
    expect(svgs.narrow).toMatch(
      /^<svg [^>]*aria-labelledby="kosten-jahre-narrow-title kosten-jahre-narrow-desc"[^>]*class="ki-chart ki-chart--narrow" data-basis="modell">/,
    );
    expect([...svgs.narrow.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'kosten-jahre-narrow-title',
      'kosten-jahre-narrow-desc',
      'kosten-jahre-narrow-hatch',
    ]);
    expect(svgs.narrow).toContain('data-category="2019" data-basis="fortgeschrieben" fill-opacity="0.5"');
  });

  it('renders a text with its size, anchor, weight and basis', () => {
    const svg = marksSvg(
      {
        width: 320,
        height: 40,
        title: 'T',
        texts: [
          {
            x: 308,
            y: 20,
            text: '1,19 €²',
            size: 13,
            anchor: 'end',
            bold: true,
            tone: 'text',
            basis: 'fortgeschrieben',
          },
        ],
        rects: [],
        lines: [],
      },
      { id: 'r', description: 'd' },
    );
    expect(svg).toContain(
      '<text x="308" y="20" fill="#1b1f24" class="kc-text" font-size="13" text-anchor="end" font-weight="700" data-basis="fortgeschrieben">1,19 €²</text>',
    );
  });

  it('gives a bar in the text colour (the waterfall’s total) the class that dark mode recolours, wide and narrow', () => {
    const svgs = waterfallSvgs(
      { width: 760, plotHeight: 260, text: frame('t', 'u'), steps: k.beispielKreis?.steps ?? [], format: formatEuro },
      { id: 'w', description: 'd' },
    );
    for (const svg of [svgs.wide, svgs.narrow]) {
      expect([...svg.matchAll(/class="kc-seg kc-ink"[^>]*data-step="([^"]+)"/g)].map((m) => m[1])).toEqual(['summe']);
    }
  });
});
