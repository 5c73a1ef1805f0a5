/**
 * The statewide and per-district cost series as charts and tables draw them: components in stacking
 * order with their colours, one stacked column per year, table rows with the same numbers, the
 * ministry grouping, the home tile's yearly share, ranking rows and the reconciliation bars.
 */
import type { AtlasData } from '../../model/types.ts';
import { seriesColors } from '../../charts/theme.ts';
import { componentOrder, komponenteInfo, ministeriumOf, type Ministerium } from '../../foerderung/regeln.ts';
import { landJahre, sum, type LandJahr } from '../../foerderung/land.ts';
import { modelContext, type KomponenteJahr } from '../../foerderung/modell.ts';
import { type Abgleich, type KreisJeEinwohner } from '../../foerderung/vergleiche.ts';
import { endedKomponenten } from '../../foerderung/annahmen.ts';
import type { StackedCategory, StackedSeries } from '../../charts/stacked.ts';
import type { RankingRow } from '../../charts/ranking.ts';
import type { BarGroup } from '../../charts/bar.ts';
import type { LandesmittelJahr } from '../landesmittel-tile.ts';
import { PROGRAMME_START } from '../../model/status.ts';
import { betrag, formatBetrag, UNBEKANNT, type Basis, type BetragText } from '../../model/betrag.ts';

import { komponenteBasis, jahrBasis, type Jahreswerte, LESARTEN_LABEL } from './basis.ts';

/** The figures' label: what they are (never mixed). */
export const MODELL_LABEL = 'Modellrechnung nach Förderrichtlinie (Höchstbetrag)';
export const GEMELDET_LABEL = 'gemeldet';

/** First year of the statewide series: the year of the Förderrichtlinie (25.06.2012), as the status model. */
export const ERSTES_JAHR = Number(PROGRAMME_START.slice(0, 4));

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

export function komponentenSeriesMinisterium(
  years: readonly { komponenten: readonly KomponenteJahr[] }[],
): StackedSeries[] {
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

/** Returns chart notes for components whose last rule ends before `bisJahr` (missing there = unknown). */
export function endNotes(atlas: Pick<AtlasInput, 'foerderung'>, bisJahr: number): string[] {
  return endedKomponenten(atlas.foerderung)
    .filter((e) => Number(e.bis.slice(0, 4)) < bisJahr)
    .map(
      (e) =>
        `Ab ${Number(e.bis.slice(0, 4)) + 1} ohne „${komponenteInfo(e.komponente).label}“: keine Regel in den Quellen (unbekannt, nicht null)`,
    );
}
