/**
 * The probes of issue 13 that are too large or too binary for tests/fixtures/broken: generated
 * here, each with its exact German message and position, and none may end in a stack trace.
 */
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { committedRowCounts } from '../../src/build/data-dir.ts';
import { neutralizeFormula, toCanonicalCsv } from '../../src/core/read/canonical-csv.ts';
import { colourLine, crashLines, wantsColour } from '../../src/core/read/crash.ts';
import { toMachineCsv } from '../../src/core/read/machine-csv.ts';
import { runPipeline } from '../../src/core/read/pipeline.ts';
import { reportLines } from '../../src/core/read/report.ts';
import { validateData, type DataFile } from '../../src/core/read/validate.ts';
import { fixtureOptions, loadDir, okDir } from '../fixtures/load.ts';

const encoder = new TextEncoder();
const dates = { stand: '2026-11-20', gebaut: '2026-11-25' };
const okFiles = loadDir(okDir);
const okText = (name: string) => new TextDecoder().decode(okFiles.find((f) => f.name === name)!.bytes!);
const replace = (name: string, bytes: Uint8Array): DataFile[] =>
  okFiles.map((f) => (f.name === name ? { name, size: bytes.length, bytes } : f));
const report = (files: readonly DataFile[]) => {
  const v = validateData(files, fixtureOptions);
  return reportLines(v.problems, v.stats);
};

describe('huge inputs end in a capped German report, never a stack trace', () => {
  it('30.000 filled-down rows: 20 lines per kind, then one summing line', () => {
    const [header, first] = okText('zentren.csv').split('\n');
    const row = first!.replace(/^duesseldorf;/, 'x;');
    const bytes = encoder.encode(`${header}\n${first}\n${`${row}\n`.repeat(30_000)}`);
    const lines = report(replace('zentren.csv', bytes));
    expect(lines.slice(0, 2)).toEqual([
      'data/zentren.csv:3:2: Fehler: Spalte „ags“: „05111“ kommt doppelt vor (zuerst in Zeile 2). Jeder Wert darf nur einmal vorkommen.',
      'data/zentren.csv:4:1: Fehler: Spalte „id“: „x“ kommt doppelt vor (zuerst in Zeile 3). Jeder Wert darf nur einmal vorkommen.',
    ]);
    expect(lines.slice(-4)).toEqual([
      '… und 29.980 weitere Probleme dieser Art in data/zentren.csv.',
      'data/zentren.csv:23:1: Fehler: Spalte „id“: „x“ kommt doppelt vor (zuerst in Zeile 3). Jeder Wert darf nur einmal vorkommen.',
      '… und 29.979 weitere Probleme dieser Art in data/zentren.csv.',
      '59.999 Fehler in 1 Datei.',
    ]);
    expect(lines.length).toBeLessThan(100);
  });

  it('one row with 2,4 million cells: one message for the row', () => {
    const [header, first] = okText('landesmittel.csv').split('\n');
    const bytes = encoder.encode(`${header}\n${first}${';x'.repeat(2_400_000)}\n`);
    expect(report(replace('landesmittel.csv', bytes))).toEqual([
      'data/landesmittel.csv:2:8: Fehler: Der Wert „x“ steht in Spalte 8, die keine Überschrift hat (und 2.399.999 weitere Werte rechts davon). Bitte den Wert in die richtige Spalte verschieben oder die Spalte benennen.',
      '1 Fehler in 1 Datei.',
    ]);
  });

  it('2,4 million one-character rows: refused by the row limit before parsing', () => {
    const bytes = encoder.encode(`${okText('chronik.csv').split('\n')[0]}\n${'x\n'.repeat(2_400_000)}`);
    expect(report(replace('chronik.csv', bytes))).toEqual([
      'data/chronik.csv:1:1: Fehler: Die Datei hat 2.400.001 Zeilen; erlaubt sind höchstens 100.000. Bitte prüfen, ob Zeilen versehentlich nach unten kopiert („ausgefüllt“) wurden, und diese löschen.',
      '1 Fehler in 1 Datei.',
    ]);
  });

  it('10.000 values without a header in 10.000 rows: capped per kind', () => {
    const text = okText('quellen.csv').trimEnd();
    const [header] = text.split('\n');
    const rows = Array.from({ length: 10_000 }, (_, i) => `q${i};Titel ${i};;;;;notiz`);
    const lines = report(replace('quellen.csv', encoder.encode(`${header}\n${rows.join('\n')}\n`)));
    expect(lines.filter((l) => l.includes('die keine Überschrift hat'))).toHaveLength(20);
    expect(lines).toContain('… und 9.980 weitere Probleme dieser Art in data/quellen.csv.');
  });
});

describe('encodings of other spreadsheet settings are read correctly and named', () => {
  // „“ exist in neither Mac OS Roman nor cp850; «» do, so the test text uses those.
  const kreise = okText('kreise.csv')
    .replace(/^\uFEFF/, '')
    .replaceAll('„', '»')
    .replaceAll('“', '«');
  const canonical = validateData(replace('kreise.csv', encoder.encode(kreise)), fixtureOptions).data!;

  it.each([
    [
      'macintosh',
      'data/kreise.csv:2:1: Hinweis: Die Datei ist als „CSV (Macintosh)“ (Zeichensatz Mac OS Roman) gespeichert und wurde so gelesen. Bitte künftig „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen oder „npm run data:format“ ausführen, das die Datei in UTF-8 umschreibt.',
    ],
    [
      'cp850',
      'data/kreise.csv:2:1: Hinweis: Die Datei ist als „CSV (MS-DOS)“ (Zeichensatz cp850) gespeichert und wurde so gelesen. Bitte künftig „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen oder „npm run data:format“ ausführen, das die Datei in UTF-8 umschreibt.',
    ],
  ])('%s: same data as UTF-8, one hint', (encoding, hintLine) => {
    const v = validateData(replace('kreise.csv', iconv.encode(kreise, encoding)), fixtureOptions);
    expect(reportLines(v.problems, v.stats)).toEqual([
      hintLine,
      'Daten geprüft: 6 Tabellen, 29 Zeilen, keine Fehler, 1 Hinweis.',
    ]);
    expect(v.data!.kreise).toEqual(canonical.kreise);
  });

  it('ISO-8859-15: € stays €, not ¤', () => {
    const text = okText('landesmittel.csv')
      .replace(/^\uFEFF/, '')
      .replace('\n', '\n')
      .trimEnd();
    const withEuro = `${text.split('\n')[0]}\n2013;;Mittel für die KI (ca. 10 Mio. €, Köln);gemeldet;ja;mkffi-2017-10-05;\n`;
    const v = validateData(replace('landesmittel.csv', iconv.encode(withEuro, 'iso-8859-15')), fixtureOptions);
    expect(v.data!.landesmittel[0]!.was).toBe('Mittel für die KI (ca. 10 Mio. €, Köln)');
    expect(reportLines(v.problems, v.stats)[0]).toBe(
      'data/landesmittel.csv:2:1: Hinweis: Die Datei ist als ISO-8859-15 (Latin-9) gespeichert und wurde so gelesen. Bitte künftig „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen oder „npm run data:format“ ausführen, das die Datei in UTF-8 umschreibt.',
    );
  });

  it('Windows-1252 (German Excel) stays Windows-1252 without a hint', () => {
    const v = validateData(replace('kreise.csv', iconv.encode(kreise, 'win1252')), fixtureOptions);
    expect(v.problems).toEqual([]);
    expect(v.data!.kreise).toEqual(canonical.kreise);
  });

  it.each([
    [
      'an .ods renamed to .csv',
      new Uint8Array([
        0x50,
        0x4b,
        3,
        4,
        ...new Array<number>(26).fill(0),
        ...encoder.encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      ]),
      'data/kreise.csv:1:1: Fehler: Die Datei ist eine LibreOffice-Tabelle (.ods), keine CSV-Datei. Bitte in LibreOffice „Datei“ → „Speichern unter“ → Dateityp „Text CSV (.csv)“ wählen, Zeichensatz „Unicode (UTF-8)“, Feldtrenner „;“.',
    ],
    [
      'an .xls renamed to .csv',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'data/kreise.csv:1:1: Fehler: Die Datei ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
    ],
  ])('names %s', (_, bytes, line) => {
    expect(report(replace('kreise.csv', bytes))).toEqual([line, '1 Fehler in 1 Datei.']);
  });
});

describe('only checked columns are published, and no writer emits a formula', () => {
  it('drops an unknown column (with a formula, HTML and U+202E in it) from both downloads', () => {
    const text = okText('quellen.csv').trimEnd().split('\n');
    const withNotes = [
      `${text[0]};private_notizen`,
      ...text.slice(1).map((l, i) => `${l};${i === 0 ? '=HYPERLINK("http://evil.example/")' : '<script>\u202e'}`),
    ].join('\n');
    const result = runPipeline(replace('quellen.csv', encoder.encode(`${withNotes}\n`)), fixtureOptions, dates);
    expect(result.validation.errors).toBe(0);
    expect(reportLines(result.validation.problems, result.validation.stats)[0]).toBe(
      'data/quellen.csv:1:7: Hinweis: Die Spalte „private_notizen“ ist unbekannt: Sie wird nicht geprüft und nicht veröffentlicht (in keiner Download-Datei). Bekannte Spalten: id, titel, herausgeber, datum, url, lizenz.',
    );
    const table = new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.tableCsv!['quellen.csv']);
    const machine = result.machineCsv!['quellen.csv']!;
    for (const out of [table, machine]) {
      expect(out).not.toContain('private_notizen');
      expect(out).not.toContain('HYPERLINK');
      expect(out).not.toContain('<script>');
    }
    expect(table.split('\n')[0]).toBe('\uFEFFid;titel;herausgeber;datum;url;lizenz');
  });

  it('neutralises a formula start in both writers even when the check is bypassed', () => {
    const result = runPipeline(okFiles, fixtureOptions, dates);
    const table = result.validation.tables.chronik!;
    const row = table.rows[0]!;
    const poisoned = {
      ...table,
      rows: [{ ...row, machine: { ...row.machine, ereignis: '=1+1' }, written: { ...row.written, ereignis: '=1+1' } }],
    };
    expect(toMachineCsv(poisoned).split('\n')[1]).toBe(`2015,05154,'=1+1,rp-2017-10-21`);
    expect(toCanonicalCsv(poisoned, { keepUnknown: false }).split('\n')[1]).toBe(`2015;05154;'=1+1;rp-2017-10-21`);
    expect(['=a', '+a', '-a', '@a', '\ta', '\ra', 'a=', '−5'].map(neutralizeFormula)).toEqual([
      "'=a",
      "'+a",
      "'-a",
      "'@a",
      "'\ta",
      "'\ra",
      'a=',
      '−5',
    ]);
  });
});

describe('accidental deletions against the last committed version', () => {
  it('refuses losing more than 10 % of the rows unless --allow-shrink confirms it', () => {
    const v = validateData(okFiles, { ...fixtureOptions, previousRows: { zentren: 60 } });
    expect(reportLines(v.problems, v.stats)).toEqual([
      'data/zentren.csv:1:1: Fehler: Die Tabelle hat 6 Datenzeilen; in der letzten gespeicherten Version (git) waren es 60. 54 Zeilen (90 %) fehlen. Wenn das Absicht ist, bitte mit „npm run data:check -- --allow-shrink“ (und ebenso beim Bauen) bestätigen; sonst die Zeilen wiederherstellen (z. B. mit „git checkout -- data/zentren.csv“).',
      '1 Fehler in 1 Datei.',
    ]);
    expect(validateData(okFiles, { ...fixtureOptions, previousRows: { zentren: 60 }, allowShrink: true }).errors).toBe(
      0,
    );
    expect(validateData(okFiles, { ...fixtureOptions, previousRows: { zentren: 6 } }).errors).toBe(0);
  });

  it('counts the committed rows of a folder from git HEAD', () => {
    expect(committedRowCounts('tests/fixtures/ok')).toEqual({
      kreise: 5,
      zentren: 6,
      foerderung: 5,
      landesmittel: 4,
      chronik: 4,
      quellen: 5,
    });
    expect(committedRowCounts('does/not/exist')).toEqual({});
  });
});

describe('an unexpected failure is one German line', () => {
  it('prints the reason without a stack, plus an annotation in GitHub Actions', () => {
    const lines = crashLines(new RangeError('Maximum call stack size exceeded'), 'Die Datenprüfung', true);
    expect(lines).toEqual([
      'Fehler: Die Datenprüfung ist unerwartet abgebrochen (RangeError: Maximum call stack size exceeded). Das liegt am Prüfprogramm, nicht allein an Ihren Daten. Bitte die geänderte Datei und diese Zeile als Issue melden; bis dahin hilft es, die letzte Änderung rückgängig zu machen.',
      '::error title=Die Datenprüfung abgebrochen::Fehler: Die Datenprüfung ist unerwartet abgebrochen (RangeError: Maximum call stack size exceeded). Das liegt am Prüfprogramm, nicht allein an Ihren Daten. Bitte die geänderte Datei und diese Zeile als Issue melden; bis dahin hilft es, die letzte Änderung rückgängig zu machen.',
    ]);
  });

  it('colours labels only for a terminal without NO_COLOR', () => {
    expect(colourLine('data/x.csv:2:1: Fehler: a')).toBe('data/x.csv:2:1: \u001b[1;31mFehler:\u001b[0m a');
    expect(colourLine('data/x.csv:2:1: Hinweis: a')).toBe('data/x.csv:2:1: \u001b[33mHinweis:\u001b[0m a');
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
  });
});

describe('npm run data:check never prints a stack trace', () => {
  it('answers a mistyped flag with one German line and exit 1', () => {
    const run = spawnSync(process.execPath, ['scripts/check-data.ts', '--allow-shrik'], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'Fehler: Die Option „--allow-shrik“ gibt es nicht. Meinten Sie „--allow-shrink“? Erlaubt sind --data ORDNER, --allow-shrink, --today JJJJ-MM-TT, --expect-kreise N, --ags-prefix P.\n',
    );
  });
});
