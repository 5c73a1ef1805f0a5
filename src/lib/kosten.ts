/**
 * Everything /kosten/ and the district pages show about money, assembled from the atlas data:
 * chart inputs, table rows, descriptions, the Kleve formula and the assumptions. Pure; the
 * .astro components only render what this returns.
 */
import type { AtlasData, Foerdertyp, Kreis, Zentrum } from './types.ts';
import { seriesColors } from './theme.ts';
import { formatDate, formatEuro, formatEuroCent, formatEuroShort, formatNumber, formatPartialDate } from './format.ts';
import { componentOrder, komponenteInfo, ministeriumOf, type Ministerium } from './funding-rules.ts';
import {
  jahresbetraegeAm,
  landJahre,
  mergeKomponenten,
  modelContext,
  sum,
  zentrumJahr,
  type KomponenteJahr,
  type LandJahr,
  type ModelContext,
} from './funding.ts';
import {
  abgleich,
  entgangeneMittel,
  erstesVollesJahr,
  haeufigstesStartjahr,
  jeEinwohner,
  type Abgleich,
  type EntgangeneMittel,
  type KreisJeEinwohner,
  type Bezugsjahr,
} from './funding-views.ts';
import { annahmen, endedKomponenten, type Annahme } from './funding-assumptions.ts';
import { formatMonth } from './prorata.ts';
import { describeBars, describeRanking, describeStacked, describeWaterfall } from './chart-text.ts';
import type { StackedCategory, StackedSeries } from './charts/stacked.ts';
import type { WaterfallStep } from './charts/waterfall.ts';
import type { RankingRow } from './charts/ranking.ts';
import type { BarGroup } from './charts/bar.ts';
import type { LandesmittelJahr } from './landesmittel-tile.ts';

/** The figures' label: what they are (never mixed). */
export const MODELL_LABEL = 'Modellrechnung nach Förderrichtlinie (Höchstbetrag)';
export const GEMELDET_LABEL = 'gemeldet';

/** First year of the statewide series. */
export const ERSTES_JAHR = 2013;

export type AtlasInput = Pick<AtlasData, 'kreise' | 'zentren' | 'foerderung' | 'landesmittel' | 'stand' | 'gebaut'>;

/** Returns the chart series (components in stacking order) for the components that occur. */
export function komponentenSeries(years: readonly { komponenten: readonly KomponenteJahr[] }[]): StackedSeries[] {
  const keys = [
    ...new Set(
      years.flatMap((y) => y.komponenten.filter((k) => k.cent > 0 || k.hoechstCent > 0).map((k) => k.komponente)),
    ),
  ];
  keys.sort((a, b) => componentOrder(a) - componentOrder(b));
  const ministry = new Map(years.flatMap((y) => y.komponenten.map((k) => [k.komponente, k.ministerium] as const)));
  return keys.map((key) => ({
    key,
    label: `${komponenteInfo(key).label}`,
    color: colorFor(key),
    group: ministry.get(key) ?? 'sonstige',
  }));
}

const componentColor: Record<string, number> = {
  pauschale: 0,
  zusatzstelle: 2,
  'pauschale-5-5': 4,
  kreisstelle: 5,
  sachkosten: 3,
  lehrerstelle: 1,
  fachkraftstelle: 0,
  verwaltungsassistenz: 4,
  sprachmittlerpool: 3,
};

/** Returns a component's fixed colour (Okabe–Ito; neighbours in the stack differ for colour-blind readers too). */
export function colorFor(key: string): string {
  return seriesColors[componentColor[key] ?? 6] ?? seriesColors[0];
}

/** Returns one stacked column per year: certain cents by component, the range on top, "*" for carried-forward years. */
export function yearCategories(
  years: readonly (LandJahr | { jahr: number; komponenten: KomponenteJahr[]; cent: number; hoechstCent: number })[],
  ended: readonly { komponente: string; jahr: number }[] = [],
): StackedCategory[] {
  return years.map((y) => ({
    key: String(y.jahr),
    label: String(y.jahr),
    values: Object.fromEntries(y.komponenten.map((k) => [k.komponente, k.cent])),
    range: y.hoechstCent - y.cent,
    marker: y.komponenten.some((k) => k.monateFortgeschrieben > 0) ? '*' : '',
    // KIs existed but no source gives any amount for their rules: a gap, not a zero.
    unknown: y.hoechstCent === 0 && y.komponenten.some((k) => k.monateOhneBetrag > 0),
    unknownSeries: [
      ...y.komponenten.filter((k) => k.cent === 0 && k.monateOhneBetrag > 0).map((k) => k.komponente),
      ...ended
        .filter((e) => y.jahr > e.jahr && !y.komponenten.some((k) => k.komponente === e.komponente))
        .map((e) => e.komponente),
    ],
  }));
}

/** One table row of the statewide series. */
export interface JahrZeile {
  jahr: number;
  komponenten: { key: string; cent: number; text: string }[];
  cent: number;
  hoechstCent: number;
  hinweise: string[];
}

/** Returns table rows with the same numbers the chart draws, and notes per year. */
export function jahrZeilen(
  years: readonly LandJahr[],
  series: readonly StackedSeries[],
  ended: readonly { komponente: string; label: string; jahr: number }[] = [],
): JahrZeile[] {
  return years.map((y) => {
    const hinweise: string[] = [];
    if (y.offeneZentren.length > 0) hinweise.push(`Spanne: ${y.offeneZentren.length} KI mit unbekanntem Startmonat`);
    if (y.komponenten.some((k) => k.monateFortgeschrieben > 0)) hinweise.push('fortgeschrieben (Annahme)');
    const ohne = y.komponenten.filter((k) => k.monateOhneBetrag > 0).map((k) => k.label);
    if (ohne.length > 0) hinweise.push(`ohne belegten Betrag: ${ohne.join(', ')}`);
    const endedNow = ended.filter((e) => y.jahr > e.jahr);
    if (endedNow.length > 0) hinweise.push(`keine Regel mehr: ${endedNow.map((e) => e.label).join(', ')} (unbekannt)`);
    const endedKeys = new Set(endedNow.map((e) => e.komponente));
    return {
      jahr: y.jahr,
      komponenten: series.map((s) => {
        const k = y.komponenten.find((x) => x.komponente === s.key);
        return { key: s.key, cent: k?.cent ?? 0, text: komponenteZelle(k, endedKeys.has(s.key)) };
      }),
      cent: y.cent,
      hoechstCent: y.hoechstCent,
      hinweise,
    };
  });
}

/**
 * Returns a table cell for one component in one year: the amount in euros; "unbekannt" where the
 * posts existed but no source gives their amount, or where the component's rules ended before this
 * year (no source says what followed); "… + unbekannt" where only some months have an amount.
 */
export function komponenteZelle(
  k: Pick<KomponenteJahr, 'cent' | 'monateOhneBetrag'> | undefined,
  nachRegelende: boolean,
): string {
  if (!k) return nachRegelende ? 'unbekannt' : formatEuro(0);
  if (k.monateOhneBetrag === 0) return formatEuro(k.cent);
  return k.cent === 0 ? 'unbekannt' : `${formatEuro(k.cent)} + unbekannt`;
}

/** Returns the components whose last rule ends in a given year, with their labels. */
export function endedBefore(
  regeln: Parameters<typeof endedKomponenten>[0],
): { komponente: string; label: string; jahr: number }[] {
  return endedKomponenten(regeln).map((e) => ({
    komponente: e.komponente,
    label: komponenteInfo(e.komponente).label,
    jahr: Number(e.bis.slice(0, 4)),
  }));
}

/** Returns the paying ministry of a component, as its first rule names it. */
export function ministeriumOfKomponente(
  regeln: Parameters<typeof endedKomponenten>[0],
  komponente: string,
): Ministerium {
  const regel = regeln.find((r) => r.komponente === komponente);
  return regel ? ministeriumOf(regel.geldgeber) : 'sonstige';
}

/** Returns the years from the first statewide year to the build year. */
export function jahreBis(atlas: Pick<AtlasInput, 'gebaut' | 'stand'>): [number, number] {
  return [ERSTES_JAHR, Number((atlas.gebaut || atlas.stand).slice(0, 4))];
}

/** Returns one year's statewide Integrationsministerium share (no teacher posts), as the home tile shows it. */
export function landesmittelJahr(land: LandJahr): LandesmittelJahr {
  const im = land.komponenten.filter((k) => k.ministerium === 'Integrationsministerium');
  const hoechstCent = sum(im.map((k) => k.hoechstCent));
  const ohneBetrag = im.filter((k) => k.monateOhneBetrag > 0).map((k) => k.label);
  // KIs existed but no rule of theirs gives an amount: unknown, not zero.
  const unbekannt = hoechstCent === 0 && ohneBetrag.length > 0;
  return {
    jahr: land.jahr,
    cent: unbekannt ? null : sum(im.map((k) => k.cent)),
    hoechstCent: unbekannt ? null : hoechstCent,
    fortgeschrieben: im.some((k) => k.monateFortgeschrieben > 0),
    ohneBetrag,
  };
}

/** Returns the home tile's lookup: the statewide Integrationsministerium share for every year of the model. */
export function landesmittelJahre(
  atlas: Pick<AtlasInput, 'zentren' | 'foerderung' | 'gebaut' | 'stand'>,
): LandesmittelJahr[] {
  const [von, bis] = jahreBis(atlas);
  return landJahre(atlas.zentren, von, bis, modelContext(atlas.foerderung)).map(landesmittelJahr);
}

/** The rate breakdown of one KI type at the newest rule date of a year (the 2017 example). */
export interface Beispiel {
  foerdertyp: Foerdertyp;
  tag: string;
  steps: WaterfallStep[];
  /** Id of the source of the newest rule (quellen.csv), e.g. the ministry's press release. */
  quelle: string;
  /** Sum of the components that source is cited for (the motion's figures). */
  quelleCent: number;
  gesamtCent: number;
  stellen: number;
  zeilen: { label: string; ministerium: Ministerium; stellen: number | null; cent: number | null; ab: string }[];
}

/** Returns a KI type's annual amounts at the newest rule date of `jahr`: that date's components first, then the rest. */
export function beispiel(atlas: AtlasInput, foerdertyp: Foerdertyp, jahr: number): Beispiel | null {
  const days = atlas.foerderung
    .filter((r) => r.gueltigAb && r.betragCent !== null && r.gueltigAb.earliest.startsWith(`${jahr}-`))
    .map((r) => r.gueltigAb!.earliest)
    .sort();
  const tag = days[days.length - 1];
  if (!tag) return null;
  const betraege = jahresbetraegeAm(atlas.foerderung, foerdertyp, tag);
  // The source of that day's rule (e.g. the ministry's press release) and every component it is cited for.
  const quelle = atlas.foerderung.find((r) => r.gueltigAb?.earliest === tag && r.betragCent !== null)?.quelle[0] ?? '';
  const ausQuelle = betraege.filter((b) => b.cent !== null && b.regel.quelle.includes(quelle));
  const rest = betraege.filter((b) => b.cent !== null && !b.regel.quelle.includes(quelle));
  const step = (b: (typeof betraege)[number]): WaterfallStep => ({
    key: b.regel.id,
    label:
      b.stellen !== null && b.regel.einheit === 'je Stelle'
        ? `${b.label} (${formatNumber(b.stellen)} × ${formatEuroShort(b.regel.betragCent ?? 0)})`
        : b.label,
    value: b.cent ?? 0,
    kind: 'add',
    color: colorFor(b.komponente),
  });
  const quelleCent = sum(ausQuelle.map((b) => b.cent ?? 0));
  const gesamtCent = sum(betraege.map((b) => b.cent ?? 0));
  const steps: WaterfallStep[] = [
    ...ausQuelle.map(step),
    {
      key: 'summe-quelle',
      label: `Summe laut Quelle vom ${formatDate(tag)}`,
      value: quelleCent,
      kind: 'total',
      color: '#4f5863',
    },
    ...rest.map(step),
    ...(rest.length > 0
      ? [{ key: 'summe', label: 'Höchstbetrag', value: gesamtCent, kind: 'total' as const, color: '#1b1f24' }]
      : []),
  ];
  return {
    foerdertyp,
    tag,
    quelle,
    steps,
    quelleCent,
    gesamtCent,
    stellen: sum(betraege.map((b) => b.stellen ?? 0)),
    zeilen: betraege.map((b) => ({
      label: b.label,
      ministerium: b.ministerium,
      stellen: b.stellen,
      cent: b.cent,
      ab: formatPartialDate(b.regel.gueltigAb!),
    })),
  };
}

/** The Kleve box. */
export interface KleveBox {
  zentrum: Zentrum;
  kreis: Kreis | undefined;
  bezug: Bezugsjahr;
  schaetzung: EntgangeneMittel;
  formel: string[];
  lehrerFormel: string[];
}

/** Returns the estimate for the district `kreisAgs` (Kleve: 05154) from the most common start year to its start. */
export function kleveBox(atlas: AtlasInput, ctx: ModelContext, kreisAgs = '05154'): KleveBox | null {
  const zentrum = atlas.zentren.find((z) => z.kreisAgs === kreisAgs);
  const bezug = haeufigstesStartjahr(atlas.zentren.filter((z) => z !== zentrum));
  if (!zentrum || !bezug) return null;
  const schaetzung = entgangeneMittel(zentrum, bezug.jahr, ctx);
  if (!schaetzung) return null;
  const line = (a: EntgangeneMittel['abschnitte'][number]) => {
    const parts = a.posten.map((p) =>
      p.jahresCent === null ? `${p.label} (Betrag unbekannt)` : formatEuro(p.jahresCent),
    );
    const span = a.von === a.bis ? formatMonth(a.von) : `${formatMonth(a.von)}–${formatMonth(a.bis)}`;
    // Only unknown amounts: the result is unknown, not 0 €.
    const result =
      a.posten.length > 0 && a.posten.every((p) => p.jahresCent === null)
        ? 'unbekannt (nicht 0 €)'
        : formatEuroCent(a.cent);
    return `${span}: ${a.monate} Monate × (${parts.join(' + ')}) ÷ 12 = ${result}`;
  };
  return {
    zentrum,
    kreis: atlas.kreise.find((k) => k.ags === kreisAgs),
    bezug,
    schaetzung,
    formel: schaetzung.abschnitte.map(line),
    lehrerFormel: schaetzung.lehrerAbschnitte.map(line),
  };
}

/** Returns ranking rows (€ je Einwohner) for every district; `highlight` marks one AGS. */
export function rankingRows(rows: readonly KreisJeEinwohner[], highlight?: string): RankingRow[] {
  return rows.map((r) => ({
    key: r.kreis.ags,
    label: r.kreis.name,
    value: r.centJeEinwohner,
    color: seriesColors[0],
    highlight: r.kreis.ags === highlight,
  }));
}

/** Returns "1,07 €" from (fractional) cents per inhabitant. */
export function formatJeEinwohner(cent: number): string {
  return formatEuroCent(Math.round(cent));
}

/** Returns grouped bars for the comparison with reported figures. */
export function abgleichGroups(rows: readonly Abgleich[]): BarGroup[] {
  return rows.map((r) => ({
    key: String(r.gemeldet.jahr),
    label: String(r.gemeldet.jahr),
    bars: [
      { key: 'sicher', label: 'Modell: KI mit belegtem Start', value: r.modellCent, color: seriesColors[0] },
      { key: 'hoechst', label: 'Modell: höchstens', value: r.modellHoechstCent, color: seriesColors[4] },
      { key: 'voll', label: 'Modell: alle bestehenden KI ganzjährig', value: r.vollausbauCent, color: seriesColors[2] },
      { key: 'gemeldet', label: 'gemeldet', value: r.gemeldet.betragCent, color: seriesColors[1] },
    ],
  }));
}

/** Returns possible reasons for a difference between a reported figure and the model, by its direction. */
export function gruende(row: Abgleich): string[] {
  if (row.lage === 'darueber') {
    return [
      'Die Meldung kann mehr enthalten als die Personalpauschalen (z. B. Koordinierungsstelle, Aufbau- oder Sachkosten).',
      'Die Meldung kann ein geplanter Betrag für den Vollausbau sein, nicht die Ausgabe des Jahres.',
      'Rundung in der Meldung.',
    ];
  }
  if (row.lage === 'darunter') {
    return [
      'Nicht jedes KI rief alle „bis zu“-Mittel ab (Zusatzstellen, Sachkosten).',
      'Offene Stellen und Aufbau im Jahresverlauf.',
      'Rundung in der Meldung („rund“).',
    ];
  }
  return [
    'Die Meldung liegt innerhalb der Spanne des Modells; Rest-Unterschiede erklären Rundung, offene Stellen oder nicht abgerufene Zusatzmittel.',
  ];
}

/** Everything /kosten/ shows. */
export interface KostenSeite {
  jahre: [number, number];
  land: LandJahr[];
  series: StackedSeries[];
  categories: StackedCategory[];
  zeilen: JahrZeile[];
  ministerienSeries: StackedSeries[];
  ministerienCategories: StackedCategory[];
  beschreibung: string;
  ministerienBeschreibung: string;
  beispielKreis: Beispiel | null;
  beispielStadt: Beispiel | null;
  beispielBeschreibung: string;
  rankingJahr: number;
  ranking: KreisJeEinwohner[];
  rankingRows: RankingRow[];
  rankingBeschreibung: string;
  kleve: KleveBox | null;
  abgleich: Abgleich[];
  abgleichGroups: BarGroup[];
  abgleichBeschreibung: string;
  annahmen: Annahme[];
  /** Chart notes for components that end (e.g. teacher posts after 2019): missing there means unknown. */
  endNotes: string[];
}

/** Returns the /kosten/ page model from the atlas data. */
export function kostenSeite(atlas: AtlasInput): KostenSeite {
  const ctx = modelContext(atlas.foerderung);
  const jahre = jahreBis(atlas);
  const land = landJahre(atlas.zentren, jahre[0], jahre[1], ctx);
  const series = komponentenSeries(land);
  const categories = yearCategories(land);
  const ministerien = ministerienYears(land);
  const ministerienSeries = komponentenSeriesMinisterium(ministerien);
  const ended = endedBefore(atlas.foerderung);
  const ministerienCategories = yearCategories(
    ministerien,
    ended.map((e) => ({ ...e, komponente: ministeriumOfKomponente(atlas.foerderung, e.komponente) })),
  );
  const beispielKreis = beispiel(atlas, 'Kreis', 2017);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx);
  const rows = rankingRows(ranking, '05154');
  const vergleich = abgleich(atlas.landesmittel, atlas.zentren, ctx);
  const groups = abgleichGroups(vergleich);
  return {
    jahre,
    land,
    series,
    categories,
    zeilen: jahrZeilen(land, series, ended),
    ministerienSeries,
    ministerienCategories,
    beschreibung: describeStacked('Landesmittel für die KI je Jahr, nach Bestandteil', series, categories, formatEuro),
    ministerienBeschreibung: describeStacked(
      'Landesmittel für die KI je Jahr, nach Geldgeber',
      ministerienSeries,
      ministerienCategories,
      formatEuro,
    ),
    beispielKreis,
    beispielStadt: beispiel(atlas, 'kreisfreie Stadt', 2017),
    beispielBeschreibung: beispielKreis
      ? describeWaterfall(`Ein Kreis-KI im Jahr 2017`, beispielKreis.steps, formatEuro)
      : '',
    rankingJahr,
    ranking,
    rankingRows: rows,
    rankingBeschreibung: describeRanking(`Landesmittel je Einwohner ${rankingJahr}`, rows, formatJeEinwohner),
    kleve: kleveBox(atlas, ctx),
    abgleich: vergleich,
    abgleichGroups: groups,
    abgleichBeschreibung: describeBars('Modell und gemeldete Landesmittel', groups, formatEuro),
    annahmen: annahmen(atlas.foerderung, atlas.zentren, atlas.kreise, jahre),
    endNotes: endNotes(atlas, jahre[1]),
  };
}

/** Returns the statewide years regrouped by paying ministry (components of one ministry added up). */
export function ministerienYears(
  land: readonly LandJahr[],
): { jahr: number; komponenten: KomponenteJahr[]; cent: number; hoechstCent: number }[] {
  return land.map((y) => {
    const groups = new Map<string, KomponenteJahr>();
    for (const k of y.komponenten) {
      const current = groups.get(k.ministerium);
      if (!current) {
        groups.set(k.ministerium, { ...k, komponente: k.ministerium, label: k.ministerium, regelIds: [...k.regelIds] });
        continue;
      }
      current.cent += k.cent;
      current.hoechstCent += k.hoechstCent;
      current.monate = Math.max(current.monate, k.monate);
      current.monateFortgeschrieben += k.monateFortgeschrieben;
      current.monateOhneBetrag = Math.min(current.monateOhneBetrag, k.monateOhneBetrag);
    }
    return { jahr: y.jahr, komponenten: [...groups.values()], cent: y.cent, hoechstCent: y.hoechstCent };
  });
}

function komponentenSeriesMinisterium(years: readonly { komponenten: readonly KomponenteJahr[] }[]): StackedSeries[] {
  const order: string[] = ['Integrationsministerium', 'Schulministerium', 'sonstige'];
  const keys = [
    ...new Set(
      years.flatMap((y) => y.komponenten.filter((k) => k.cent > 0 || k.hoechstCent > 0).map((k) => k.komponente)),
    ),
  ];
  keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const colors: Record<string, string> = {
    Integrationsministerium: seriesColors[0],
    Schulministerium: seriesColors[1],
    sonstige: seriesColors[3],
  };
  return keys.map((key) => ({
    key,
    label: key === 'sonstige' ? 'sonstige Geldgeber' : key,
    color: colors[key] ?? seriesColors[3],
  }));
}

/** A district's own money view (KreisKosten). */
export interface KreisKostenModel {
  kreis: Kreis;
  zentren: Zentrum[];
  years: { jahr: number; komponenten: KomponenteJahr[]; cent: number; hoechstCent: number; flags: string[] }[];
  series: StackedSeries[];
  categories: StackedCategory[];
  beschreibung: string;
  rang: { platz: number; von: number; jahr: number; centJeEinwohner: number | null } | null;
  endNotes: string[];
  /** Components whose last rule ends in `jahr`: later years are unknown for them, not zero. */
  ended: { komponente: string; label: string; jahr: number }[];
}

/** Returns a district's years (all its KIs added up), the chart input and its per-inhabitant rank. */
export function kreisKosten(atlas: AtlasInput, kreisAgs: string): KreisKostenModel | null {
  const kreis = atlas.kreise.find((k) => k.ags === kreisAgs);
  if (!kreis) return null;
  const ctx = modelContext(atlas.foerderung);
  const jahre = jahreBis(atlas);
  const zentren = atlas.zentren.filter((z) => z.kreisAgs === kreisAgs);
  const years = [];
  for (let jahr = jahre[0]; jahr <= jahre[1]; jahr++) {
    const parts = zentren.map((z) => zentrumJahr(z, jahr, ctx));
    const komponenten = mergeKomponenten(parts.flatMap((p) => p.komponenten));
    const flags = parts
      .filter((p) => p.flag)
      .map((p) => (p.flag === 'start-jahr' ? 'Startmonat unbekannt (nur Jahr)' : 'Startdatum unbekannt'));
    years.push({
      jahr,
      komponenten,
      cent: sum(parts.map((p) => p.cent)),
      hoechstCent: sum(parts.map((p) => p.hoechstCent)),
      flags,
    });
  }
  const series = komponentenSeries(years);
  const categories = yearCategories(years);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx).filter((r) => r.centJeEinwohner !== null);
  const index = ranking.findIndex((r) => r.kreis.ags === kreisAgs);
  return {
    kreis,
    zentren,
    years,
    series,
    categories,
    beschreibung: describeStacked(`Landesmittel für ${kreis.name} je Jahr`, series, categories, formatEuro),
    rang:
      index === -1
        ? null
        : {
            platz: index + 1,
            von: ranking.length,
            jahr: rankingJahr,
            centJeEinwohner: ranking[index]?.centJeEinwohner ?? null,
          },
    endNotes: endNotes(atlas, jahre[1]),
    ended: endedBefore(atlas.foerderung),
  };
}

/** Returns chart notes for components whose last rule ends before `bisJahr` (missing there = unknown). */
export function endNotes(atlas: Pick<AtlasInput, 'foerderung'>, bisJahr: number): string[] {
  return endedKomponenten(atlas.foerderung)
    .filter((e) => Number(e.bis.slice(0, 4)) < bisJahr)
    .map(
      (e) =>
        `Ab ${Number(e.bis.slice(0, 4)) + 1} ohne „${komponenteInfo(e.komponente).label}“: keine Regel in den Quellen (unbekannt, nicht null)`,
    );
}
