import { describe, expect, it } from 'vitest';
import { sitePosterData } from '../../src/build/poster-data.ts';
import { layoutPoster, posterFormats, type PosterFormatKey, type PosterLayout } from '../../src/core/charts/poster.ts';
import { lineBox, wrap } from '../../src/core/charts/poster-text.ts';
import { renderPosterSvg } from '../../src/core/charts/poster-render.ts';
import { formatsFor, pressTexts, type PosterSubject } from '../../src/core/views/press-texts.ts';

const data = sitePosterData('https://ki-atlas-nrw.de', '/');
const subjects: [string, PosterSubject][] = [
  ['Karte 10.10.2017, Kleve hervorgehoben', { kind: 'karte', stichtag: '2017-10-10', highlight: '05154' }],
  ['Karte 31.12.2013', { kind: 'karte', stichtag: '2013-12-31' }],
  ['Landesmittel je Jahr', { kind: 'chart', key: 'kosten-jahre' }],
  ['Ein Kreis-KI 2017', { kind: 'chart', key: 'kosten-beispiel' }],
  ['Steckbrief Kreis Kleve', { kind: 'kreis', ags: '05154' }],
  ['Steckbrief Stadt Mülheim an der Ruhr (keine Lücke)', { kind: 'kreis', ags: '05117' }],
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h;

function layoutOf(subject: PosterSubject, format: PosterFormatKey): PosterLayout {
  const texts = pressTexts(data, subject);
  if (!texts) throw new Error('kein Inhalt');
  return layoutPoster(format, 'light', texts.content);
}

describe('layoutPoster(format, theme, content)', () => {
  for (const [name, subject] of subjects) {
    for (const format of formatsFor(subject)) {
      it(`${name}, ${format}: text ≥ 28 px, everything inside the canvas, nothing overlaps`, () => {
        const layout = layoutOf(subject, format);
        const { width, height } = posterFormats[format];
        expect(Math.min(...layout.lines.map((l) => l.size))).toBeGreaterThanOrEqual(28);
        const texts = layout.lines.map(lineBox);
        for (const box of [...texts, ...layout.swatches, layout.body]) expect(inside(box, width, height)).toBe(true);
        // Texts and swatches never touch each other; only the map's own label may lie on the map.
        const marks = [...layout.lines.filter((l) => !l.halo).map(lineBox), ...layout.swatches];
        for (let i = 0; i < marks.length; i++)
          for (let j = i + 1; j < marks.length; j++) expect(overlaps(marks[i]!, marks[j]!), `${i}/${j}`).toBe(false);
        const outsideBody = [
          ...layout.lines.filter((l) => !l.halo && layout.bars === null).map(lineBox),
          ...layout.swatches,
        ];
        for (const box of outsideBody) expect(overlaps(box, layout.body)).toBe(false);
        expect(layout.body.height).toBeGreaterThan(height * 0.3);
      });
    }
  }

  it('names the site address, the licence and the Datenstand in every image', () => {
    const layout = layoutOf(subjects[0]![1], 'quadrat');
    const all = layout.lines.map((l) => l.text).join('\n');
    expect(all).toContain('ki-atlas-nrw.de');
    expect(all).toContain('Lizenz: CC BY 4.0');
    expect(all).toContain('Datenstand: 05.12.2026');
    expect(all).toContain('Stichtag: 10.10.2017');
  });

  it('shows every amount with its basis marker and the legend line for it', () => {
    const layout = layoutOf({ kind: 'chart', key: 'kosten-jahre' }, 'hochformat');
    const texts = layout.lines.map((l) => l.text);
    expect(texts).toContain('18,8\u00a0Mio.\u00a0€²');
    expect(texts).toContain('16,8–18,5\u00a0Mio.\u00a0€¹');
    expect(texts.some((t) => t.startsWith('² fortgeschrieben'))).toBe(true);
    expect(texts.some((t) => t.startsWith('¹ Modellrechnung'))).toBe(true);
  });

  it('shows the years from 2022 as the two readings (2017 rules carried forward / TIntG amounts), like /kosten/', () => {
    const layout = layoutOf({ kind: 'chart', key: 'kosten-jahre' }, 'hochformat');
    const texts = layout.lines.map((l) => l.text);
    const rowOf = (jahr: string) => texts[texts.indexOf(jahr) + 1];
    expect(['2022', '2026'].map(rowOf)).toEqual(['18,4–21,1\u00a0Mio.\u00a0€²', '18,4–21,1\u00a0Mio.\u00a0€²']);
    expect(rowOf('2021')).toBe('18,8\u00a0Mio.\u00a0€²');
    expect(texts.some((t) => t.startsWith('Ab 2022 zwei Lesarten'))).toBe(true);
  });

  it('draws a portrait design for 4:5, not the landscape one: the body spans the width below the title', () => {
    const layout = layoutOf(subjects[0]![1], 'hochformat');
    expect(layout.body.width).toBe(1080 - 2 * 64);
    expect(layout.body.y).toBeGreaterThan(
      Math.max(...layout.lines.filter((l) => l.role === 'title' && !l.halo).map((l) => l.y)),
    );
  });
});

describe('wrap(text, maxWidth, size)', () => {
  it('breaks at ordinary spaces only, never inside "0,9–1,3 Mio. €²"', () => {
    expect(wrap('Das Land hätte gezahlt: 0,9–1,3\u00a0Mio.\u00a0€²', 480, 34, true)).toEqual([
      'Das Land hätte gezahlt:',
      '0,9–1,3\u00a0Mio.\u00a0€²',
    ]);
  });
});

describe('renderPosterSvg(layout, fonts)', () => {
  it('returns an SVG of exactly the format size, with the font embedded when given', () => {
    const layout = layoutOf(subjects[0]![1], 'story');
    const svg = renderPosterSvg(layout, { regular: 'AAAA', bold: 'BBBB' });
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1920" viewBox="0 0 1080 1920"'),
    ).toBe(true);
    expect(svg).toContain('src:url(data:font/woff2;base64,AAAA) format("woff2")');
    expect(svg).toContain('data-ags="05154" data-status="ohne-ki" fill="url(#hatch-map)"');
  });

  it('uses the dark palette for the dark theme', () => {
    const light = renderPosterSvg(layoutPoster('quadrat', 'light', pressTexts(data, subjects[0]![1])!.content));
    const dark = renderPosterSvg(layoutPoster('quadrat', 'dark', pressTexts(data, subjects[0]![1])!.content));
    expect(light).toContain('<rect width="1080" height="1080" fill="#ffffff"/>');
    expect(dark).toContain('<rect width="1080" height="1080" fill="#121619"/>');
  });
});

describe('pressTexts(data, subject)', () => {
  it('gives alt text and a quotable sentence for 10.10.2017 that name Kreis Kleve', () => {
    const texts = pressTexts(data, { kind: 'karte', stichtag: '2017-10-10', highlight: '05154' })!;
    expect(texts.alt).toBe(
      'Karte der 53 Kreise und kreisfreien Städte in Nordrhein-Westfalen am 10.10.2017, gefärbt danach, ob sie ein Kommunales Integrationszentrum (KI) hatten. Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve. Hervorgehoben: Kreis Kleve (ohne KI am 10.10.2017).',
    );
    expect(texts.sentence).toBe(
      'Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve. (Quelle: KI-Atlas NRW, ki-atlas-nrw.de, Datenstand 05.12.2026, Lizenz CC BY 4.0)',
    );
  });

  it("gives Kleve's card its start, its 68-month gap and the cost with its basis", () => {
    const texts = pressTexts(data, { kind: 'kreis', ags: '05154' })!;
    expect(texts.content.dateLine).toBe('KI seit dem 06.09.2018');
    expect(texts.content.facts).toEqual([
      '68 Monate ohne KI nach Januar 2013',
      'Das Land hätte gezahlt: 0,9–1,3\u00a0Mio.\u00a0€²',
    ]);
    expect(texts.sentence.startsWith('Kreis Kleve hatte nach Januar 2013')).toBe(true);
  });

  it('says "keine Lücke" for a district whose KI existed from January 2013', () => {
    const texts = pressTexts(data, { kind: 'kreis', ags: '05117' })!;
    expect(texts.content.facts).toEqual(['Keine Lücke: KI spätestens ab Januar 2013']);
  });
});
