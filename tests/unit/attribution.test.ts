import { describe, expect, it } from 'vitest';
import {
  attributionLicence,
  attributionText,
  citationText,
  licences,
  siteAttributions,
} from '../../src/core/model/attribution.ts';

const source = (id: string, herausgeber: string, lizenz: string, url = `https://example.org/${id}`) => ({
  id,
  herausgeber,
  lizenz,
  url,
});

describe('attributionLicence(lizenz)', () => {
  it.each([
    ['dl-de/by-2-0', licences.dlDeBy2],
    ['Datenlizenz Deutschland – Namensnennung – Version 2.0', licences.dlDeBy2],
    ['CC BY 4.0', licences.ccBy4],
    ['GeoNutzV laut Paket; Quellenvermerk © GeoBasis-DE / BKG', licences.geoNutzV],
    ['Zitat (§ 51 UrhG), Fakten gemeinfrei', null],
    ['amtliches Werk (§ 5 UrhG), gemeinfrei', null],
  ])('reads „%s“', (lizenz, expected) => {
    expect(attributionLicence(lizenz)).toBe(expected);
  });
});

describe('attributionText(source, use)', () => {
  it('gives dl-de/by-2-0 its three parts: provider, licence with link, data set URI; and marks derived figures', () => {
    const quelle = source('it-nrw-bevoelkerung', 'IT.NRW', 'dl-de/by-2-0', 'https://www.it.nrw/statistik/12411');
    expect(attributionText(quelle, 'unveraendert')).toBe(
      'IT.NRW, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0), https://www.it.nrw/statistik/12411',
    );
    expect(attributionText(quelle, 'geaendert')).toBe(
      'IT.NRW, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0), https://www.it.nrw/statistik/12411, Daten geändert',
    );
    expect(attributionText(quelle, 'berechnet')).toBe(
      'IT.NRW, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0), https://www.it.nrw/statistik/12411, eigene Berechnung',
    );
  });

  it('uses Destatis’ own wording instead of the copy’s publisher line', () => {
    const quelle = source(
      'destatis-landkreise-deutschland-2018',
      'Statistisches Bundesamt (Destatis); aufbereitet von Alexander Wunschik',
      'CC BY 4.0',
      'https://github.com/mojoaxel/landkreise-deutschland',
    );
    expect(attributionText(quelle, 'berechnet')).toBe(
      '© Statistisches Bundesamt (Destatis), 2019, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), ' +
        'https://github.com/mojoaxel/landkreise-deutschland, eigene Berechnung',
    );
  });

  it('gives the BKG boundaries the GeoNutzV Quellenvermerk and the change note', () => {
    const quelle = source('bkg-vg250', 'Bundesamt für Kartographie und Geodäsie (BKG)', 'GeoNutzV laut Paket');
    expect(attributionText(quelle, 'geaendert')).toBe(
      '© GeoBasis-DE / BKG (2016), Daten verändert, Nutzung nach GeoNutzV (https://www.geodatenzentrum.de/docpdf/geonutzv.pdf)',
    );
  });

  it('asks nothing for quotes and official works, which are cited, not licensed', () => {
    expect(attributionText(source('x', 'Kreis Kleve', 'Zitat (§ 51 UrhG), Fakten gemeinfrei'), 'berechnet')).toBeNull();
  });
});

describe('citationText(input)', () => {
  it('names site, Datenstand, licence and the citable state, then the third-party parts', () => {
    expect(
      citationText({
        siteTitle: 'KI-Atlas NRW',
        stand: '2026-11-25',
        standText: '25.11.2026',
        standUrl: 'https://www.example.org/daten/stand/2026-11-25/',
        ownLicence: 'CC BY 4.0',
        attributions: ['© GeoBasis-DE / BKG (2016), Daten verändert'],
      }),
    ).toBe(
      'KI-Atlas NRW, Datenstand 25.11.2026, CC BY 4.0, https://www.example.org/daten/stand/2026-11-25/; © GeoBasis-DE / BKG (2016), Daten verändert',
    );
  });
});

describe('siteAttributions(quellen)', () => {
  it('lists only sources whose licence requires attribution, each for how the site uses it', () => {
    const quellen = [
      { ...source('kreis-kleve-pm', 'Kreis Kleve', 'Zitat (§ 51 UrhG)'), titel: 'Pressemitteilung' },
      {
        ...source(
          'destatis-landkreise-deutschland-2018',
          'Statistisches Bundesamt (Destatis); aufbereitet von Alexander Wunschik',
          'CC BY 4.0',
          'https://github.com/mojoaxel/landkreise-deutschland',
        ),
        titel: 'Kreise nach Fläche und Bevölkerung',
      },
      { ...source('bkg-vg250', 'BKG', 'GeoNutzV laut Paket'), titel: 'VG250' },
    ];
    expect(siteAttributions(quellen).map((a) => [a.id, a.text])).toEqual([
      [
        'destatis-landkreise-deutschland-2018',
        '© Statistisches Bundesamt (Destatis), 2019, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), ' +
          'https://github.com/mojoaxel/landkreise-deutschland, eigene Berechnung',
      ],
      [
        'bkg-vg250',
        '© GeoBasis-DE / BKG (2016), Daten verändert, Nutzung nach GeoNutzV (https://www.geodatenzentrum.de/docpdf/geonutzv.pdf)',
      ],
    ]);
  });
});
