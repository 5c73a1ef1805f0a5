import { describe, expect, it } from 'vitest';
import { citation, creditLine, dataPublishers, embedSnippet, exportFiles } from '../../src/core/views/press.ts';

describe('exportFiles(key)', () => {
  it('offers an SVG and three PNGs with their exact pixel sizes', () => {
    expect(exportFiles('karte-2017-10-10').map((f) => [f.path, f.kind, f.width, f.height])).toEqual([
      ['bilder/karte-2017-10-10.svg', 'svg', 1200, 900],
      ['bilder/karte-2017-10-10-1200x630.png', 'social', 1200, 630],
      ['bilder/karte-2017-10-10-1080x1080.png', 'square', 1080, 1080],
      ['bilder/karte-2017-10-10-druck-2400x1800.png', 'print', 2400, 1800],
    ]);
  });
});

describe('embedSnippet(options)', () => {
  it('writes the iframe with data-ki-nrw and the script line', () => {
    expect(
      embedSnippet({
        src: 'https://ki.example/embed/karte/',
        scriptSrc: 'https://ki.example/embed.js',
        id: 'karte',
        title: 'Karte: KI in NRW',
        height: 640,
      }),
    ).toBe(
      '<iframe src="https://ki.example/embed/karte/" data-ki-nrw="karte" title="Karte: KI in NRW" width="100%" height="640" style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://ki.example/embed.js" async></script>',
    );
  });

  it('escapes attribute values', () => {
    expect(
      embedSnippet({
        src: '/embed/karte/?stichtag=2017-10-10&theme=dark',
        scriptSrc: '/embed.js',
        id: 'k',
        title: '"Karte"',
        height: 1,
      }),
    ).toContain('src="/embed/karte/?stichtag=2017-10-10&amp;theme=dark" data-ki-nrw="k" title="&quot;Karte&quot;"');
  });
});

describe('dataPublishers(quellen, citedIds)', () => {
  const quellen = [
    { id: 'pm-2017', herausgeber: 'Ministerium für Kinder, Familie, Flüchtlinge und Integration NRW (MKFFI)' },
    { id: 'erlass', herausgeber: 'MKFFI NRW (recht.nrw.de)' },
    { id: 'pm-2013', herausgeber: 'Land NRW, MAIS' },
    { id: 'antrag', herausgeber: 'SPD-Kreistagsfraktion Kleve' },
    { id: 'kleve', herausgeber: 'Kreis Kleve' },
  ];

  it('names the ministry cited most often, whatever the spelling, even when a party motion is cited more', () => {
    expect(dataPublishers(quellen, ['antrag', 'antrag', 'antrag', 'pm-2017', 'erlass', 'pm-2013'])).toBe(
      'MKFFI NRW u. a.',
    );
  });

  it('breaks ties alphabetically', () => {
    expect(dataPublishers(quellen, ['pm-2013', 'pm-2017'])).toBe('MAIS NRW u. a.');
  });

  it('falls back to the most cited publisher and drops "u. a." when it is the only one', () => {
    expect(dataPublishers(quellen, ['kleve', 'antrag', 'kleve'])).toBe('Kreis Kleve u. a.');
    expect(dataPublishers(quellen, ['kleve'])).toBe('Kreis Kleve');
  });

  it('ignores unknown ids and says where to look when nothing is cited', () => {
    expect(dataPublishers(quellen, ['gibt-es-nicht'])).toBe('siehe Quellenverzeichnis');
  });
});

describe('citation(parts) and creditLine(parts)', () => {
  const parts = {
    url: 'https://ki.example/',
    stand: '2026-11-25',
    publishers: 'MKFFI NRW u. a.',
    licence: 'CC BY 4.0',
  };

  it('writes the citation with a German date', () => {
    expect(citation(parts)).toBe(
      'Quelle: KI-Atlas NRW (https://ki.example/), Daten: MKFFI NRW u. a., Lizenz: CC BY 4.0, Stand: 25.11.2026',
    );
  });

  it('adds the geometry attribution for maps', () => {
    expect(citation({ ...parts, geo: '© GeoBasis-DE / BKG (2016) (Daten verändert)' })).toBe(
      'Quelle: KI-Atlas NRW (https://ki.example/), Daten: MKFFI NRW u. a., Lizenz: CC BY 4.0, Stand: 25.11.2026, Karte: © GeoBasis-DE / BKG (2016) (Daten verändert)',
    );
    expect(creditLine(parts)).toBe(
      'Quelle: KI-Atlas NRW · Daten: MKFFI NRW u. a. · Stand: 25.11.2026 · Lizenz: CC BY 4.0',
    );
  });

  it('names the address of the citable data state when known', () => {
    expect(
      citation({
        ...parts,
        standUrl: 'https://ki.example/daten/stand/2026-11-25/',
        geo: '© GeoBasis-DE / BKG (2016) (Daten verändert), GeoNutzV',
      }),
    ).toBe(
      'Quelle: KI-Atlas NRW (https://ki.example/), Daten: MKFFI NRW u. a., Lizenz: CC BY 4.0, ' +
        'Stand: 25.11.2026 (Datenstand: https://ki.example/daten/stand/2026-11-25/), ' +
        'Karte: © GeoBasis-DE / BKG (2016) (Daten verändert), GeoNutzV',
    );
  });
});
