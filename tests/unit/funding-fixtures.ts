/** Small, hand-made FoerderRegel/Zentrum/Kreis objects for the funding tests (shaped like data/*.csv rows). */
import type { FoerderRegel, Foerdertyp, GiltFuer, Kreis, PartialDate, Zentrum } from '../../src/lib/types.ts';

/** Returns a PartialDate from "2013", "2013-07" or "2013-07-01". */
export function pd(value: string): PartialDate {
  const [y, m, d] = value.split('-');
  if (d) return { value, precision: 'tag', earliest: value, latest: value };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { value, precision: 'monat', earliest: `${y}-${m}-01`, latest: `${y}-${m}-${String(last).padStart(2, '0')}` };
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
    id, komponente, bezeichnung: id, giltFuer, stellen, einheit, geldgeber, quellentyp: 'primär', quelle, anmerkung: '',
    gueltigAb: gueltigAb ? pd(gueltigAb) : null,
    gueltigBis: gueltigBis ? pd(gueltigBis) : null,
    betragCent: betragEur === null ? null : Math.round(betragEur * 100),
    line: ++line,
  };
}

/** The rules as data/foerderung.csv states them (subset relevant to the model). */
export function regelnWieDaten(): FoerderRegel[] {
  return [
    regel('richtlinie-2012', 'rechtsgrundlage', '2012-06-25', '2018-03-26', 'alle', null, null, 'je KI', 'MAIS + MSW'),
    regel('pauschale-2012', 'pauschale', '2012-06-25', null, 'alle', 170_000, 3.5, 'je KI'),
    regel('lehrer-2012', 'lehrerstelle', '2012-06-25', null, 'alle', null, 2, 'je Stelle', 'MSW'),
    regel('zusatz-kreis-2017', 'zusatzstelle', '2017-01-01', null, 'Kreis', 50_000, 3, 'je Stelle'),
    regel('zusatz-stadt-2017', 'zusatzstelle', '2017-01-01', null, 'kreisfreie Stadt', 50_000, 2, 'je Stelle'),
    regel('sachkosten-2017', 'sachkosten', '2017-01-01', null, 'alle', 50_000, null, 'je KI'),
    regel('pauschale-5-5-2017', 'pauschale-5-5', '2017-10-05', null, 'alle', 270_000, 5.5, 'je KI', 'MKFFI', ['pm']),
    regel('kreisstelle-2017', 'kreisstelle', '2017-10-05', null, 'Kreis', 50_000, 1, 'je Stelle', 'MKFFI', ['pm']),
    regel('lehrer-kreis-2017', 'lehrerstelle', '2017-10-05', null, 'Kreis', 65_000, 3.5, 'je Stelle', 'MSB', ['pm']),
    regel('lehrer-stadt-2017', 'lehrerstelle', '2017-10-05', null, 'kreisfreie Stadt', 65_000, 3, 'je Stelle', 'MSB', ['pm']),
    regel('richtlinie-2018', 'rechtsgrundlage', '2018-03-27', '2023-03-09', 'alle', null, null, 'je KI', 'MKFFI + MSB'),
    regel('fachkraft', 'fachkraftstelle', null, null, 'Kreis', 57_000, 6, 'je Stelle', 'MKJFGFI'),
  ];
}

/** Returns a KI; start and spaetestens as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (null = unknown). */
export function zentrum(id: string, foerdertyp: Foerdertyp, start: string | null, spaetestens: string | null = null, kreisAgs = id): Zentrum {
  return {
    id, ags: kreisAgs, kreisAgs, traeger: id, foerdertyp, start: start ? pd(start) : null, startBedeutung: '',
    spaetestens: spaetestens ? pd(spaetestens) : null, fachstellen: null, lehrerstellen: null, quelle: ['q'], anmerkung: '', line: ++line,
  };
}

/** Returns a district row. */
export function kreis(ags: string, name: string, art: Kreis['art'], einwohner: number | null, stand = '2023-12-31'): Kreis {
  return {
    ags, name, slug: name.toLowerCase().replace(/\s+/g, '-'), art, regierungsbezirk: 'Düsseldorf', einwohner,
    einwohnerStand: einwohner === null ? null : stand, flaecheKm2: null, quelle: ['q'], anmerkung: '', line: ++line,
  };
}
