import { describe, expect, it } from 'vitest';
import { checkUploads } from '../../src/core/read/checker.ts';
import type { DataFile } from '../../src/core/read/validate.ts';
import { readDataDir } from '../../src/build/data-dir.ts';
import { excelRoundTrip } from '../fixtures/roundtrip.ts';
import { validateData } from '../../src/core/read/validate.ts';

const today = '2026-12-05';
const published = readDataDir('data');
const file = (name: string, text: string): DataFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes };
};
const zentrenText = new TextDecoder().decode(published.find((f) => f.name === 'zentren.csv')!.bytes!);

describe('checkUploads(picked, published, today)', () => {
  it('says a clean file is ready to upload', () => {
    const result = checkUploads([published.find((f) => f.name === 'zentren.csv')!], published, today);
    expect(result.status).toBe('ok');
    expect(result.summary).toBe('Bereit zum Hochladen: zentren.csv hat keine Fehler.');
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^Daten geprüft: 6 Tabellen, \d+ Zeilen, keine Fehler, keine Hinweise\.$/);
    expect(result.canonical).toEqual([]);
  });

  it('accepts an Excel save, hints at the AGS and offers the canonical file', () => {
    const tables = validateData(published, { today }).tables;
    const [excel] = excelRoundTrip([tables.zentren!]);
    const result = checkUploads([excel!], published, today);
    expect(result.status).toBe('ok');
    expect(result.summary).toBe('Bereit zum Hochladen: zentren.csv hat keine Fehler (108 Hinweise, siehe unten).');
    expect(result.lines[0]).toMatch(/^data\/zentren\.csv:2:2: Hinweis: AGS ohne führende Null in 54 Zeilen \(2–55\)/);
    expect(result.canonical.map((c) => c.file)).toEqual(['zentren.csv']);
    expect(result.canonical[0]!.bytes).toEqual(published.find((f) => f.name === 'zentren.csv')!.bytes);
  });

  it('says a broken file is not ready, with the data:check lines', () => {
    const broken = zentrenText.replace(';Stadt Düsseldorf;', ';@Stadt Düsseldorf;');
    const result = checkUploads([file('zentren.csv', broken)], published, today);
    expect(result.status).toBe('fehler');
    expect(result.summary).toBe(
      'Noch nicht bereit: 1 Fehler. Bitte die Fehler in der Tabelle beheben, die Datei speichern und hier erneut prüfen.',
    );
    expect(result.lines[0]).toBe(
      'data/zentren.csv:2:4: Fehler: Spalte „traeger“: „@Stadt Düsseldorf“ beginnt mit „@“. Tabellenprogramme lesen eine solche Zelle als Formel und führen sie beim Öffnen der Download-Datei aus; darum ist das am Zellanfang nicht erlaubt. Bitte das Zeichen entfernen oder ein Wort davorsetzen; ein Minus oder Plus am Anfang bitte als Wort schreiben („minus 5 %“, „plus 2 Stellen“) oder als Zeichen „−“ (Unicode-Minus).',
    );
  });

  it('measures deletions against the published tables', () => {
    const header = zentrenText.split('\n')[0]!;
    const result = checkUploads([file('zentren.csv', `${header}\n${zentrenText.split('\n')[1]}\n`)], published, today);
    expect(result.lines[0]).toMatch(
      /^data\/zentren\.csv:1:1: Fehler: Die Tabelle hat 1 Datenzeilen; in der letzten gespeicherten Version \(git\) waren es \d+\./,
    );
  });
});
