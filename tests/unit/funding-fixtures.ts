/** Small, hand-made FoerderRegel/Zentrum/Kreis objects for the funding tests (shaped like data/*.csv rows). */
import type {
  FoerderRegel,
  Foerdertyp,
  GiltFuer,
  Kreis,
  Landesmittel,
  PartialDate,
  Zentrum,
} from '../../src/core/model/types.ts';
import type { AtlasInput } from '../../src/core/views/kosten/reihen.ts';

/** Returns a PartialDate from "2013", "2013-07" or "2013-07-01". */
export function pd(value: string): PartialDate {
  const [y, m, d] = value.split('-');
  if (d) return { value, precision: 'tag', earliest: value, latest: value };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return {
      value,
      precision: 'monat',
      earliest: `${y}-${m}-01`,
      latest: `${y}-${m}-${String(last).padStart(2, '0')}`,
    };
  }
  return { value, precision: 'jahr', earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

let line = 1;

/** Returns a funding rule; betrag in whole euros. */
export function regel(
  id: string,
  komponente: string,
  gueltigAb: string | null,
  gueltigBis: string | null,
  giltFuer: GiltFuer,
  betragEur: number | null,
  stellen: number | null,
  einheit: FoerderRegel['einheit'],
  geldgeber = 'MAIS',
  quelle = ['q'],
): FoerderRegel {
  return {
    id,
    komponente,
    bezeichnung: id,
    giltFuer,
    stellen,
    einheit,
    geldgeber,
    quellentyp: 'primär',
    quelle,
    anmerkung: '',
    gueltigAb: gueltigAb ? pd(gueltigAb) : null,
    gueltigBis: gueltigBis ? pd(gueltigBis) : null,
    betragCent: betragEur === null ? null : Math.round(betragEur * 100),
    line: ++line,
  };
}

/** The rules as data/foerderung.csv states them (same ids, dates, amounts and sources). */
export function regelnWieDaten(): FoerderRegel[] {
  const pm = ['mkffi-pm-2017-10-05', 'antrag-spd-kleve-2017-10-10', 'sgk-2016-ausbau-ki'];
  return [
    regel('pauschale-2012', 'pauschale', '2012-06-25', null, 'alle', 170_000, 3.5, 'je KI', 'MAIS', [
      'wuppertal-pm-2013-01-28',
    ]),
    regel('lehrerstelle-2012', 'lehrerstelle', '2012-06-25', '2016', 'alle', null, 2, 'je Stelle', 'MSW'),
    regel('lehrerstelle-2017-kreis', 'lehrerstelle', '2017', '2019', 'Kreis', 65_000, 3.5, 'je Stelle', 'MSW/MSB', [
      'sgk-2016-ausbau-ki',
      'mkffi-pm-2017-10-05',
    ]),
    regel(
      'lehrerstelle-2017-stadt',
      'lehrerstelle',
      '2017',
      '2019',
      'kreisfreie Stadt',
      65_000,
      3,
      'je Stelle',
      'MSW/MSB',
      ['sgk-2016-ausbau-ki', 'mkffi-pm-2017-10-05'],
    ),
    regel('zusatzstelle-2017-kreis', 'zusatzstelle', '2017', null, 'Kreis', 50_000, 3, 'je Stelle', 'MAIS/MKFFI', [
      'sgk-2016-ausbau-ki',
    ]),
    regel(
      'zusatzstelle-2017-stadt',
      'zusatzstelle',
      '2017',
      null,
      'kreisfreie Stadt',
      50_000,
      2,
      'je Stelle',
      'MAIS/MKFFI',
      ['sgk-2016-ausbau-ki'],
    ),
    regel('sachkosten-2017', 'sachkosten', '2017', null, 'alle', 50_000, null, 'je KI', 'MAIS/MKFFI', [
      'sgk-2016-ausbau-ki',
    ]),
    regel('pauschale-5-5-2017', 'pauschale-5-5', '2017-10-05', null, 'alle', 270_000, 5.5, 'je KI', 'MKFFI', pm),
    regel('kreisstelle-2017', 'kreisstelle', '2017-10-05', null, 'Kreis', 50_000, 1, 'je Stelle', 'MKFFI', pm),
    regel(
      'fachkraftstelle-tintg-kreis',
      'fachkraftstelle',
      null,
      null,
      'Kreis',
      57_000,
      6,
      'je Stelle',
      'MKJFGFI (Bewilligung: BR Arnsberg)',
    ),
    regel('komm-an-2016', 'komm-an', '2016', null, 'alle', null, null, 'je KI', 'MAIS/MKFFI'),
    regel(
      'rechtsgrundlage-2012',
      'rechtsgrundlage',
      '2012-06-25',
      '2018-03-26',
      'alle',
      null,
      null,
      'je KI',
      'MAIS + MSW',
    ),
    regel(
      'rechtsgrundlage-2018',
      'rechtsgrundlage',
      '2018-03-27',
      '2021-12-31',
      'alle',
      null,
      null,
      'je KI',
      'MKFFI + MSB',
    ),
  ];
}

/** Returns an AtlasInput for kosten.ts from rules, KIs and districts. */
export function atlasInput(
  foerderung: FoerderRegel[],
  zentren: Zentrum[],
  kreise: Kreis[] = [],
  landesmittel: Landesmittel[] = [],
): AtlasInput {
  return { foerderung, zentren, kreise, landesmittel, stand: '2026-11-25', gebaut: '2026-11-25' };
}

/** Returns a KI; start and spaetestens as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (null = unknown). */
export function zentrum(
  id: string,
  foerdertyp: Foerdertyp,
  start: string | null,
  spaetestens: string | null = null,
  kreisAgs = id,
): Zentrum {
  return {
    id,
    ags: kreisAgs,
    kreisAgs,
    traeger: id,
    foerdertyp,
    start: start ? pd(start) : null,
    startBedeutung: '',
    spaetestens: spaetestens ? pd(spaetestens) : null,
    fachstellen: null,
    lehrerstellen: null,
    quelle: ['q'],
    anmerkung: '',
    line: ++line,
  };
}

/** Returns a district row. */
export function kreis(
  ags: string,
  name: string,
  art: Kreis['art'],
  einwohner: number | null,
  stand = '2023-12-31',
): Kreis {
  return {
    ags,
    name,
    slug: name.toLowerCase().replace(/\s+/g, '-'),
    art,
    regierungsbezirk: 'Düsseldorf',
    einwohner,
    einwohnerStand: einwohner === null ? null : stand,
    flaecheKm2: null,
    quelle: ['q'],
    anmerkung: '',
    line: ++line,
  };
}
