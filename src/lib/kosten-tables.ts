/**
 * The tables beside the cost charts: the same numbers as German text, ready for DataTable.astro.
 */
import { formatEuro, formatNumber, formatDate } from './format.ts';
import { sum } from './funding.ts';
import {
  formatJeEinwohner,
  gruende,
  komponenteZelle,
  MODELL_LABEL,
  type Beispiel,
  type JahrZeile,
  type KreisKostenModel,
} from './kosten.ts';
import type { StackedCategory, StackedSeries } from './charts/stacked.ts';
import type { KreisJeEinwohner, Abgleich } from './funding-views.ts';

/** Table data for DataTable.astro. */
export interface Tabelle {
  caption: string;
  /** `prose`: free text that wraps at a readable width (notes, reasons). */
  columns: { label: string; numeric?: boolean; prose?: boolean }[];
  rows: string[][];
  foot?: string[];
}

/** Returns the statewide table: year, one column per component, certain sum, maximum, notes. */
export function jahresTabelle(zeilen: readonly JahrZeile[], series: readonly StackedSeries[]): Tabelle {
  return {
    caption: `Landesmittel je Jahr nach Bestandteil – ${MODELL_LABEL}`,
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
      formatEuro(z.cent),
      formatEuro(z.hoechstCent),
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
      const cell = (key: string) => (c.unknownSeries?.includes(key) ? 'unbekannt' : formatEuro(c.values[key] ?? 0));
      return [
        `${c.label}${c.marker ?? ''}`,
        ...series.map((s) => cell(s.key)),
        formatEuro(total),
        formatEuro(total + (c.range ?? 0)),
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
      z.cent === null ? 'unbekannt' : formatEuro(z.cent),
      z.ab,
    ]),
    foot: ['Summe (bekannte Beträge)', '', formatNumber(b.stellen), formatEuro(b.gesamtCent), ''],
  };
}

/** Returns the per-inhabitant table, in ranking order. */
export function rankingTabelle(rows: readonly KreisJeEinwohner[], jahr: number): Tabelle {
  return {
    caption: `Landesmittel je Einwohner ${jahr} (${MODELL_LABEL})`,
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
      formatEuro(r.cent),
      r.kreis.einwohner === null ? 'keine Angabe' : formatNumber(r.kreis.einwohner, 0),
      r.kreis.einwohnerStand ? formatDate(r.kreis.einwohnerStand) : '–',
      r.centJeEinwohner === null ? 'keine Angabe' : formatJeEinwohner(r.centJeEinwohner),
      formatNumber(r.stellen),
      r.centJeStelle === null ? '–' : formatEuro(Math.round(r.centJeStelle)),
    ]),
  };
}

/** Returns the comparison table: year, reported figure, model range, all-KI figures, difference, reasons. */
export function abgleichTabelle(rows: readonly Abgleich[]): Tabelle {
  return {
    caption: 'Gemeldete Landesmittel und Modellrechnung (nur Integrationsministerium, ohne Lehrerstellen)',
    columns: [
      { label: 'Jahr' },
      { label: 'gemeldet', numeric: true },
      { label: 'was', prose: true },
      { label: 'Modell: KI mit belegtem Start', numeric: true },
      { label: 'Modell: höchstens', numeric: true },
      { label: 'alle bestehenden KI ganzjährig', numeric: true },
      { label: 'alle KI ganzjährig', numeric: true },
      { label: 'Differenz gemeldet − höchstens', numeric: true },
      { label: 'mögliche Gründe', prose: true },
    ],
    rows: rows.map((r) => [
      String(r.gemeldet.jahr),
      formatEuro(r.gemeldet.betragCent ?? 0),
      r.gemeldet.was,
      formatEuro(r.modellCent),
      formatEuro(r.modellHoechstCent),
      formatEuro(r.vollausbauCent),
      formatEuro(r.alleCent),
      formatEuro(r.differenzCent),
      gruende(r).join(' '),
    ]),
  };
}

/** Returns a district's own table: year, components, sum, maximum, flags. */
export function kreisTabelle(model: KreisKostenModel): Tabelle {
  return {
    caption: `${model.kreis.name}: Landesmittel je Jahr – ${MODELL_LABEL}`,
    columns: [
      { label: 'Jahr' },
      ...model.series.map((s) => ({ label: s.label, numeric: true })),
      { label: 'Summe', numeric: true },
      { label: 'höchstens', numeric: true },
      { label: 'Hinweise', prose: true },
    ],
    rows: model.years.map((y) => [
      String(y.jahr),
      ...model.series.map((s) =>
        komponenteZelle(
          y.komponenten.find((k) => k.komponente === s.key),
          model.ended.some((e) => e.komponente === s.key && y.jahr > e.jahr),
        ),
      ),
      formatEuro(y.cent),
      formatEuro(y.hoechstCent),
      [
        ...y.flags,
        ...(y.komponenten.some((k) => k.monateFortgeschrieben > 0) ? ['fortgeschrieben (Annahme)'] : []),
      ].join('; ') || '–',
    ]),
  };
}
