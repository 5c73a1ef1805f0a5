/**
 * Everything /kosten/ and the district pages show about money, assembled from the atlas data:
 * chart inputs, table rows, descriptions, the Kleve formula and the assumptions. Pure; the
 * .astro components only render what this returns.
 */
import type { AtlasData, Foerdertyp, Kreis, Zentrum } from '../../model/types.ts';
import { seriesColors } from '../../charts/theme.ts';
import {
  formatDate,
  formatEuro,
  formatEuroCent,
  formatEuroShort,
  formatNumber,
  formatPartialDate,
} from '../../model/format.ts';
import { componentOrder, komponenteInfo, ministeriumOf, rulesOn, type Ministerium } from '../../foerderung/regeln.ts';
import {
  fortgeschriebenAm,
  jahresbetraegeAm,
  landJahre,
  mergeKomponenten,
  modelContext,
  SACHMITTEL,
  sum,
  zentrumJahr,
  type KomponenteJahr,
  type LandJahr,
  type ModelContext,
} from '../../foerderung/modell.ts';
import {
  abgleich,
  entgangeneMittel,
  erstesVollesJahr,
  haeufigstesStartjahr,
  jeEinwohner,
  medianStartMonat,
  type Abgleich,
  type EntgangeneMittel,
  type KreisJeEinwohner,
  type Bezugsjahr,
} from '../../foerderung/vergleiche.ts';
import { annahmen, endedKomponenten, type Annahme } from '../../foerderung/annahmen.ts';
import { activityWindow, formatMonth, lastDayOfMonth } from '../../foerderung/monate.ts';
import { describeBars, describeRanking, describeStacked, describeWaterfall } from '../../charts/descriptions.ts';
import type { StackedCategory, StackedSeries } from '../../charts/stacked.ts';
import type { WaterfallStep } from '../../charts/waterfall.ts';
import type { RankingRow } from '../../charts/ranking.ts';
import type { BarGroup } from '../../charts/bar.ts';
import type { LandesmittelJahr } from '../landesmittel-tile.ts';
import { PROGRAMME_START } from '../../model/status.ts';
import {
  betrag,
  formatBetrag,
  schwaecher,
  UNBEKANNT,
  type Basis,
  type Betrag,
  type BetragText,
} from '../../model/betrag.ts';
import { annualCent, isKiRegel, appliesTo, rulesInMonth } from '../../foerderung/regeln.ts';
import type { FoerderRegel } from '../../model/types.ts';

/** The figures' label: what they are (never mixed). */
export const MODELL_LABEL = 'Modellrechnung nach Förderrichtlinie (Höchstbetrag)';
export const GEMELDET_LABEL = 'gemeldet';

/** First year of the statewide series: the year of the Förderrichtlinie (25.06.2012), as the status model. */
export const ERSTES_JAHR = Number(PROGRAMME_START.slice(0, 4));

export type AtlasInput = Pick<AtlasData, 'kreise' | 'zentren' | 'foerderung' | 'landesmittel' | 'stand' | 'gebaut'>;

/** Returns how sure one component's year is: unknown (no amount at all), carried forward, or computed from sourced rules. */
export function komponenteBasis(
  k: Pick<KomponenteJahr, 'cent' | 'hoechstCent' | 'monateOhneBetrag' | 'monateFortgeschrieben'>,
): Basis {
  if (k.cent === 0 && k.hoechstCent === 0 && k.monateOhneBetrag > 0) return 'unbekannt';
  return k.monateFortgeschrieben > 0 ? 'fortgeschrieben' : 'modell';
}

/** Returns the basis of a year's total: the least sure of its known components (unknown ones are left out and listed). */
export function jahrBasis(komponenten: readonly KomponenteJahr[]): Basis {
  const known = komponenten.map(komponenteBasis).filter((b) => b !== 'unbekannt');
  if (known.length === 0) return komponenten.length > 0 ? 'unbekannt' : 'modell';
  return known.reduce(schwaecher, 'modell');
}

/** A year of components with its totals (statewide, per district or per KI). */
export interface Jahreswerte {
  jahr: number;
  komponenten: KomponenteJahr[];
  cent: number;
  hoechstCent: number;
}

/**
 * Returns only the Integrationsministerium's components of a year, totals recomputed. Teacher posts
 * (Schulministerium) are shown apart: their value is sourced only for 2017–2019, and a total that
 * includes them would seem to fall in 2020 although nothing was cut.
 */
export function nurIntegrationsministerium<T extends Jahreswerte>(y: T): T {
  const komponenten = y.komponenten.filter((k) => k.ministerium === 'Integrationsministerium');
  return {
    ...y,
    komponenten,
    cent: sum(komponenten.map((k) => k.cent)),
    hoechstCent: sum(komponenten.map((k) => k.hoechstCent)),
  };
}

/** The day the TIntG of 25.11.2021 came into force (data/foerderung.csv, row rechtsgrundlage-2022). */
export const TINTG_IN_KRAFT = '2022-01-01';

/** Returns the undated per-KI rules for a Foerdertyp (the TIntG-era amounts no source dates). */
export function undatierteRegeln(regeln: readonly FoerderRegel[], foerdertyp: Foerdertyp): FoerderRegel[] {
  return regeln.filter((r) => isKiRegel(r) && !r.gueltigAb && r.betragCent !== null && appliesTo(r, foerdertyp));
}

/**
 * Returns, for a year from the TIntG on, the range both readings allow for some KIs: the model (rules of
 * 2017 carried forward) and the undated TIntG amounts without and with material costs, each for the
 * months the KIs certainly existed. Null before the TIntG or without undated amounts.
 */
export function lesartenJahr(
  zentren: readonly Zentrum[],
  jahr: number,
  ctx: ModelContext,
  modellCent: number,
): { von: number; bis: number; tintgOhneCent: number; tintgMitCent: number } | null {
  if (jahr < Number(TINTG_IN_KRAFT.slice(0, 4))) return null;
  let ohne = 0;
  let mit = 0;
  for (const z of zentren) {
    const regeln = undatierteRegeln(ctx.regeln, z.foerdertyp);
    if (regeln.length === 0) return null;
    const monate = zentrumJahr(z, jahr, ctx).monateSicher;
    for (const r of regeln) {
      const annual = annualCent(r) ?? 0;
      const cent = Math.round((annual * monate) / 12);
      mit += cent;
      if (!SACHMITTEL.has(r.komponente)) ohne += cent;
    }
  }
  return { von: Math.min(modellCent, ohne), bis: Math.max(modellCent, mit), tintgOhneCent: ohne, tintgMitCent: mit };
}

/** Legend label of the two-readings range. */
export const LESARTEN_LABEL = 'zwei Lesarten ab 2022 (Regeln 2017 fortgeschrieben / TIntG-Beträge)';

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

/** Returns one stacked column per year: certain cents by component, the range on top, its basis, and two readings where they exist. */
export function yearCategories(
  years: readonly Jahreswerte[],
  ended: readonly { komponente: string; jahr: number }[] = [],
  lesarten: ReadonlyMap<number, { von: number; bis: number }> = new Map(),
): StackedCategory[] {
  return years.map((y) => ({
    key: String(y.jahr),
    label: String(y.jahr),
    values: Object.fromEntries(y.komponenten.map((k) => [k.komponente, k.cent])),
    range: y.hoechstCent - y.cent,
    basis: jahrBasis(y.komponenten),
    ...(lesarten.get(y.jahr) ? { lesarten: { ...lesarten.get(y.jahr)!, label: LESARTEN_LABEL } } : {}),
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
  /** How sure the year's total is. */
  basis: Basis;
  komponenten: { key: string; cent: number; text: BetragText }[];
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
      basis: jahrBasis(y.komponenten),
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
  k: Pick<KomponenteJahr, 'cent' | 'hoechstCent' | 'monateOhneBetrag' | 'monateFortgeschrieben'> | undefined,
  nachRegelende: boolean,
): BetragText {
  if (!k) return formatBetrag(nachRegelende ? UNBEKANNT : betrag('modell', 0));
  const basis = komponenteBasis(k);
  if (basis === 'unbekannt' || (k.monateOhneBetrag > 0 && k.cent === 0)) return formatBetrag(UNBEKANNT);
  const text = formatBetrag(betrag(basis, k.cent));
  if (k.monateOhneBetrag === 0) return text;
  return { ...text, zahl: `${text.zahl} + unbekannt`, text: `${text.zahl} + unbekannt${text.marker}` };
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
      // The release lists the components; the sum is ours (it gives no total and no city/Kreis split).
      label: `Summe der Bestandteile der PM vom ${formatDate(tag)} (eigene Rechnung)`,
      value: quelleCent,
      kind: 'total',
      color: '#4f5863',
    },
    ...rest.map(step),
    ...(rest.length > 0
      ? [
          {
            key: 'summe',
            label: 'Höchstbetrag (eigene Rechnung)',
            value: gesamtCent,
            kind: 'total' as const,
            color: '#1b1f24',
          },
        ]
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

/** One reading of the Kleve estimate: its assumption in words and what it gives. */
export interface KleveLesart {
  id: string;
  text: string;
  cent: number;
}

/** The Kleve box. */
export interface KleveBox {
  zentrum: Zentrum;
  kreis: Kreis | undefined;
  bezug: Bezugsjahr;
  schaetzung: EntgangeneMittel;
  formel: string[];
  lehrerFormel: string[];
  /** The readings from the highest to the lowest, each assumption on its own line. */
  lesarten: KleveLesart[];
  /** From the lowest to the highest reading; `fortgeschrieben` when some months rest on carried-forward amounts. */
  spanne: Betrag;
  /** Months of the highest reading valued with carried-forward amounts (after a newer Richtlinie). */
  fortgeschriebeneMonate: { von: number; bis: number } | null;
  /** One sentence a press officer can quote verbatim. */
  satz: string;
}

/** Returns the estimate for the district `kreisAgs` (Kleve: 05154) from the most common start year to its start. */
export function kleveBox(atlas: AtlasInput, ctx: ModelContext, kreisAgs = KLEVE_AGS): KleveBox | null {
  const zentrum = atlas.zentren.find((z) => z.kreisAgs === kreisAgs);
  const andere = atlas.zentren.filter((z) => z !== zentrum);
  const bezug = haeufigstesStartjahr(andere);
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
  const name = atlas.kreise.find((k) => k.ags === kreisAgs)?.name ?? zentrum.traeger;
  const lesarten = kleveLesarten(zentrum, bezug, schaetzung.bis, andere, ctx);
  const cents = lesarten.map((l) => l.cent);
  const fortgeschrieben = fortgeschriebeneMonate(zentrum, schaetzung, ctx);
  const spanne = betrag(fortgeschrieben ? 'fortgeschrieben' : 'modell', Math.min(...cents), Math.max(...cents));
  const von = formatEuro(Math.min(...cents));
  const bis = formatEuro(Math.max(...cents));
  return {
    zentrum,
    kreis: atlas.kreise.find((k) => k.ags === kreisAgs),
    bezug,
    schaetzung,
    formel: schaetzung.abschnitte.map(line),
    lehrerFormel: schaetzung.lehrerAbschnitte.map(line),
    lesarten,
    spanne,
    fortgeschriebeneMonate: fortgeschrieben,
    satz:
      `Hätte der ${name} ab ${bezug.jahr} – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten – ein KI gehabt, ` +
      `hätte er nach den Förderregeln des Landes bis ${formatMonth(schaetzung.bis)} zwischen ${von} und ${bis} Landesmittel erhalten können ` +
      `(Modellrechnung des KI-Atlas NRW, keine amtliche Zahl; ohne Lehrerstellen${fortgeschriebenHinweis(fortgeschrieben)}).`,
  };
}

/** Returns the readings of the estimate up to month `bis`, highest first: every "bis zu", without Sachkosten, one extra post, median start. */
function kleveLesarten(
  zentrum: Zentrum,
  bezug: Bezugsjahr,
  bis: number,
  andere: readonly Zentrum[],
  ctx: ModelContext,
): KleveLesart[] {
  const ohneSachkosten = { ohne: ['sachkosten'] };
  const cent = (l: Parameters<typeof entgangeneMittel>[3], ab = bezug.jahr * 12) =>
    ab > bis ? 0 : (entgangeneMittel(zentrum, bezug.jahr, ctx, l, ab, bis)?.cent ?? 0);
  const median = medianStartMonat(andere);
  const von = bezug.jahr * 12;
  const out: KleveLesart[] = [
    {
      id: 'hoechst',
      text: `Start im Januar ${bezug.jahr}; alle „bis zu“-Mittel voll abgerufen (alle Zusatzstellen ab 2017 und die Sachkosten).`,
      cent: cent({}),
    },
    { id: 'ohne-sachkosten', text: 'Wie oben, aber ohne den Zuschuss zu Sachkosten.', cent: cent(ohneSachkosten) },
    {
      id: 'eine-zusatzstelle',
      text: 'Nur eine der zusätzlichen Fachstellen ab 2017 besetzt (wie der Kreis Coesfeld 2017) und ohne Sachkosten.',
      cent: cent(ohneSachkosten) - weitereZusatzstellenCent(zentrum, von, bis, ctx),
    },
  ];
  // Only where the gap reaches past the median start: before it, a median start means no gap at all.
  if (median !== null && median > von && median <= bis) {
    out.push({
      id: 'median-start',
      text: `Wie zuvor, aber Start erst ${formatMonth(median)}: der mittlere Startmonat (Median) der KI, deren Start auf den Monat genau belegt ist.`,
      cent: cent(ohneSachkosten, median) - weitereZusatzstellenCent(zentrum, median, bis, ctx),
    });
  }
  return out;
}

/**
 * Returns the cents of every extra post beyond the first from 2017 on, for the months [von, bis]: the
 * "zusatzstelle" posts (bis zu 50.000 € each) and, from 05.10.2017, the same posts inside the 5,5-post
 * Pauschale and the Kreiszuschlag (270.000 € = 170.000 € + 2 × 50.000 €, data/foerderung.csv's reading).
 */
function weitereZusatzstellenCent(zentrum: Zentrum, von: number, bis: number, ctx: ModelContext): number {
  let cent = 0;
  for (let m = von; m <= bis; m++) {
    const rules = rulesInMonth(ctx.regeln, zentrum.foerdertyp, m);
    const zusatz = ctx.regeln.find(
      (r) => r.komponente === 'zusatzstelle' && appliesTo(r, zentrum.foerdertyp) && r.betragCent !== null,
    );
    const ab2017 = rules.some((r) => ['zusatzstelle', 'pauschale-5-5', 'kreisstelle'].includes(r.komponente));
    if (!zusatz || !ab2017 || zusatz.stellen === null) continue;
    cent += ((zusatz.stellen - 1) * (zusatz.betragCent ?? 0)) / 12;
  }
  return Math.round(cent);
}

/** Returns the caveat a quotable sentence carries when some of its months rest on carried-forward amounts. */
function fortgeschriebenHinweis(monate: { von: number; bis: number } | null): string {
  if (!monate) return '';
  const span =
    monate.von === monate.bis ? formatMonth(monate.von) : `${formatMonth(monate.von)}–${formatMonth(monate.bis)}`;
  return `; ${span} mit fortgeschriebenen Beträgen von 2017`;
}

/** Returns the first and last month of an estimate whose amounts are carried past a newer Richtlinie, or null. */
function fortgeschriebeneMonate(
  zentrum: Zentrum,
  s: { von: number; bis: number },
  ctx: ModelContext,
): { von: number; bis: number } | null {
  const months: number[] = [];
  for (let m = s.von; m <= s.bis; m++) {
    const day = lastDayOfMonth(m);
    const carried = rulesInMonth(ctx.regeln, zentrum.foerdertyp, m).some(
      (r) => r.komponente !== 'lehrerstelle' && fortgeschriebenAm(r, day, ctx),
    );
    if (carried) months.push(m);
  }
  return months.length > 0 ? { von: months[0]!, bis: months[months.length - 1]! } : null;
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

/** Returns grouped bars for the comparison with reported figures: the model of the same scope beside the report. */
export function abgleichGroups(rows: readonly Abgleich[]): BarGroup[] {
  return rows.map((r) => ({
    key: String(r.gemeldet.jahr),
    label: String(r.gemeldet.jahr),
    bars: [
      {
        key: 'bestehend-ohne',
        label: `Modell: bestehende KI, ohne Sachkosten`,
        value: r.bestehend.ohneCent,
        color: seriesColors[0],
        basis: r.basis,
      },
      {
        key: 'bestehend-mit',
        label: 'Modell: bestehende KI, mit Sachkosten',
        value: r.bestehend.mitCent,
        color: seriesColors[4],
        basis: r.basis,
      },
      {
        key: 'alle',
        label: 'Modell: alle KI der Daten',
        value: r.alle.mitCent,
        color: seriesColors[2],
        basis: r.basis,
      },
      { key: 'gemeldet', label: 'gemeldet', value: r.gemeldet.betragCent, color: seriesColors[1], basis: 'belegt' },
    ],
  }));
}

/** Everything /kosten/ shows. */
export interface KostenSeite {
  jahre: [number, number];
  land: LandJahr[];
  /** The statewide years, Integrationsministerium only (what the year chart, table and tile show). */
  landIm: LandJahr[];
  /** Years from the TIntG on: the range both readings allow (statewide). */
  lesarten: ReadonlyMap<number, { von: number; bis: number; tintgOhneCent: number; tintgMitCent: number }>;
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
  /** How sure the ranking year's amounts are (2019: carried forward). */
  rankingBasis: Basis;
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
  const landIm = land.map(nurIntegrationsministerium);
  const lesarten = new Map(
    landIm.flatMap((y) => {
      const l = lesartenJahr(atlas.zentren, y.jahr, ctx, y.hoechstCent);
      return l ? [[y.jahr, l] as const] : [];
    }),
  );
  const series = komponentenSeries(landIm);
  const categories = yearCategories(landIm, [], lesarten);
  const ended = endedBefore(atlas.foerderung);
  // By paying body only for the years in which every body's amount is sourced (teacher posts: 2017–2019):
  // no year where a component has no amount, and none after a component's last rule ended.
  const ministerien = ministerienYears(land).filter(
    (y) =>
      y.hoechstCent > 0 &&
      y.komponenten.every((k) => k.monateOhneBetrag === 0 && komponenteBasis(k) !== 'unbekannt') &&
      ended.every((e) => y.jahr <= e.jahr),
  );
  const ministerienSeries = komponentenSeriesMinisterium(ministerien);
  const ministerienCategories = yearCategories(ministerien);
  const beispielKreis = beispiel(atlas, 'Kreis', 2017);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx);
  const rows = rankingRows(ranking, '05154');
  const vergleich = abgleich(atlas.landesmittel, atlas.zentren, ctx);
  const groups = abgleichGroups(vergleich);
  return {
    jahre,
    land,
    landIm,
    lesarten,
    series,
    categories,
    zeilen: jahrZeilen(landIm, series, ended),
    ministerienSeries,
    ministerienCategories,
    beschreibung: describeStacked(
      'Landesmittel des Integrationsministeriums für die KI je Jahr, nach Bestandteil',
      series,
      categories,
      formatEuro,
    ),
    ministerienBeschreibung: describeStacked(
      'Landesmittel für die KI je Jahr, nach Geldgeber (nur Jahre mit belegten Beträgen beider Ministerien)',
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
    rankingBasis: jahrBasis(landIm.find((y) => y.jahr === rankingJahr)?.komponenten ?? []),
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
  /** Every component, teacher posts included (the table's separate teacher column). */
  years: (Jahreswerte & { flags: string[] })[];
  /** Integrationsministerium only: what the chart draws and the sentences quote. */
  yearsIm: (Jahreswerte & { flags: string[] })[];
  series: StackedSeries[];
  categories: StackedCategory[];
  beschreibung: string;
  rang: { platz: number; von: number; jahr: number; centJeEinwohner: number | null; basis: Basis } | null;
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
  const yearsIm = years.map(nurIntegrationsministerium);
  const lesarten = new Map(
    yearsIm.flatMap((y) => {
      const l = lesartenJahr(zentren, y.jahr, ctx, y.hoechstCent);
      return l && y.hoechstCent > 0 ? [[y.jahr, l] as const] : [];
    }),
  );
  const series = komponentenSeries(yearsIm);
  const categories = yearCategories(yearsIm, [], lesarten);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx).filter((r) => r.centJeEinwohner !== null);
  const index = ranking.findIndex((r) => r.kreis.ags === kreisAgs);
  return {
    kreis,
    zentren,
    years,
    yearsIm,
    series,
    categories,
    beschreibung: describeStacked(
      `Landesmittel des Integrationsministeriums für ${kreis.name} je Jahr`,
      series,
      categories,
      formatEuro,
    ),
    rang:
      index === -1
        ? null
        : {
            platz: index + 1,
            von: ranking.length,
            jahr: rankingJahr,
            centJeEinwohner: ranking[index]?.centJeEinwohner ?? null,
            basis: jahrBasis(yearsIm.find((y) => y.jahr === rankingJahr)?.komponenten ?? []),
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

/** AGS of the Kreis Kleve: its district page links to the estimate on /kosten/. */
export const KLEVE_AGS = '05154';

/** The sentences of a district page about money, as amounts with their basis. */
export interface KreisKostenSaetze {
  /** The latest year with an amount whose rules are sourced for it. */
  belegt: { jahr: number; betrag: Betrag } | null;
  /** Years after it (or after the start) that only carried-forward rules value, with the latest year's amount. */
  fortgeschrieben: { von: number; bis: number; betrag: Betrag } | null;
  /** The year of the rules carried forward (the last year a source covers). */
  regelJahr: number | null;
  /** Teacher posts in the latest year their value is sourced. */
  lehrer: { jahr: number; stellen: number; betrag: Betrag } | null;
  kleveAgs: string;
}

/** Returns what a district page says about money: never a carried-forward amount as fact, never in the present tense. */
export function kreisKostenSaetze(model: KreisKostenModel): KreisKostenSaetze {
  const mitGeld = model.yearsIm.filter((y) => y.hoechstCent > 0);
  const modell = mitGeld.filter((y) => jahrBasis(y.komponenten) === 'modell');
  const last = modell[modell.length - 1];
  const spaeter = mitGeld.filter(
    (y) => jahrBasis(y.komponenten) === 'fortgeschrieben' && (!last || y.jahr > last.jahr),
  );
  const neuestes = spaeter[spaeter.length - 1];
  const lehrerJahre = model.years.flatMap((y) => {
    const k = y.komponenten.find((x) => x.komponente === 'lehrerstelle');
    return k && k.cent > 0 && komponenteBasis(k) === 'modell' && k.monateOhneBetrag === 0 ? [{ y, k }] : [];
  });
  const lehrer = lehrerJahre[lehrerJahre.length - 1];
  return {
    belegt: last ? { jahr: last.jahr, betrag: betrag('modell', last.cent, last.hoechstCent) } : null,
    fortgeschrieben:
      neuestes && spaeter[0]
        ? {
            von: spaeter[0].jahr,
            bis: neuestes.jahr,
            betrag: betrag('fortgeschrieben', neuestes.cent, neuestes.hoechstCent),
          }
        : null,
    regelJahr: spaeter[0] ? spaeter[0].jahr - 1 : null,
    lehrer: lehrer
      ? { jahr: lehrer.y.jahr, stellen: lehrer.k.stellen ?? 0, betrag: betrag('modell', lehrer.k.cent) }
      : null,
    kleveAgs: KLEVE_AGS,
  };
}

/** One row of /methodik/'s table "Was belegt ist, was gerechnet, was angenommen". */
export interface BasisJahr {
  jahr: number;
  /** The legal instrument in force on 31 December (Richtlinie, Gesetz), as data/foerderung.csv names it. */
  rechtsgrundlage: string;
  /** The amount rules the model applies on 31 December (Kreis), by id. */
  regeln: string[];
  /** Source ids of those rules. */
  quellen: string[];
  basis: Basis;
  /** Plain German: what this basis means for the year. */
  erklaerung: string;
}

/** Returns, per year, the rules the model applies, their sources and how sure the year's amounts are. */
export function basisJahre(regeln: readonly FoerderRegel[], von: number, bis: number): BasisJahr[] {
  const ctx = modelContext(regeln);
  const rows: BasisJahr[] = [];
  for (let jahr = von; jahr <= bis; jahr++) {
    const tag = `${jahr}-12-31`;
    const inForce = rulesOn(regeln, 'Kreis', tag).filter(
      (r) => ministeriumOf(r.geldgeber) === 'Integrationsministerium',
    );
    const grundlage = regeln.filter(
      (r) =>
        r.komponente === 'rechtsgrundlage' &&
        r.gueltigAb &&
        r.gueltigAb.earliest <= tag &&
        (!r.gueltigBis || r.gueltigBis.latest >= tag),
    );
    const carried = inForce.some((r) => fortgeschriebenAm(r, tag, ctx));
    const basis: Basis = inForce.length === 0 ? 'unbekannt' : carried ? 'fortgeschrieben' : 'modell';
    const tintg = jahr >= Number(TINTG_IN_KRAFT.slice(0, 4));
    rows.push({
      jahr,
      rechtsgrundlage: grundlage.map((r) => r.bezeichnung).join('; ') || '–',
      regeln: inForce.map((r) => r.id),
      quellen: [...new Set(inForce.flatMap((r) => r.quelle))],
      basis,
      erklaerung:
        basis === 'unbekannt'
          ? 'Keine Förderregel mit Betrag in Kraft.'
          : basis === 'modell'
            ? 'Gerechnet aus Regeln, deren Beträge für dieses Jahr belegt sind.'
            : tintg
              ? 'Angenommen: Regeln von 2017 fortgeschrieben; daneben die undatierten TIntG-Beträge als zweite Lesart.'
              : 'Angenommen: Beträge der Regeln von 2017 über die neue Richtlinie hinaus fortgeschrieben.',
    });
  }
  return rows;
}

/** How long a district was without a KI after the reference year, and what the same rules would have paid then. */
export interface Luecke {
  kreis: Kreis;
  /** January of the year most KIs started (the Kleve box's reference). */
  bezug: Bezugsjahr;
  /** `keine`: its KI existed from the start of the reference year; else the gap in months (a range while the start is not known to the month). */
  art: 'keine' | 'monate';
  monateVon: number;
  monateBis: number;
  /** The Integrationsministerium funding of those months: lowest reading over the shortest gap to the highest over the longest. */
  betrag: Betrag | null;
  /** One quotable sentence. */
  satz: string;
}

/** Returns a district's gap: from January of the most common start year to its first KI's start, and its cost by the rules. */
export function lueckeKreis(atlas: AtlasInput, kreisAgs: string): Luecke | null {
  const kreis = atlas.kreise.find((k) => k.ags === kreisAgs);
  const eigene = atlas.zentren.filter((z) => z.kreisAgs === kreisAgs);
  const andere = atlas.zentren.filter((z) => z.kreisAgs !== kreisAgs);
  const bezug = haeufigstesStartjahr(andere);
  if (!kreis || eigene.length === 0 || !bezug) return null;
  const ctx = modelContext(atlas.foerderung);
  const von = bezug.jahr * 12;
  // The district's first KI: the one that may have started earliest.
  const erstes = [...eigene].sort(
    (a, b) => activityWindow(a, ctx.fallbackFrom).moeglichAb - activityWindow(b, ctx.fallbackFrom).moeglichAb,
  )[0]!;
  const zeitraum = activityWindow(erstes, ctx.fallbackFrom);
  const sicherAb = Math.min(...eigene.map((z) => activityWindow(z, ctx.fallbackFrom).sicherAb ?? Infinity));
  const kurz = Math.max(0, zeitraum.moeglichAb - von);
  const lang = Number.isFinite(sicherAb) ? Math.max(0, sicherAb - von) : null;
  const name = kreis.name;
  if (lang === 0) {
    return {
      kreis,
      bezug,
      art: 'keine',
      monateVon: 0,
      monateBis: 0,
      betrag: null,
      satz: `${name} hatte spätestens ab Januar ${bezug.jahr} ein Kommunales Integrationszentrum – dem Jahr, in dem die meisten KI starteten: keine Lücke.`,
    };
  }
  const hoch = lang === null ? null : kleveLesarten(erstes, bezug, von + lang - 1, andere, ctx);
  const tief = kurz === 0 ? null : kleveLesarten(erstes, bezug, von + kurz - 1, andere, ctx);
  const hochCent = hoch ? Math.max(...hoch.map((l) => l.cent)) : null;
  const tiefCent = tief ? Math.min(...tief.map((l) => l.cent)) : 0;
  const carriedMonate = lang === null ? null : fortgeschriebeneMonate(erstes, { von, bis: von + lang - 1 }, ctx);
  const carried = carriedMonate !== null;
  const betragValue =
    hochCent === null ? null : betrag(carried ? 'fortgeschrieben' : 'modell', Math.min(tiefCent, hochCent), hochCent);
  const monateText = (n: number) => (n === 1 ? '1 Monat' : `${n} Monate`);
  const geld = betragValue ? formatBetrag(betragValue).zahl.replace('–', ' bis ') : null;
  const quelle = `(Modellrechnung des KI-Atlas NRW, Integrationsministerium, ohne Lehrerstellen${fortgeschriebenHinweis(carriedMonate)})`;
  const bezugText = `Januar ${bezug.jahr} – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten`;
  let satz: string;
  if (lang === null) {
    satz = `Für ${name} belegt keine Quelle, ab wann ein KI bestand.`;
  } else if (kurz === lang) {
    satz = `${name} hatte nach ${bezugText} – noch ${monateText(lang)} lang kein KI.${geld ? ` Nach den Förderregeln hätte das Land in dieser Zeit ${geld} gezahlt ${quelle}.` : ''}`;
  } else if (kurz > 0) {
    satz = `${name} hatte nach ${bezugText} – noch ${kurz} bis ${monateText(lang)} lang kein KI (der Start ist nur als Jahr belegt).${geld ? ` Nach den Förderregeln hätte das Land in dieser Zeit ${geld} gezahlt ${quelle}.` : ''}`;
  } else {
    satz = `Für ${name} ist nicht genau belegt, wann das KI startete; sicher bestand es ab ${formatMonth(von + lang)}. Gegenüber ${bezugText} – lag die Lücke deshalb zwischen 0 und ${lang === 1 ? '1 Monat' : `${lang} Monaten`}${hochCent ? `; nach den Förderregeln entspräche das bis zu ${formatEuro(hochCent)} ${quelle}` : ''}.`;
  }
  return {
    kreis,
    bezug,
    art: 'monate',
    monateVon: kurz,
    monateBis: lang ?? kurz,
    betrag: betragValue,
    satz,
  };
}
