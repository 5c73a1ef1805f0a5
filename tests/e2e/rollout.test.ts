/**
 * The roll-out chart on the built home page: it starts on the programme start (25.06.2012), draws the
 * counts sources report as diamonds in both drawings and lists them in its table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { gemeldeteZahlen } from '../../src/core/model/reported-counts.ts';
import { atlas } from '../../src/build/site-data.ts';

describe('roll-out chart on / (static HTML)', () => {
  const html = () => readFileSync(join(inject('distDir'), 'index.html'), 'utf8');

  it('is titled 2012–2018 and headed "Ausbau 2012 bis 2018"', () => {
    expect(html()).toContain('>Kommunale Integrationszentren in NRW, 2012–2018</text>');
    expect(html()).toMatch(/<h2 id="ausbau-ueberschrift"[^>]*>Ausbau 2012 bis 2018<\/h2>/);
  });

  it('draws every reported count in the wide and the narrow drawing, and lists it in the table', () => {
    const zahlen = gemeldeteZahlen(atlas.chronik);
    expect(zahlen.map((z) => z.anzahl)).toEqual([16, 29, 47, 49, 50, 51, 52, 53, 54]);
    const diamonds = [...html().matchAll(/<path d="M[^"]+" data-count="(\d+)" data-date="([\d-]+)"/g)].map(
      (m) => `${m[2]}:${m[1]}`,
    );
    const expected = zahlen.map((z) => `${z.datum}:${z.anzahl}`);
    expect(diamonds).toEqual([...expected, ...expected]);
    const table = html().slice(html().indexOf('<table data-reported-table'));
    const rows = [...table.slice(0, table.indexOf('</table>')).matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>/g)];
    expect(rows.map((m) => m[1])).toEqual([
      '21.02.2013',
      '12.06.2013',
      '02.12.2013',
      '10.04.2015',
      '12.02.2016',
      '28.06.2016',
      '29.06.2016',
      '05.10.2017',
      '06.09.2018',
    ]);
  });
});
