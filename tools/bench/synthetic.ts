/**
 * A synthetic, Germany-sized data set in the schema of data/ (same files, columns, formats), for
 * timing the data check and pipeline at growing sizes. Scale 1 = 400 districts with one KI each,
 * 14 years (2012–2025) of funding rules and Landesmittel, two Chronik events per district.
 * Scale k multiplies every table by k. Deterministic: the same scale gives the same bytes.
 */
import { tableSpecs, type TableName } from '../../src/core/read/schema.ts';

/** Districts at scale 1 (Germany has 400 Kreise and kreisfreie Städte). */
export const districtsPerScale = 400;
/** Years of funding rules and Landesmittel. */
export const years = Array.from({ length: 14 }, (_, i) => 2012 + i);
const komponentenPerScale = 4;

/** Returns the 5-digit AGS of synthetic district i (0-based): 16 states, numbered within each (01001, 02001, …). */
export function syntheticAgs(i: number): string {
  const state = (i % 16) + 1;
  const within = Math.floor(i / 16) + 1;
  return `${String(state).padStart(2, '0')}${String(within).padStart(3, '0')}`;
}

function csv(name: TableName, rows: (string | number)[][]): string {
  const columns = tableSpecs.find((spec) => spec.name === name)!.columns.map((column) => column.name);
  const cell = (value: string | number) => {
    const text = String(value);
    return /[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.join(';'), ...rows.map((row) => row.map(cell).join(';'))];
  // Canonical form of data/: UTF-8 with BOM, ";" separated, one line per record.
  return `\ufeff${lines.join('\n')}\n`;
}

/** Returns a deterministic pseudo-random integer in [0, n) for a seed (an LCG step, good enough for spread). */
function pick(seed: number, n: number): number {
  return ((seed * 1103515245 + 12345) >>> 0) % n;
}

function startOf(i: number): string {
  const year = 2013 + pick(i, 6);
  const month = String(1 + pick(i + 7, 12)).padStart(2, '0');
  const day = String(1 + pick(i + 13, 28)).padStart(2, '0');
  // All three precisions occur, as in the real data.
  return [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`][i % 3]!;
}

/** Returns the CSV text of every table (file name → content) for the given scale (a positive integer). */
export function syntheticData(scale: number): Record<string, string> {
  const districts = districtsPerScale * scale;
  const quellen = ['synth-gesetz', 'synth-statistik', 'synth-haushalt', 'synth-presse'];
  const kreise: (string | number)[][] = [];
  const zentren: (string | number)[][] = [];
  const chronik: (string | number)[][] = [];
  for (let i = 0; i < districts; i++) {
    const ags = syntheticAgs(i);
    const city = i % 4 === 0;
    const name = `${city ? 'Stadt' : 'Kreis'} Synthetisch ${String(i + 1).padStart(4, '0')}`;
    kreise.push([
      ags,
      name,
      city ? 'Kreisfreie Stadt' : 'Kreis',
      `Bezirk ${(i % 38) + 1}`,
      50_000 + pick(i, 950_000),
      '2024-12-31',
      `${100 + pick(i + 3, 3000)}.${pick(i + 5, 10)}`,
      'synth-statistik',
      '',
    ]);
    const start = startOf(i);
    const startYear = Number(start.slice(0, 4));
    zentren.push([
      `ki-${ags}`,
      ags,
      ags,
      city ? `${name}` : `${name} (Kreisverwaltung)`,
      city ? 'kreisfreie Stadt' : 'Kreis',
      start,
      i % 3 === 0 ? 'Jahr der Gründung laut Kreistagsbeschluss' : '',
      i % 5 === 0 ? `${startYear + 1}` : '',
      `${3 + pick(i, 3)}.5`,
      `${1 + pick(i + 1, 4)}`,
      'synth-haushalt|synth-presse',
      '',
    ]);
    chronik.push([start, ags, `Einrichtung des Kommunalen Integrationszentrums in ${name}.`, 'synth-presse']);
    chronik.push([
      `${Math.min(startYear + 3, 2024)}`,
      ags,
      `Erste Fortschreibung des Integrationskonzepts in ${name}.`,
      'synth-presse',
    ]);
  }
  const foerderung: (string | number)[][] = [];
  for (let k = 0; k < komponentenPerScale * scale; k++) {
    for (const giltFuer of ['Kreis', 'kreisfreie Stadt']) {
      for (const year of years) {
        foerderung.push([
          `k${k + 1}-${giltFuer === 'Kreis' ? 'kreis' : 'stadt'}-${year}`,
          `${year}-01-01`,
          `${year}-12-31`,
          `Komponente ${k + 1}`,
          `Synthetische Förderregel ${k + 1} für ${year}`,
          giltFuer,
          `${50_000 + 1_000 * (year - 2012)}.00`,
          k % 2 === 0 ? '1' : '',
          k % 2 === 0 ? 'je Stelle' : 'je KI',
          'Land',
          'Richtlinie',
          'synth-gesetz',
          '',
        ]);
      }
    }
  }
  const landesmittel: (string | number)[][] = [];
  for (let s = 0; s < scale; s++) {
    for (const year of years) {
      landesmittel.push([
        year,
        `${20_000_000 + 250_000 * (year - 2012) + s}.00`,
        `Haushaltstitel ${s + 1}`,
        s % 2 ? 'abgeleitet' : 'gemeldet',
        'ja',
        'synth-haushalt',
        '',
      ]);
    }
  }
  const quellenRows = quellen.map((id, i) => [
    id,
    `Synthetische Quelle ${i + 1}`,
    'Benchmark',
    '2025-01-01',
    `https://example.org/${id}`,
    'CC BY 4.0',
  ]);
  return {
    'kreise.csv': csv('kreise', kreise),
    'zentren.csv': csv('zentren', zentren),
    'foerderung.csv': csv('foerderung', foerderung),
    'landesmittel.csv': csv('landesmittel', landesmittel),
    'chronik.csv': csv('chronik', chronik),
    'quellen.csv': csv('quellen', quellenRows),
  };
}
