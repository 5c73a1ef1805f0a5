/**
 * The tables beside the cost charts: the same numbers as German text, ready for DataTable.astro.
 */
import { formatNumber, formatDate } from '../../model/format.ts';
import { sum } from '../../foerderung/land.ts';
import { jahrBasis, komponenteBasis } from './basis.ts';
import { komponenteZelle, MODELL_LABEL, type JahrZeile } from './reihen.ts';
import { type Beispiel } from './beispiel.ts';
import { type KreisKostenModel } from './kreis.ts';
import { betrag, formatBetrag, UNBEKANNT, type Basis, type BetragText } from '../../model/betrag.ts';
import { categoryBasis } from '../../charts/stacked.ts';
import type { StackedCategory, StackedSeries } from '../../charts/stacked.ts';
import type { KreisJeEinwohner, Abgleich } from '../../foerderung/vergleiche.ts';

/** A table cell: plain text, an amount with its basis (DataTable gives it data-basis and its marker), or a quote with amounts. */
export type Zelle = string | BetragText | ZitatZelle;

/** Text that quotes a source's amounts (e.g. "„etwa 10 Mio. Euro im Jahr“"): the cell carries that basis. */
export interface ZitatZelle {
  basis: Basis;
  zitat: string;
}

/** Returns a table cell for cents with a basis ("unbekannt" stays a word, never 0 €). */
export function euroZelle(basis: Basis, cent: number | null, stil: 'euro' | 'cent' = 'euro'): BetragText {
  return formatBetrag(basis === 'unbekannt' || cent === null ? UNBEKANNT : betrag(basis, cent), stil);
}

/** Table data for DataTable.astro. */
export interface Tabelle {
  caption: string;
  /** `prose`: free text that wraps at a readable width (notes, reasons). */
  columns: { label: string; numeric?: boolean; prose?: boolean }[];
  rows: Zelle[][];
  foot?: Zelle[];
}

/** Returns the statewide table: year, one column per component, certain sum, maximum, notes. */
export function jahresTabelle(zeilen: readonly JahrZeile[], series: readonly StackedSeries[]): Tabelle {
  return {
    caption: `Landesmittel des Integrationsministeriums je Jahr nach Bestandteil – ${MODELL_LABEL}`,
    columns: [
      { label: 'Jahr' },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      { label: 'Summe (KI mit belegtem Start)', numeric: true },
      { label: 'höchstens', numeric: true },
      { label: 'Hinweise', prose: true },
    ],
    rows: zeilen.map((z) => [
      String(z.jahr),
      ...z.komponenten.map((k) => k.text),
      euroZelle(z.basis, z.cent),
      euroZelle(z.basis, z.hoechstCent),
      z.hinweise.join('; ') || '–',
    ]),
  };
}

/** Returns a table for any stacked chart: category, values per series, sum, range. */
export function stackedTabelle(
  caption: string,
  series: readonly StackedSeries[],
  categories: readonly StackedCategory[],
): Tabelle {
  return {
    caption,
    columns: [
      { label: 'Jahr' },
      ...series.map((s) => ({ label: s.label, numeric: true })),
      { label: 'Summe', numeric: true },
      { label: 'höchstens', numeric: true },
    ],
    rows: categories.map((c) => {
      const total = sum(series.map((s) => c.values[s.key] ?? 0));
      const basis = categoryBasis(c);
      const cell = (key: string) =>
        c.unknownSeries?.includes(key) ? euroZelle('unbekannt', null) : euroZelle(basis, c.values[key] ?? 0);
      return [
        c.label,
        ...series.map((s) => cell(s.key)),
        euroZelle(basis, total),
        euroZelle(basis, total + (c.range ?? 0)),
      ];
    }),
  };
}

/** Returns the example table: component, paying ministry, posts, annual amount, valid from. */
export function beispielTabelle(b: Beispiel, titel: string): Tabelle {
  return {
    caption: titel,
    columns: [
      { label: 'Bestandteil' },
      { label: 'Geldgeber' },
      { label: 'Stellen', numeric: true },
      { label: 'Betrag je Jahr', numeric: true },
      { label: 'gilt ab' },
    ],
    rows: b.zeilen.map((z) => [
      z.label,
      z.ministerium,
      z.stellen === null ? '–' : formatNumber(z.stellen),
      euroZelle(z.cent === null ? 'unbekannt' : 'belegt', z.cent),
      z.ab,
    ]),
    foot: [
      'Summe (eigene Rechnung, bekannte Beträge)',
      '',
      formatNumber(b.stellen),
      euroZelle('modell', b.gesamtCent),
      '',
    ],
  };
}

/** Returns the per-inhabitant table, in ranking order (Integrationsministerium; `basis`: how sure the year's amounts are). */
export function rankingTabelle(rows: readonly KreisJeEinwohner[], jahr: number, basis: Basis): Tabelle {
  return {
    caption: `Landesmittel des Integrationsministeriums je Einwohner ${jahr} (${MODELL_LABEL}${basis === 'fortgeschrieben' ? ', fortgeschrieben' : ''})`,
    columns: [
      { label: 'Kreis / Stadt' },
      { label: 'Platz', numeric: true },
      { label: 'Betrag', numeric: true },
      { label: 'Einwohner', numeric: true },
      { label: 'Stand' },
      { label: 'je Einwohner', numeric: true },
      { label: 'Stellen', numeric: true },
      { label: 'je Stelle', numeric: true },
    ],
    rows: rows.map((r, i) => [
      r.kreis.name,
      String(i + 1),
      euroZelle(basis, r.cent),
      r.kreis.einwohner === null ? 'keine Angabe' : formatNumber(r.kreis.einwohner, 0),
      r.kreis.einwohnerStand ? formatDate(r.kreis.einwohnerStand) : '–',
      r.centJeEinwohner === null ? 'keine Angabe' : euroZelle(basis, Math.round(r.centJeEinwohner), 'cent'),
      formatNumber(r.stellen),
      r.centJeStelle === null ? '–' : euroZelle(basis, Math.round(r.centJeStelle)),
    ]),
  };
}

/** Returns the comparison table: year, reported figure, the model values of the same scope, difference, likeliest reason. */
export function abgleichTabelle(rows: readonly Abgleich[]): Tabelle {
  return {
    caption:
      'Gemeldete Landesmittel und Modellrechnung für denselben Umfang (nur Integrationsministerium, ohne Lehrerstellen)',
    columns: [
      { label: 'Jahr' },
      { label: 'gemeldet', numeric: true },
      { label: 'was', prose: true },
      { label: 'Modell: alle KI der Daten, ganzes Jahr, ohne Sachkosten', numeric: true },
      { label: 'Modell: alle KI der Daten, ganzes Jahr, mit Sachkosten', numeric: true },
      { label: 'Modell: am Jahresende bestehende KI, ganzes Jahr, ohne Sachkosten', numeric: true },
      { label: 'Modell: am Jahresende bestehende KI, ganzes Jahr, mit Sachkosten', numeric: true },
      { label: 'Differenz gemeldet − nächster Modellwert', numeric: true },
      { label: 'wahrscheinlichster Grund', prose: true },
    ],
    rows: rows.map((r) => [
      String(r.gemeldet.jahr),
      euroZelle('belegt', r.gemeldet.betragCent),
      { basis: 'belegt', zitat: r.gemeldet.was },
      euroZelle(r.basis, r.alle.ohneCent),
      euroZelle(r.basis, r.alle.mitCent),
      euroZelle(r.basis, r.bestehend.ohneCent),
      euroZelle(r.basis, r.bestehend.mitCent),
      r.differenzCent === 0 ? 'innerhalb der Spanne' : euroZelle('modell', r.differenzCent),
      r.grund,
    ]),
  };
}

/** Returns a district's own table: year, Integrationsministerium components, sum, maximum, teacher posts apart, flags. */
export function kreisTabelle(model: KreisKostenModel): Tabelle {
  const lehrer = (y: KreisKostenModel['years'][number]) => {
    const k = y.komponenten.find((x) => x.komponente === 'lehrerstelle');
    // After the last teacher-post rule ended no source says what followed: unknown, not none.
    if (!k)
      return model.ended.some((e) => e.komponente === 'lehrerstelle' && y.jahr > e.jahr)
        ? euroZelle('unbekannt', null)
        : '–';
    return k.monateOhneBetrag > 0 || komponenteBasis(k) === 'unbekannt'
      ? euroZelle('unbekannt', null)
      : euroZelle(komponenteBasis(k), k.cent);
  };
  return {
    caption: `${model.kreis.name}: Landesmittel je Jahr – ${MODELL_LABEL}`,
    columns: [
      { label: 'Jahr' },
      ...model.series.map((s) => ({ label: s.label, numeric: true })),
      { label: 'Summe Integrationsministerium', numeric: true },
      { label: 'höchstens', numeric: true },
      { label: 'Lehrerstellen (Gegenwert, Schulministerium)', numeric: true },
      { label: 'Hinweise', prose: true },
    ],
    rows: model.yearsIm.map((y, i) => {
      const basis = jahrBasis(y.komponenten);
      return [
        String(y.jahr),
        ...model.series.map((s) =>
          komponenteZelle(
            y.komponenten.find((k) => k.komponente === s.key),
            model.ended.some((e) => e.komponente === s.key && y.jahr > e.jahr),
          ),
        ),
        euroZelle(basis, y.cent),
        euroZelle(basis, y.hoechstCent),
        lehrer(model.years[i]!),
        [...y.flags, ...(basis === 'fortgeschrieben' ? ['fortgeschrieben (Annahme)'] : [])].join('; ') || '–',
      ];
    }),
  };
}
