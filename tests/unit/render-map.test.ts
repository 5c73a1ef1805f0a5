import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { nrwKreisMap } from '../../src/build/kreis-map.ts';
import {
  DOTS_UNBEKANNT,
  HATCH_OHNE_KI,
  kreisMapExportGraphic,
  kreisMapSvg,
  mapDefsSvg,
} from '../../src/core/charts/render/map.ts';
import { statusByKreis } from '../../src/core/model/status.ts';

const statuses2017 = statusByKreis(
  atlas.kreise.map((k) => k.ags),
  atlas.zentren,
  '2017-10-10',
);
const map = nrwKreisMap({
  kreise: atlas.kreise,
  statuses: statuses2017,
  stichtag: '2017-10-10',
  id: 'karte',
  base: '/ki-nrw/',
  interactive: true,
});
const klevePath = map.layout.districts.find((d) => d.ags === '05154')!.d;

describe('kreisMapSvg(model) – the page map', () => {
  const svg = kreisMapSvg(map);

  it('opens as a group named by the caption, in the layout’s viewBox', () => {
    expect(
      svg.startsWith('<svg class="kreis-map__svg" viewBox="0 0 800 789" role="group" aria-labelledby="karte-titel">'),
    ).toBe(true);
  });

  it('links Kleve to its page, names it by its status at 10.10.2017 and marks its path "ohne-ki"', () => {
    expect(svg).toContain(
      '<a href="/ki-nrw/kreis/05154-kreis-kleve/" aria-label="Kreis Kleve: kein KI am 10.10.2017">' +
        '<title>Kreis Kleve: kein KI am 10.10.2017</title>' +
        `<path class="status-fill" data-ags="05154" data-status="ohne-ki" d="${klevePath}"></path></a>`,
    );
  });

  it('adds the focus ring of the interactive map and the print attribution', () => {
    expect(svg).toContain(
      '<g class="kreis-map__ring" aria-hidden="true" data-map-ring=""><path class="kreis-map__ring-outer" d=""></path><path class="kreis-map__ring-inner" d=""></path></g>',
    );
    expect(svg).toContain(
      '<text class="kreis-map__attribution" x="794" y="783" text-anchor="end">© GeoBasis-DE / BKG (2016) (Daten verändert)</text></svg>',
    );
  });

  it('labels the six largest cities, largest first where they fit', () => {
    expect(svg).toContain('<g class="kreis-map__labels" aria-hidden="true"><text x="248" y="568">Köln</text>');
  });
});

describe('kreisMapSvg(model) – a locator map', () => {
  const locator = nrwKreisMap({
    kreise: atlas.kreise,
    statuses: statuses2017,
    stichtag: '2017-10-10',
    id: 'lage',
    base: '/',
    highlight: '05154',
  });
  const svg = kreisMapSvg(locator);

  it('is one image named after the district, without links, others muted, Kleve outlined', () => {
    expect(svg).toContain('role="img" aria-label="Lage von Kreis Kleve in Nordrhein-Westfalen"');
    expect(svg).not.toContain('<a ');
    expect(svg).toContain(
      `<path class="status-fill is-highlight" data-ags="05154" data-status="ohne-ki" d="${klevePath}">`,
    );
    expect(svg).toContain('<path class="status-fill is-muted" data-ags="05111" data-status="ki"');
    expect(svg).toContain(`<path class="kreis-map__highlight" d="${klevePath}"></path>`);
    expect(svg).toContain('<g class="kreis-map__labels" aria-hidden="true"></g>');
  });
});

describe('kreisMapExportGraphic(model) – the map in images', () => {
  const graphic = kreisMapExportGraphic(map);

  it('keeps the layout size and draws Kleve with the hatch of "kein KI" in the light palette', () => {
    expect([graphic.width, graphic.height]).toEqual([800, 789]);
    expect(graphic.body).toContain(
      `<path class="status-fill" data-ags="05154" data-status="ohne-ki" d="${klevePath}"></path>`,
    );
    expect(graphic.body).toContain(`.status-fill[data-status="ohne-ki"]{fill:url(#${HATCH_OHNE_KI})}`);
    expect(graphic.body).toContain(`<pattern id="${HATCH_OHNE_KI}" width="8" height="8"`);
    expect(graphic.body).toContain('.pattern-ohne-ki-bg{fill:#d9480f}');
    expect(graphic.body).toContain('.status-fill[data-status="ki"]{fill:#1f6f8b}');
  });

  it('has no links, tooltips, focus ring or in-map attribution (the canvas states it)', () => {
    for (const part of ['<a ', '<title>', 'data-map-ring', 'kreis-map__attribution']) {
      expect(graphic.body).not.toContain(part);
    }
  });
});

describe('mapDefsSvg()', () => {
  it('carries both status patterns once, hidden from assistive technology', () => {
    const defs = mapDefsSvg();
    expect(
      defs.startsWith('<svg class="kreis-map__defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>'),
    ).toBe(true);
    expect(defs).toContain(`<pattern id="${DOTS_UNBEKANNT}" width="7" height="7" patternUnits="userSpaceOnUse">`);
    expect(defs).toContain('<circle class="pattern-unbekannt-dot" cx="3.5" cy="3.5" r="1.6"></circle>');
  });
});
