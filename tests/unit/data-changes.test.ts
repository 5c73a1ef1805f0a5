import { describe, expect, it } from 'vitest';
import {
  cellText,
  changeSentence,
  changedTexts,
  diffTable,
  formattingOnly,
  tableSentences,
  type RawTable,
} from '../../src/core/model/data-changes.ts';

const zentrenHeader = ['id', 'ags', 'kreis_ags', 'traeger', 'start', 'spaetestens', 'quelle'];
const zentren = (...rows: string[][]): RawTable => ({ header: zentrenHeader, rows });
const wesel = ['wesel', '05170', '05170', 'Kreis Wesel', '', '', 'kreis-wesel-pm'];

describe('cellText(value)', () => {
  it.each([
    ['', 'unbekannt'],
    ['2015-09-04', '04.09.2015'],
    ['2013-07', 'Juli 2013'],
    ['2013', '2013'],
    ['Kreis Wesel', '„Kreis Wesel“'],
    ['x'.repeat(100), `„${'x'.repeat(79)}…“`],
  ])('shows „%s“ as %s', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('diffTable(table, before, after) and changeSentence(change)', () => {
  it('says which cell of which district changed from what to what, with the source', () => {
    const after = zentren(['wesel', '05170', '05170', 'Kreis Wesel', '2015-09-04', '', 'kreis-wesel-pm']);
    const changes = diffTable('zentren', zentren(wesel), after);
    expect(changes.map(changeSentence)).toEqual([
      'Kreis Wesel: Start von unbekannt auf 04.09.2015 gesetzt, Quelle kreis-wesel-pm.',
    ]);
  });

  it('names several cells in one sentence and a changed source as a change, not as the source', () => {
    const after = zentren(['wesel', '05170', '05170', 'Kreis Wesel', '2015', '2015-10-01', 'kreis-wesel-pm|rp-2015']);
    expect(diffTable('zentren', zentren(wesel), after).map(changeSentence)).toEqual([
      'Kreis Wesel: Start von unbekannt auf 2015 gesetzt; Spätestens von unbekannt auf 01.10.2015 gesetzt; ' +
        'Quelle von kreis-wesel-pm auf kreis-wesel-pm|rp-2015 gesetzt.',
    ]);
  });

  it('reports added and removed rows, and nothing for an unchanged table', () => {
    const kleve = ['kleve', '05154', '05154', 'Kreis Kleve', '2018-09-06', '', 'kleve-pm'];
    expect(diffTable('zentren', zentren(wesel), zentren(wesel))).toEqual([]);
    expect(diffTable('zentren', zentren(wesel), zentren(wesel, kleve)).map(changeSentence)).toEqual([
      'Kreis Kleve: Zeile hinzugefügt, Quelle kleve-pm.',
    ]);
    expect(diffTable('zentren', zentren(wesel, kleve), zentren(kleve)).map(changeSentence)).toEqual([
      'Kreis Wesel: Zeile entfernt.',
    ]);
    expect(diffTable('zentren', null, zentren(wesel)).map((c) => c.kind)).toEqual(['added']);
  });

  it('compares tables without a key row by row and names the district of a chronik row', () => {
    const chronik = (...rows: string[][]): RawTable => ({ header: ['datum', 'kreis_ags', 'ereignis', 'quelle'], rows });
    const a = ['2017-10-10', '05154', 'Antrag der SPD', 'antrag'];
    const b = ['2017-12-14', '05154', 'Kreistag beschließt', 'kt'];
    const names = new Map([['05154', 'Kreis Kleve']]);
    expect(diffTable('chronik', chronik(a, a), chronik(a, b), names).map(changeSentence)).toEqual([
      'Chronik 10.10.2017, Kreis Kleve: Antrag der SPD: Zeile entfernt.',
      'Chronik 14.12.2017, Kreis Kleve: Kreistag beschließt: Zeile hinzugefügt, Quelle kt.',
    ]);
  });
});

describe('tableSentences(table, file, before, after)', () => {
  const a: RawTable = { header: ['id', 'traeger', 'quelle'], rows: [['wesel', 'Kreis Wesel', 'q']] };

  it('says nothing when both states are equal or the file exists in neither', () => {
    expect(tableSentences('zentren', 'zentren.csv', a, a, new Map(), false)).toEqual([]);
    expect(tableSentences('zentren', 'zentren.csv', null, null)).toEqual([]);
  });

  it('names a new file, a new column and the rows', () => {
    expect(tableSentences('zentren', 'zentren.csv', null, a)).toEqual([
      'Datei zentren.csv angelegt.',
      'Kreis Wesel: Zeile hinzugefügt, Quelle q.',
    ]);
    const withColumn: RawTable = {
      header: ['id', 'traeger', 'quelle', 'foerdertyp'],
      rows: [['wesel', 'Kreis Wesel', 'q', '']],
    };
    expect(tableSentences('zentren', 'zentren.csv', a, withColumn)).toEqual(['Spalte „foerdertyp“ hinzugefügt.']);
    expect(tableSentences('zentren', 'zentren.csv', a, null)).toEqual(['Datei zentren.csv entfernt.']);
  });

  it('says when only the writing changed, never nothing', () => {
    expect(tableSentences('zentren', 'zentren.csv', a, { ...a })).toEqual([formattingOnly]);
  });
});

describe('changedTexts(from, to)', () => {
  it('shows the part of two long texts around their first difference', () => {
    const start = 'UNSICHER: Das Startjahr 2014 ist nur aus dem Jubiläum erschlossen; die RP (Feb. 2024) ';
    const [from, to] = changedTexts(`${start}nennt 2014.`, `${start}nennt das Jahr 2014 ausdrücklich.`);
    expect(from).toBe('„…P (Feb. 2024) nennt 2014.“');
    expect(to).toBe('„…P (Feb. 2024) nennt das Jahr 2014 ausdrücklich.“');
  });
});
