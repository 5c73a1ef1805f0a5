/**
 * What each table and column means, in German, for the /daten/ page and the Data Package.
 * The columns themselves (names, kinds, order) live in schema.ts; a unit test keeps both in step.
 */
import type { ColumnSpec, TableName } from './schema.ts';

/** Title, one-sentence description and the meaning of every column of one table. */
export interface TableDoc {
  title: string;
  description: string;
  columns: Readonly<Record<string, string>>;
}

const quelle = 'Kennung der Quelle(n) aus quellen.csv; mehrere durch „|“ getrennt.';
const anmerkung = 'Hinweise, z. B. wenn Quellen sich widersprechen.';

/** Documentation of every table in data/, keyed by table name. */
export const tableDocs: Readonly<Record<TableName, TableDoc>> = {
  kreise: {
    title: 'Kreise und kreisfreie Städte',
    description:
      'Die Kreise, kreisfreien Städte und die Städteregion Aachen in Nordrhein-Westfalen mit Einwohnerzahl und Fläche.',
    columns: {
      ags: 'Amtlicher Gemeindeschlüssel, fünfstellig mit führender Null, z. B. 05154.',
      name: 'Name des Kreises oder der Stadt.',
      art: 'Art der Gebietskörperschaft.',
      regierungsbezirk: 'Regierungsbezirk, zu dem der Kreis gehört.',
      einwohner: 'Einwohnerzahl (Personen) zum Stichtag in einwohner_stand.',
      einwohner_stand: 'Stichtag der Einwohnerzahl.',
      flaeche_km2: 'Fläche in Quadratkilometern.',
      quelle,
      anmerkung,
    },
  },
  zentren: {
    title: 'Kommunale Integrationszentren',
    description:
      'Ein Eintrag je Kommunalem Integrationszentrum (KI): Träger, Fördertyp, Startdatum in der Genauigkeit der Quelle und Belegdatum.',
    columns: {
      id: 'Feste Kennung des KI, z. B. kleve.',
      ags: 'Gemeindeschlüssel des Trägers: fünfstellig, achtstellig für die Stadt Aachen (05334002).',
      kreis_ags: 'Gemeindeschlüssel des Kreises, in dem das KI liegt (verweist auf kreise.csv).',
      traeger: 'Träger des KI, z. B. Kreis Kleve oder Stadt Aachen.',
      foerdertyp: 'Welche Förderregeln gelten: die für Kreise oder die für kreisfreie Städte.',
      start: 'Startdatum so genau, wie die Quelle es nennt: JJJJ, JJJJ-MM oder JJJJ-MM-TT. Leer = unbekannt.',
      start_bedeutung: 'Was das Startdatum bedeutet: Ratsbeschluss, Bewilligung, Arbeitsaufnahme, Eröffnung …',
      spaetestens: 'Datum, zu dem eine Quelle belegt, dass das KI bestand. Leer = kein solcher Beleg.',
      fachstellen: 'Zahl der Fachstellen, die eine Quelle für dieses KI nennt.',
      lehrerstellen: 'Zahl der abgeordneten Lehrerstellen, die eine Quelle für dieses KI nennt.',
      quelle,
      anmerkung,
    },
  },
  foerderung: {
    title: 'Förderregeln',
    description: 'Was das Land je KI zahlt, nach Geltungszeitraum, Förderbestandteil und Art der Kommune.',
    columns: {
      id: 'Feste Kennung der Regel, z. B. pauschale-2012.',
      gueltig_ab: 'Erster Tag, an dem die Regel gilt (auch nur Jahr oder Monat). Leer = aus keiner Quelle bekannt.',
      gueltig_bis: 'Letzter Tag, an dem die Regel gilt. Leer = offen oder unbekannt (siehe anmerkung).',
      komponente: 'Kurzname des Förderbestandteils, z. B. pauschale, zusatzstelle, lehrerstelle.',
      bezeichnung: 'Bezeichnung des Bestandteils, wie die Quelle sie formuliert.',
      gilt_fuer: 'Für wen die Regel gilt: alle KI, nur Kreise, nur kreisfreie Städte oder das Land.',
      betrag_eur: 'Betrag in Euro. Leer = die Quelle nennt keinen Betrag.',
      stellen: 'Zahl der Stellen, die der Betrag abdeckt oder die Regel gewährt.',
      einheit: 'Wie der Betrag gemeint ist: je Stelle, je KI und Jahr oder als Gesamtsumme.',
      geldgeber: 'Zahlendes Ministerium oder zahlende Stelle, z. B. MKFFI.',
      quellentyp:
        'primär (Veröffentlichung von Land oder Kommune), sekundär (nur Wiedergabe) oder abgeleitet (eigene Rechnung).',
      quelle,
      anmerkung,
    },
  },
  landesmittel: {
    title: 'Landesmittel',
    description: 'Landesweite Jahresbeträge für die KI, wie Quellen sie melden oder zum Vergleich abgeleitet.',
    columns: {
      jahr: 'Haushaltsjahr.',
      betrag_eur: 'Betrag in Euro. Leer = die Quelle nennt keinen genauen Betrag.',
      was: 'Was die Zahl umfasst.',
      art: 'gemeldet (eine Quelle nennt die Zahl) oder abgeleitet (eigene Rechnung, nur zum Vergleich).',
      ki_spezifisch: 'ja, wenn die Zahl nur die KI umfasst; nein, wenn sie weitere Programme enthält.',
      quelle,
      anmerkung,
    },
  },
  chronik: {
    title: 'Chronik',
    description: 'Datierte Ereignisse, etwa der Weg des Kreises Kleve zu seinem KI.',
    columns: {
      datum: 'Datum des Ereignisses, so genau wie die Quelle: JJJJ, JJJJ-MM oder JJJJ-MM-TT.',
      kreis_ags: 'Gemeindeschlüssel des betroffenen Kreises, oder NRW für ein landesweites Ereignis.',
      ereignis: 'Was geschah, in eigenen Worten.',
      quelle,
    },
  },
  quellen: {
    title: 'Quellen',
    description: 'Jede Quelle, auf die eine Zeile einer anderen Tabelle in der Spalte quelle verweist.',
    columns: {
      id: 'Kennung, auf die die anderen Tabellen verweisen.',
      titel: 'Titel der Quelle.',
      herausgeber: 'Wer die Quelle veröffentlicht hat.',
      datum: 'Datum der Veröffentlichung, so genau wie bekannt.',
      url: 'Webadresse. Leer, wenn die Quelle nicht online steht.',
      lizenz: 'Lizenz oder Nutzungsbedingungen, soweit die Quelle sie angibt.',
    },
  },
};

const kindLabels: Record<ColumnSpec['kind'], string> = {
  id: 'Kennung',
  text: 'Text',
  enum: 'Auswahl',
  ags: 'Gemeindeschlüssel',
  'kreis-ref': 'Gemeindeschlüssel',
  integer: 'ganze Zahl',
  decimal: 'Zahl',
  euro: 'Betrag in Euro',
  year: 'Jahr',
  date: 'Datum (Jahr, Monat oder Tag)',
  day: 'Datum',
  url: 'Webadresse',
  quellen: 'Quellenkennungen',
  'ja-nein': 'ja/nein',
};

/** Returns the German type label of a column, with its allowed values for choices: "Auswahl: Kreis, Städteregion". */
export function columnTypeLabel(column: ColumnSpec): string {
  const label = kindLabels[column.kind];
  return column.kind === 'enum' && column.values ? `${label}: ${column.values.join(', ')}` : label;
}
