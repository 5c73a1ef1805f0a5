/**
 * The words of every press image and of the press builder: poster contents (title, Stichtag,
 * facts, legend, credits) for a map at a Stichtag, a cost chart and a district card, plus the alt
 * text and a ready German sentence with its citation. Pure, from PosterData (press-poster-data.ts);
 * map sentences come from the same summary code as the home page (summary.ts).
 */
import { formatDate } from '../model/format.ts';
import { formatBetrag, legendeFuer } from '../model/betrag.ts';
import type { IsoDate } from '../model/types.ts';
import type { PosterContent, PosterFormatKey, PosterMap } from '../charts/poster.ts';
import { summarize, summarySentence, type StichtagSummary } from './summary.ts';
import type { PosterData } from './press-poster-data.ts';

/** What a press image shows. */
export type PosterSubject =
  | { kind: 'karte'; stichtag: IsoDate; highlight?: string }
  | { kind: 'chart'; key: string }
  | { kind: 'kreis'; ags: string };

/**
 * Returns the formats a subject can be drawn in with every text at 28 px or more: a cost chart's
 * rows and basis legend need more height than 1200 × 630 leaves (the page's own preview image stays).
 */
export function formatsFor(subject: PosterSubject): PosterFormatKey[] {
  return subject.kind === 'chart' ? ['quadrat', 'hochformat', 'story'] : ['quadrat', 'hochformat', 'quer', 'story'];
}

/** A poster's content with the texts to paste beside it. */
export interface PressTexts {
  content: PosterContent;
  /** Alt text for the image: what it shows, in full sentences. */
  alt: string;
  /** A sentence to quote, ending with its citation (source, site address, data date). */
  sentence: string;
}

function credits(data: PosterData, map: boolean): string[] {
  return [
    `Quelle: KI-Atlas NRW; Daten: ${data.publishers}`,
    `Lizenz: ${data.licence}`,
    `Datenstand: ${formatDate(data.stand)}`,
    ...(map ? [`Karte: ${data.geoAttribution}`] : []),
  ];
}

/** Returns "(Quelle: KI-Atlas NRW, ki-atlas-nrw.de, Datenstand 05.12.2026, Lizenz CC BY 4.0)". */
export function citationSuffix(data: PosterData): string {
  return `(Quelle: KI-Atlas NRW, ${data.address}, Datenstand ${formatDate(data.stand)}, Lizenz ${data.licence})`;
}

function mapBody(data: PosterData, summary: StichtagSummary, highlight?: string): PosterMap {
  const kreis = highlight ? data.kreise.find((k) => k.ags === highlight) : undefined;
  const center = kreis ? data.map.centers[kreis.ags] : undefined;
  return {
    kind: 'map',
    width: data.map.width,
    height: data.map.height,
    districts: data.map.districts,
    border: data.map.border,
    statuses: summary.statuses,
    ...(kreis && center ? { highlight: { ags: kreis.ags, name: kreis.name, x: center[0], y: center[1] } } : {}),
  };
}

/** Returns names when there are at most two, else the count: the poster legend stays one or two lines. */
function shortNames(names: readonly string[]): string {
  if (names.length === 0) return 'keiner';
  if (names.length <= 2) return names.join(' und ');
  return `${names.length} Kreise und Städte`;
}

function mapTexts(data: PosterData, stichtag: IsoDate, highlight?: string): PressTexts {
  const summary = summarize(data.kreise, data.zentren, stichtag);
  const sentence = summarySentence(summary, data.gebaut, { stand: true });
  const body = mapBody(data, summary, highlight);
  const name = body.highlight?.name;
  const status = highlight ? summary.statuses[highlight] : undefined;
  const statusText = status === 'ki' ? 'mit KI' : status === 'ohne-ki' ? 'ohne KI' : 'unbekannt';
  const legend: PosterContent['legend'] = [
    { swatch: 'ki', label: `KI vorhanden: ${summary.kreiseMitKi} von ${summary.kreiseTotal}` },
    ...(summary.ohneKi.length > 0
      ? [{ swatch: 'ohne-ki' as const, label: `kein KI: ${shortNames(summary.ohneKi)}` }]
      : []),
    ...(summary.unbekannt.length > 0
      ? [{ swatch: 'unbekannt' as const, label: `unbekannt: ${shortNames(summary.unbekannt)}` }]
      : []),
    ...(name ? [{ swatch: 'highlight' as const, label: name }] : []),
  ];
  const date = formatDate(stichtag);
  const alt =
    `Karte der ${summary.kreiseTotal} Kreise und kreisfreien Städte in Nordrhein-Westfalen am ${date}, ` +
    `gefärbt danach, ob sie ein Kommunales Integrationszentrum (KI) hatten. ${sentence}` +
    (name ? ` Hervorgehoben: ${name} (${statusText} am ${date}).` : '');
  const content: PosterContent = {
    title: 'Kommunale Integrationszentren in NRW',
    dateLine: `Stichtag: ${date}`,
    facts: [
      summary.kreiseMitKi === summary.kreiseTotal
        ? `Alle ${summary.kreiseTotal} Kreise und kreisfreien Städte mit KI`
        : summary.ohneKi.length > 0 && summary.ohneKi.length <= 2
          ? `Ohne KI: ${summary.ohneKi.join(' und ')}`
          : `${summary.kreiseMitKi} von ${summary.kreiseTotal} Kreisen und Städten mit KI`,
    ],
    legend,
    notes: [],
    credits: credits(data, true),
    address: data.address,
    body,
    alt,
  };
  return { content, alt, sentence: `${sentence} ${citationSuffix(data)}` };
}

function chartTexts(data: PosterData, key: string): PressTexts | null {
  const chart = data.charts.find((c) => c.key === key);
  if (!chart) return null;
  const values = chart.bars.rows.map((row) => `${row.label}: ${formatBetrag(row.betrag, chart.bars.stil).text}`);
  const alt = `Balkendiagramm: ${chart.title}. ${chart.subtitle}. ${values.join('; ')}.`;
  const ranges = chart.bars.rows.some(
    (row) => row.betrag.basis !== 'unbekannt' && row.betrag.vonCent < row.betrag.bisCent,
  );
  const content: PosterContent = {
    title: chart.title,
    dateLine: chart.subtitle,
    facts: [],
    legend: [],
    notes: [...chart.notes, ...(ranges ? ['Grau: Spanne bis zum Höchstbetrag (nicht jedes KI erhielt ihn)'] : [])],
    credits: credits(data, false),
    address: data.address,
    body: chart.bars,
    alt,
  };
  const sentence = `${chart.title}: ${values.join('; ')} ${citationSuffix(data)}`;
  return { content, alt, sentence };
}

function cardTexts(data: PosterData, ags: string): PressTexts | null {
  const card = data.cards[ags];
  if (!card) return null;
  const summary = summarize(data.kreise, data.zentren, data.gebaut);
  const body = mapBody(data, summary, ags);
  const alt =
    `Steckbrief ${card.name}: Lagekarte in Nordrhein-Westfalen, der Kreis hervorgehoben. ${card.seit}.` +
    (card.facts.length > 0 ? ` ${card.facts.join('. ')}.` : '');
  const content: PosterContent = {
    title: card.name,
    dateLine: card.seit,
    facts: card.facts,
    legend: [],
    notes: card.basis
      ? [
          ...legendeFuer([card.basis]),
          `Bezug: Januar ${card.bezugJahr}, Jahr der meisten KI-Starts; nur Integrationsministerium`,
        ]
      : [],
    credits: credits(data, true),
    address: data.address,
    body,
    alt,
  };
  return { content, alt, sentence: `${card.satz || `${card.name}: ${card.seit}.`} ${citationSuffix(data)}` };
}

/** Returns the content, alt text and sentence for a subject, or null when the data has no such chart or district. */
export function pressTexts(data: PosterData, subject: PosterSubject): PressTexts | null {
  if (subject.kind === 'karte') return mapTexts(data, subject.stichtag, subject.highlight);
  if (subject.kind === 'chart') return chartTexts(data, subject.key);
  return cardTexts(data, subject.ags);
}
