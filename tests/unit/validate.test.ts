import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportLines } from '../../src/core/read/report.ts';
import { validateData, type DataFile } from '../../src/core/read/validate.ts';
import { readDataDir } from '../../src/build/data-dir.ts';
import { brokenCases, expectedReport, fixtureOptions, loadCase, loadDir, okDir, writeDir } from '../fixtures/load.ts';

const report = (files: readonly DataFile[]) => {
  const v = validateData(files, fixtureOptions);
  return reportLines(v.problems, v.stats);
};
const replace = (files: DataFile[], name: string, bytes: Uint8Array): DataFile[] =>
  files.map((f) => (f.name === name ? { name, size: bytes.length, bytes } : f));

describe('validateData on the broken corpus (tests/fixtures/broken)', () => {
  const cases = brokenCases();

  it('holds at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: reports exactly its expected.txt and yields no data', (name) => {
    const v = validateData(loadCase(name), fixtureOptions);
    expect(reportLines(v.problems, v.stats)).toEqual(expectedReport(name));
    expect(v.errors).toBeGreaterThan(0);
    expect(v.data).toBeNull();
  });
});

describe('validateData on generated broken input', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ki-atlas-validate-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses binary garbage in place of a table', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(report(replace(loadDir(okDir), 'zentren.csv', garbage))).toEqual([
      'data/zentren.csv:1:1: Fehler: Die Datei ist keine Textdatei: Sie enthält Nullbytes oder Binärdaten. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
      '1 Fehler in 1 Datei.',
    ]);
  });

  it('refuses a 50 MB file by its size without reading it', () => {
    const dir = join(tmp, 'large');
    writeDir(dir, loadDir(okDir));
    truncateSync(join(dir, 'kreise.csv'), 50_000_000); // sparse: no 50 MB written to disk
    const files = readDataDir(dir);
    expect(files.find((f) => f.name === 'kreise.csv')).toEqual({ name: 'kreise.csv', size: 50_000_000, bytes: null });
    expect(report(files)).toEqual([
      'data/kreise.csv:1:1: Fehler: Die Datei ist 50 MB groß; erlaubt sind höchstens 5 MB. Bitte prüfen, ob hier versehentlich eine andere Datei gespeichert wurde.',
      '1 Fehler in 1 Datei.',
    ]);
  });

  it('refuses oversized bytes handed in directly, too', () => {
    const big = new Uint8Array(5_000_001).fill(0x41);
    expect(report(replace(loadDir(okDir), 'quellen.csv', big))[0]).toBe(
      'data/quellen.csv:1:1: Fehler: Die Datei ist 5 MB groß; erlaubt sind höchstens 5 MB. Bitte prüfen, ob hier versehentlich eine andere Datei gespeichert wurde.',
    );
  });

  it('reports every table of an empty or missing folder', () => {
    expect(report(readDataDir(join(tmp, 'does-not-exist')))).toEqual([
      'data/kreise.csv:1:1: Fehler: Die Datei fehlt. Bitte kreise.csv mit der Kopfzeile „ags;name;art;regierungsbezirk;einwohner;einwohner_stand;flaeche_km2;quelle;anmerkung“ anlegen.',
      'data/zentren.csv:1:1: Fehler: Die Datei fehlt. Bitte zentren.csv mit der Kopfzeile „id;ags;kreis_ags;traeger;foerdertyp;start;start_bedeutung;spaetestens;fachstellen;lehrerstellen;quelle;anmerkung“ anlegen.',
      'data/foerderung.csv:1:1: Fehler: Die Datei fehlt. Bitte foerderung.csv mit der Kopfzeile „id;gueltig_ab;gueltig_bis;komponente;bezeichnung;gilt_fuer;betrag_eur;stellen;einheit;geldgeber;quellentyp;quelle;anmerkung“ anlegen.',
      'data/landesmittel.csv:1:1: Fehler: Die Datei fehlt. Bitte landesmittel.csv mit der Kopfzeile „jahr;betrag_eur;was;art;ki_spezifisch;quelle;anmerkung“ anlegen.',
      'data/chronik.csv:1:1: Fehler: Die Datei fehlt. Bitte chronik.csv mit der Kopfzeile „datum;kreis_ags;ereignis;quelle“ anlegen.',
      'data/quellen.csv:1:1: Fehler: Die Datei fehlt. Bitte quellen.csv mit der Kopfzeile „id;titel;herausgeber;datum;url;lizenz“ anlegen.',
      '6 Fehler in 6 Dateien.',
    ]);
  });

  it('names files by the folder given (--data DIR)', () => {
    const v = validateData(loadCase('11-invalid-date-31-02'), { ...fixtureOptions, dir: 'tests/x/' });
    expect(v.problems.map((p) => p.file)).toEqual(['tests/x/zentren.csv']);
  });

  it('counts 53 districts by default', () => {
    const v = validateData(loadDir(okDir), { today: '2026-11-25' });
    expect(reportLines(v.problems, v.stats)).toEqual([
      'data/kreise.csv:1:1: Fehler: Die Tabelle enthält 5 Kreise und kreisfreie Städte; erwartet werden genau 53. Bitte die fehlenden ergänzen.',
      '1 Fehler in 1 Datei.',
    ]);
  });
});

describe('validateData hints (exit 0)', () => {
  it('passes the ok fixture with no problem at all', () => {
    expect(report(loadDir(okDir))).toEqual(['Daten geprüft: 6 Tabellen, 29 Zeilen, keine Fehler, keine Hinweise.']);
  });

  it('hints at an unknown column and an unknown file but keeps the data', () => {
    const files = loadDir(okDir);
    const landesmittel = new TextDecoder().decode(files.find((f) => f.name === 'landesmittel.csv')!.bytes!);
    const extra = landesmittel.replace('anmerkung\n', 'anmerkung;bemerkung\n');
    const withExtra = replace(files, 'landesmittel.csv', new TextEncoder().encode(extra));
    const bytes = new TextEncoder().encode('a;b\n');
    const v = validateData([...withExtra, { name: 'kreise-alt.csv', size: bytes.length, bytes }], fixtureOptions);
    expect(reportLines(v.problems, v.stats)).toEqual([
      'data/landesmittel.csv:1:8: Hinweis: Die Spalte „bemerkung“ ist unbekannt: Sie wird nicht geprüft und nicht veröffentlicht (in keiner Download-Datei). Meinten Sie „anmerkung“? Bekannte Spalten: jahr, betrag_eur, was, art, ki_spezifisch, quelle, anmerkung.',
      'data/kreise-alt.csv:1:1: Hinweis: Die Datei ist unbekannt und wird ignoriert. Erwartet werden: kreise.csv, zentren.csv, foerderung.csv, landesmittel.csv, chronik.csv, quellen.csv.',
      'Daten geprüft: 6 Tabellen, 29 Zeilen, keine Fehler, 2 Hinweise.',
    ]);
    expect(v.data).not.toBeNull();
  });

  it('writes nothing about a header-only table: it is valid and empty', () => {
    const bytes = new TextEncoder().encode('datum;kreis_ags;ereignis;quelle\n');
    const v = validateData(replace(loadDir(okDir), 'chronik.csv', bytes), fixtureOptions);
    expect(v.problems).toEqual([]);
    expect(v.data!.chronik).toEqual([]);
  });
});

describe('reading is independent of where the bytes come from', () => {
  it('reports the same for files read from disk', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ki-atlas-disk-'));
    try {
      writeDir(tmp, loadCase('16-negative-amount'));
      writeFileSync(join(tmp, 'README.md'), '# not a table\n');
      expect(report(readDataDir(tmp))).toEqual(expectedReport('16-negative-amount'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
