/**
 * What the press images need, in one JSON-ready object: the map outlines, the districts' KI dates
 * (for the status at any Stichtag), each district's card and the cost charts as rows of amounts.
 * Built once at build time; the pre-built images and the press builder on /einbetten/ (which loads
 * it as JSON) draw from the same object with the same Core code.
 */
import { betrag, formatBetrag, legendeFuer, UNBEKANNT, type Basis, type Betrag } from '../model/betrag.ts';
import type { MapLayout } from '../charts/map.ts';
import type { PosterBars } from '../charts/poster-bars.ts';
import type { IsoDate, Kreis, Zentrum } from '../model/types.ts';
import type { ZentrumRef } from './summary.ts';
import { lueckeKreis } from './kosten/kleve.ts';
import { MODELL_LABEL, type AtlasInput } from './kosten/reihen.ts';
import type { KostenSeite } from './kosten/seite.ts';
import { seit } from './kreis-page.ts';

/** One cost chart as a press image: rows of amounts, title and the lines under it. */
export interface PosterChart {
  key: string;
  title: string;
  /** What the amounts are (unit, scope, model). */
  subtitle: string;
  bars: PosterBars;
  notes: string[];
}

/** One district's card: when its KI started, and the gap and its cost where there was one. */
export interface PosterCard {
  name: string;
  /** "KI seit dem 06.09.2018" */
  seit: string;
  /** Gap and cost, as short statements. */
  facts: string[];
  /** The district page's quotable sentence (lueckeKreis), for alt text and citation. */
  satz: string;
  basis: Basis | null;
  /** Year of the gap's reference (January of the most common start year); null without a gap model. */
  bezugJahr: number | null;
}

/** Everything the press images draw from. */
export interface PosterData {
  stand: IsoDate;
  gebaut: IsoDate;
  /** The site's address as shown in images, e.g. "ki-atlas-nrw.de". */
  address: string;
  publishers: string;
  licence: string;
  geoAttribution: string;
  kreise: Pick<Kreis, 'ags' | 'name'>[];
  zentren: ZentrumRef[];
  map: Pick<MapLayout, 'width' | 'height' | 'districts' | 'border'> & {
    /** Centre of each district in viewBox units (where its name goes when highlighted). */
    centers: Record<string, [number, number]>;
  };
  charts: PosterChart[];
  cards: Record<string, PosterCard>;
}

/** The words around the data that the build knows: address, publishers, licence, map attribution. */
export interface PosterMeta {
  address: string;
  publishers: string;
  licence: string;
  geoAttribution: string;
}

/** Returns a district's card from the same gap model as its page (lueckeKreis). */
export function posterCard(atlas: AtlasInput, kreis: Pick<Kreis, 'ags' | 'name'>): PosterCard {
  const eigene: Zentrum[] = atlas.zentren.filter((z) => z.kreisAgs === kreis.ags);
  const first = [...eigene].filter((z) => z.start).sort((a, b) => (a.start!.earliest < b.start!.earliest ? -1 : 1))[0];
  const seitText = first?.start
    ? `KI ${seit(first.start)}`
    : eigene.length > 0
      ? 'KI vorhanden; Start nicht belegt'
      : 'kein KI';
  const luecke = lueckeKreis(atlas, kreis.ags);
  if (!luecke) return { name: kreis.name, seit: seitText, facts: [], satz: '', basis: null, bezugJahr: null };
  const januar = `Januar ${luecke.bezug.jahr}`;
  if (luecke.art === 'keine') {
    return {
      name: kreis.name,
      seit: seitText,
      facts: [`Keine Lücke: KI spätestens ab ${januar}`],
      satz: luecke.satz,
      basis: null,
      bezugJahr: luecke.bezug.jahr,
    };
  }
  const { monateVon: von, monateBis: bis } = luecke;
  const monate = von === bis ? `${bis} ${bis === 1 ? 'Monat' : 'Monate'}` : `${von} bis ${bis} Monate`;
  const facts = [`${monate} ohne KI nach ${januar}`];
  if (luecke.betrag) {
    // Millions from one million on ("rund"), else whole euros as on the district page.
    const text = formatBetrag(
      luecke.betrag,
      luecke.betrag.basis !== 'unbekannt' && luecke.betrag.bisCent >= 1e8 ? 'mio' : 'euro',
    );
    facts.push(`Das Land hätte gezahlt: ${text.text}`);
  }
  return {
    name: kreis.name,
    seit: seitText,
    facts,
    satz: luecke.satz,
    basis: luecke.betrag?.basis ?? null,
    bezugJahr: luecke.bezug.jahr,
  };
}

/** Returns the statewide year chart as rows: Integrationsministerium, lowest to highest reading. */
function jahreChart(kosten: KostenSeite): PosterChart {
  const rows = kosten.zeilen.map((zeile) => {
    // From 2022 (TIntG) two readings, as on /kosten/: never one of them as the figure.
    const lesart = kosten.lesarten.get(zeile.jahr);
    const amount: Betrag = lesart
      ? betrag('fortgeschrieben', lesart.von, lesart.bis)
      : zeile.basis === 'unbekannt'
        ? UNBEKANNT
        : betrag(zeile.basis === 'belegt' ? 'belegt' : zeile.basis, zeile.cent, zeile.hoechstCent);
    return { label: String(zeile.jahr), betrag: amount };
  });
  const lesartenJahre = [...kosten.lesarten.keys()];
  return {
    key: 'kosten-jahre',
    title: 'Landesmittel für die Kommunalen Integrationszentren je Jahr',
    subtitle: `Integrationsministerium, ohne Lehrerstellen – ${MODELL_LABEL}`,
    bars: { kind: 'bars', rows, stil: 'mio' },
    notes: [
      ...legendeFuer(rows.map((row) => row.betrag.basis)),
      ...(lesartenJahre.length > 0
        ? [
            `Ab ${Math.min(...lesartenJahre)} zwei Lesarten: Regeln von 2017 fortgeschrieben oder Beträge nach dem TIntG; grau die Spanne dazwischen.`,
          ]
        : []),
    ],
  };
}

/** Returns the example of one Kreis-KI in 2017 as rows: each component, then the total. */
function beispielChart(kosten: KostenSeite): PosterChart | null {
  const b = kosten.beispielKreis;
  if (!b) return null;
  const rows: PosterBars['rows'][number][] = b.steps
    .filter((step) => step.kind === 'add')
    .map((step) => ({ label: step.label, betrag: betrag('modell', step.value) }));
  rows.push({ label: 'zusammen', betrag: betrag('modell', b.gesamtCent), highlight: true });
  return {
    key: 'kosten-beispiel',
    title: 'Was ein Kreis-KI im Jahr 2017 höchstens bekam',
    subtitle: `Euro je Jahr nach Förderrichtlinie – ${MODELL_LABEL}`,
    bars: { kind: 'bars', rows, stil: 'euro' },
    notes: legendeFuer(['modell']),
  };
}

/** Returns the poster data; `map` is the district map layout plus each district's centre. */
export function posterData(
  atlas: AtlasInput,
  kosten: KostenSeite,
  map: PosterData['map'],
  meta: PosterMeta,
): PosterData {
  const collator = new Intl.Collator('de-DE');
  const kreise = [...atlas.kreise]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((k) => ({ ags: k.ags, name: k.name }));
  return {
    stand: atlas.stand,
    gebaut: atlas.gebaut,
    ...meta,
    kreise,
    zentren: atlas.zentren.map((z) => ({
      kreisAgs: z.kreisAgs,
      start: z.start ? { earliest: z.start.earliest, latest: z.start.latest } : null,
      spaetestens: z.spaetestens ? { latest: z.spaetestens.latest } : null,
      fachstellen: z.fachstellen,
      lehrerstellen: z.lehrerstellen,
    })),
    map,
    charts: [jahreChart(kosten), beispielChart(kosten)].filter((c): c is PosterChart => c !== null),
    cards: Object.fromEntries(kreise.map((k) => [k.ags, posterCard(atlas, k)])),
  };
}
