import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from '../../src/core/read/csv.ts';
import { decodeCsvBytes } from '../../src/core/read/encoding.ts';
import { formatProblem } from '../../src/core/read/problems.ts';
import { parseCell } from '../../src/core/read/parse-cells.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** Windows-1252 bytes for Latin-1 text (the German letters share their codes). */
const cp1252 = (text: string) => new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));
const messages = (bytes: Uint8Array) => readCsv(bytes, 'data/x.csv').problems.map(formatProblem);

describe('decodeCsvBytes(bytes)', () => {
  it.each([
    ['UTF-8 with BOM', bom('a;ä\n'), 'a;ä\n', 'utf-8-bom'],
    ['UTF-8 without BOM', utf8('a;ä\n'), 'a;ä\n', 'utf-8'],
    ['Windows-1252 (German Excel "CSV")', cp1252('a;ä\n'), 'a;ä\n', 'windows-1252'],
    ['plain ASCII', utf8('a;b\n'), 'a;b\n', 'utf-8'],
  ] as const)('detects %s', (_, bytes, text, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('decodes Windows-1252 specials (€, „“) from bytes 0x80–0x9F', () => {
    expect(decodeCsvBytes(new Uint8Array([0x80, 0x3b, 0x84, 0x61, 0x93]))).toEqual({
      ok: true,
      text: '€;„a“',
      encoding: 'windows-1252',
    });
  });
});

describe('readCsv(bytes, file)', () => {
  it('reads header and rows with spreadsheet line numbers', () => {
    const { table, problems } = readCsv(
      bom('ags;name\n05154;Kreis Kleve\n05111;Stadt Düsseldorf\n'),
      'data/kreise.csv',
    );
    expect(problems).toEqual([]);
    expect(table).toEqual({
      file: 'data/kreise.csv',
      encoding: 'utf-8-bom',
      delimiter: ';',
      header: ['ags', 'name'],
      rows: [
        { line: 2, cells: ['05154', 'Kreis Kleve'] },
        { line: 3, cells: ['05111', 'Stadt Düsseldorf'] },
      ],
    });
  });

  it('gives a record that spans lines the line where it starts', () => {
    const text = 'a;b\r\n1;"zwei\r\nZeilen"\r\n3;"drei\r\n\r\nZeilen"\r\n4;x\r\n';
    const rows = readCsv(utf8(text), 'f.csv').table!.rows;
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'zwei\nZeilen'] },
      { line: 4, cells: ['3', 'drei\n\nZeilen'] },
      { line: 7, cells: ['4', 'x'] },
    ]);
  });

  it('reads quoted cells with ; , and doubled quotes', () => {
    const rows = readCsv(utf8('a;b;c\n"x;y";"sagt ""ja""";"1,5"\n'), 'f.csv').table!.rows;
    expect(rows).toEqual([{ line: 2, cells: ['x;y', 'sagt "ja"', '1,5'] }]);
  });

  it('reads comma-separated files (LibreOffice default) and quoted commas', () => {
    const { table } = readCsv(utf8('a,b\n"1,5",2\n'), 'f.csv');
    expect(table!.delimiter).toBe(',');
    expect(table!.rows).toEqual([{ line: 2, cells: ['1,5', '2'] }]);
  });

  it('ignores trailing empty columns and rows as Excel writes them, keeping line numbers', () => {
    const { table, problems } = readCsv(cp1252('a;b;;;\r\n1;2;;;\r\n;;;;\r\n3;4;;;\r\n;;;;\r\n\r\n'), 'f.csv');
    expect(problems).toEqual([]);
    expect(table!.header).toEqual(['a', 'b']);
    expect(table!.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('pads short rows with empty cells', () => {
    expect(readCsv(utf8('a;b;c\n1\n'), 'f.csv').table!.rows).toEqual([{ line: 2, cells: ['1', '', ''] }]);
  });

  it('reports a value beyond the last named column', () => {
    expect(messages(utf8('a;b\n1;2;3\n'))).toEqual([
      'data/x.csv:2:3: Fehler: Der Wert „3“ steht in Spalte 3, die keine Überschrift hat. Bitte den Wert in die richtige Spalte verschieben oder die Spalte benennen.',
    ]);
  });

  it('reports an unclosed quote at the line and column where it opened', () => {
    expect(messages(utf8('a;b;c\n1;2;3\n4;"fünf;6\n7;8;9\n10;11;12\n'))).toEqual([
      'data/x.csv:3:2: Fehler: Ein Anführungszeichen am Anfang dieser Zelle wird nie geschlossen, darum liest sich der Rest der Datei als eine einzige Zelle. Bitte das schließende „"“ ergänzen oder das öffnende entfernen.',
    ]);
  });

  it('finds the unclosed quote after a correctly closed multi-line cell and an escaped quote', () => {
    expect(messages(utf8('a;b\n1;"x\ny ""z"""\n2;"offen\n3;4\n'))[0]).toMatch(/^data\/x\.csv:4:2: /);
  });

  it('accepts a stray quote inside an unquoted cell as Excel does', () => {
    expect(readCsv(utf8('a;b\n1;5" Zoll\n'), 'f.csv').table!.rows).toEqual([{ line: 2, cells: ['1', '5" Zoll'] }]);
  });

  it.each([
    [
      'an empty file',
      new Uint8Array(),
      'data/x.csv:1:1: Fehler: Die Datei ist leer. Bitte mindestens die Kopfzeile mit den Spaltennamen eintragen.',
    ],
    [
      'a file with only a BOM',
      bom(''),
      'data/x.csv:1:1: Fehler: Die Datei ist leer. Bitte mindestens die Kopfzeile mit den Spaltennamen eintragen.',
    ],
    [
      'a file of empty lines',
      utf8('\r\n\r\n  \r\n'),
      'data/x.csv:1:1: Fehler: Die Datei ist leer. Bitte mindestens die Kopfzeile mit den Spaltennamen eintragen.',
    ],
    [
      'a file of empty Excel rows',
      utf8(';;;\n;;;\n'),
      'data/x.csv:1:1: Fehler: Die Datei ist leer. Bitte mindestens die Kopfzeile mit den Spaltennamen eintragen.',
    ],
    [
      'a header without delimiter',
      utf8('ags\tname\n'),
      'data/x.csv:1:1: Fehler: Die Kopfzeile „ags<U+0009>name“ enthält weder „;“ noch „,“ als Trennzeichen. Bitte die Datei als CSV mit Semikolon oder Komma speichern.',
    ],
    [
      'NUL bytes',
      new Uint8Array([0x61, 0x3b, 0x00, 0x62]),
      'data/x.csv:1:2: Fehler: Hier steht ein Nullbyte (das unsichtbare Zeichen U+0000), meist ein Rest aus einem anderen Programm. Bitte die Zelle neu eintippen und die Datei als „CSV UTF-8“ speichern.',
    ],
    [
      'an Excel workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'data/x.csv:1:1: Fehler: Die Datei ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
    ],
    [
      'UTF-16 ("Unicode-Text")',
      new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00]),
      'data/x.csv:1:1: Fehler: Die Datei ist als UTF-16 („Unicode-Text“) gespeichert, nicht als CSV. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
    ],
    [
      'UTF-8 and Windows-1252 lines mixed',
      new Uint8Array([...utf8('a;b\nKöln;1\nx;y\n'), ...cp1252('Münster;2\n')]),
      'data/x.csv:4:1: Fehler: Die Datei mischt zwei Zeichenkodierungen: Zeile 2 ist UTF-8, Zeile 4 ist Windows-1252. Bitte die Umlaute ab dieser Zeile prüfen und die Datei einheitlich als „CSV UTF-8“ speichern.',
    ],
  ])('refuses %s with one message', (_, bytes, message) => {
    expect(messages(bytes)).toEqual([message]);
  });
});

describe('detectDelimiter(headerLine)', () => {
  it.each([
    ['ags;name;art', ';'],
    ['ags,name,art', ','],
    ['"ags";"name, lang"', ';'],
    ['a;b,c', ';'],
    ['ags', null],
  ] as const)('%j → %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe('parseCell(spec, raw, ctx) for URLs', () => {
  const spec = { name: 'url', kind: 'url' } as const;
  const ctx = { today: '2026-11-25', agsPrefix: '05' };
  it.each([
    [
      'https://www.kreis-kleve.de/de/aktuelles/',
      {
        ok: true,
        value: 'https://www.kreis-kleve.de/de/aktuelles/',
        machine: 'https://www.kreis-kleve.de/de/aktuelles/',
      },
    ],
    ['', { ok: true, value: null, machine: '' }],
    [
      'javascript:alert(1)',
      {
        ok: false,
        message:
          '„javascript:alert(1)“ ist keine zulässige Webadresse. Erlaubt sind nur Adressen, die mit http:// oder https:// beginnen.',
      },
    ],
    [
      'ftp://example.org/x',
      {
        ok: false,
        message:
          '„ftp://example.org/x“ ist keine zulässige Webadresse. Erlaubt sind nur Adressen, die mit http:// oder https:// beginnen.',
      },
    ],
    [
      'www.kreis-kleve.de',
      {
        ok: false,
        message:
          '„www.kreis-kleve.de“ ist keine zulässige Webadresse. Erlaubt sind nur Adressen, die mit http:// oder https:// beginnen.',
      },
    ],
    [
      'https://a.de/\u202egpj.exe',
      {
        ok: false,
        message:
          '„https://a.de/<U+202E>gpj.exe“ enthält das unsichtbare Steuerzeichen U+202E. Bitte entfernen (es entsteht oft beim Kopieren aus PDF- oder Word-Dokumenten).',
      },
    ],
  ])('%j', (raw, expected) => {
    expect(parseCell(spec, raw, ctx)).toEqual(expected);
  });
});
