import { describe, expect, it } from 'vitest';
import { jahresbetraegeAm, summeJahresbetraege, summeStellen } from '../../src/core/foerderung/jahresbetraege.ts';
import { landJahr, landJahre, sum } from '../../src/core/foerderung/land.ts';
import { modelContext, zentrumJahr } from '../../src/core/foerderung/modell.ts';
import { rulesOn } from '../../src/core/foerderung/regeln.ts';
import {
  abgleich,
  entgangeneMittel,
  haeufigstesStartjahr,
  jeEinwohner,
  erstesVollesJahr,
} from '../../src/core/foerderung/vergleiche.ts';
import { annahmen } from '../../src/core/foerderung/annahmen.ts';
import { formatMonth } from '../../src/core/model/format.ts';
import { formatEuro, formatEuroCent } from '../../src/core/model/format.ts';
import type { Landesmittel } from '../../src/core/model/types.ts';
import { atlasInput, kreis, regel, regelnWieDaten, zentrum } from './funding-fixtures.ts';
import { beispiel } from '../../src/core/views/kosten/beispiel.ts';
import { kleveBox } from '../../src/core/views/kosten/kleve.ts';
import { komponenteZelle } from '../../src/core/views/kosten/reihen.ts';
import { kostenSeite } from '../../src/core/views/kosten/seite.ts';
import { kreisKosten } from '../../src/core/views/kosten/kreis.ts';
import { kreisTabelle, stackedTabelle } from '../../src/core/views/kosten/tables.ts';

const euro = (cent: number) => cent / 100;

describe('beispiel(atlas, foerdertyp, 2017): the 2017 rule as the motion of 10.10.2017 quotes it', () => {
  const atlas = atlasInput(regelnWieDaten(), []);

  it('gives a Kreis 270.000 € for 5,5 posts + 50.000 € surcharge + 3,5 × 65.000 € teacher posts = 547.500 €', () => {
    const kreisBeispiel = beispiel(atlas, 'Kreis', 2017);
    expect(kreisBeispiel?.tag).toBe('2017-10-05');
    expect(kreisBeispiel?.quelle).toBe('mkffi-pm-2017-10-05');
    expect(kreisBeispiel?.steps.map((s) => [s.key, s.kind, s.value])).toEqual([
      ['pauschale-5-5-2017', 'add', 27_000_000],
      ['kreisstelle-2017', 'add', 5_000_000],
      ['lehrerstelle-2017-kreis', 'add', 22_750_000],
      ['summe-quelle', 'total', 54_750_000],
      ['sachkosten-2017', 'add', 5_000_000],
      ['summe', 'total', 59_750_000],
    ]);
    expect(kreisBeispiel?.quelleCent).toBe(54_750_000);
  });

  it('gives a kreisfreie Stadt no Kreis surcharge: 270.000 € + 3 × 65.000 € = 465.000 €', () => {
    const stadt = beispiel(atlas, 'kreisfreie Stadt', 2017);
    expect(stadt?.steps.map((s) => s.key)).toEqual([
      'pauschale-5-5-2017',
      'lehrerstelle-2017-stadt',
      'summe-quelle',
      'sachkosten-2017',
      'summe',
    ]);
    expect(stadt?.quelleCent).toBe(46_500_000);
  });

  it('lists the component without an amount (KOMM-AN) in the table, not as a step', () => {
    const zeilen = beispiel(atlas, 'Kreis', 2017)?.zeilen.map((z) => [z.label, z.cent]);
    expect(zeilen).toContainEqual(['KOMM-AN NRW (Teil I)', null]);
  });

  it('counts 10 posts for a Kreis (5,5 + 1 + 3,5 teachers): 54.750 € per post in the motion’s figures', () => {
    const b = jahresbetraegeAm(regelnWieDaten(), 'Kreis', '2017-10-05').filter((x) =>
      x.regel.quelle.includes('mkffi-pm-2017-10-05'),
    );
    expect(summeStellen(b)).toBe(10);
    expect(summeJahresbetraege(b) / summeStellen(b)).toBe(5_475_000);
  });
});

describe('rulesOn(regeln, foerdertyp, day): period boundaries', () => {
  const regeln = [
    regel('alt', 'pauschale', '2012-06-25', '2017-12-31', 'alle', 170_000, 3.5, 'je KI'),
    regel('neu', 'pauschale', '2018-01-01', null, 'alle', 200_000, 3.5, 'je KI'),
  ];

  it('applies the old rule on its last day, 31.12., and the new one from 01.01.', () => {
    expect(rulesOn(regeln, 'Kreis', '2017-12-31').map((r) => r.id)).toEqual(['alt']);
    expect(rulesOn(regeln, 'Kreis', '2018-01-01').map((r) => r.id)).toEqual(['neu']);
  });

  it('splits the calendar years exactly at the boundary', () => {
    const ctx = modelContext(regeln);
    const ki = zentrum('a', 'Kreis', '2013-01-01');
    expect(zentrumJahr(ki, 2017, ctx).cent).toBe(17_000_000);
    expect(zentrumJahr(ki, 2018, ctx).cent).toBe(20_000_000);
  });

  it('counts a rule that changes mid-year by months: 6 × 170.000/12 + 6 × 200.000/12', () => {
    const midYear = [
      regel('alt', 'pauschale', '2012-06-25', '2018-06-30', 'alle', 170_000, 3.5, 'je KI'),
      regel('neu', 'pauschale', '2018-07-01', null, 'alle', 200_000, 3.5, 'je KI'),
    ];
    expect(zentrumJahr(zentrum('a', 'Kreis', '2013-01-01'), 2018, modelContext(midYear)).cent).toBe(18_500_000);
  });

  it('lets a city keep 270.000 € only (the Kreis surcharge replaces the extra posts for all types)', () => {
    const rules = rulesOn(regelnWieDaten(), 'kreisfreie Stadt', '2017-12-31').map((r) => r.komponente);
    expect(rules).toEqual(['pauschale-5-5', 'sachkosten', 'lehrerstelle', 'komm-an']);
  });
});

describe('zentrumJahr(zentrum, jahr, ctx): pro rata and flags', () => {
  const ctx = modelContext(regelnWieDaten());

  it('prorates the first year by months from the start month (Solingen: December = 170.000 € / 12 = 14.166,67 €)', () => {
    const solingen = zentrumJahr(zentrum('solingen', 'kreisfreie Stadt', '2012-12-14'), 2012, ctx);
    expect(solingen.monateSicher).toBe(1);
    expect(solingen.komponenten.find((k) => k.komponente === 'pauschale')?.cent).toBe(1_416_667);
  });

  it('gives a KI starting 01.08.2013 five months: 170.000 × 5/12 = 70.833,33 €', () => {
    const year = zentrumJahr(zentrum('krefeld', 'kreisfreie Stadt', '2013-08-01'), 2013, ctx);
    expect(year.cent).toBe(7_083_333);
    expect(year.flag).toBeNull();
  });

  it('flags a start known only to the year and gives a range instead of a share', () => {
    const year = zentrumJahr(zentrum('oberhausen', 'kreisfreie Stadt', '2013'), 2013, ctx);
    expect(year.flag).toBe('start-jahr');
    expect([year.monateSicher, year.monateMoeglich]).toEqual([1, 12]);
    expect([year.cent, year.hoechstCent]).toEqual([1_416_667, 17_000_000]);
    const next = zentrumJahr(zentrum('oberhausen', 'kreisfreie Stadt', '2013'), 2014, ctx);
    expect([next.flag, next.cent]).toEqual([null, 17_000_000]);
  });

  it('flags an unknown start and counts only from the spaetestens proof', () => {
    const year = zentrumJahr(zentrum('bonn', 'kreisfreie Stadt', null, '2017-10-05'), 2017, ctx);
    expect(year.flag).toBe('start-unbekannt');
    expect([year.monateSicher, year.monateMoeglich]).toEqual([3, 12]);
  });

  it('leaves teacher posts without a documented value at 0 € and counts those months', () => {
    const year = zentrumJahr(zentrum('k', 'Kreis', '2013-01-01'), 2014, ctx);
    const lehrer = year.komponenten.find((k) => k.komponente === 'lehrerstelle');
    expect([lehrer?.cent, lehrer?.monateOhneBetrag, lehrer?.stellen]).toEqual([0, 12, 2]);
  });

  it('values them with the transferred 65.000 € only when asked, and marks those months', () => {
    const year = zentrumJahr(
      zentrum('k', 'Kreis', '2013-01-01'),
      2014,
      modelContext(regelnWieDaten(), { wertUebertragen: true }),
    );
    const lehrer = year.komponenten.find((k) => k.komponente === 'lehrerstelle');
    expect([lehrer?.cent, lehrer?.monateUebertragen]).toEqual([13_000_000, 12]);
  });

  it('marks months read after a newer legal instrument without amounts as carried forward (März–Dezember 2018)', () => {
    const year = zentrumJahr(zentrum('k', 'Kreis', '2013-01-01'), 2018, ctx);
    expect(year.komponenten.find((k) => k.komponente === 'pauschale-5-5')?.monateFortgeschrieben).toBe(10);
  });
});

describe('landJahr(zentren, jahr, ctx): statewide totals', () => {
  const zentren = [
    zentrum('a', 'Kreis', '2013-07-01'),
    zentrum('b', 'kreisfreie Stadt', '2012-12'),
    zentrum('c', 'kreisfreie Stadt', '2013'),
    zentrum('d', 'Kreis', null, '2017-10-05'),
  ];

  it('equals the sum of its components and of its KIs to the cent, every year', () => {
    const ctx = modelContext(regelnWieDaten());
    for (const year of landJahre(zentren, 2012, 2026, ctx)) {
      expect(sum(year.komponenten.map((k) => k.cent))).toBe(year.cent);
      expect(sum(year.zentren.map((z) => z.cent))).toBe(year.cent);
      expect(sum(year.komponenten.map((k) => k.hoechstCent))).toBe(year.hoechstCent);
      for (const z of year.zentren) expect(sum(z.komponenten.map((k) => k.cent))).toBe(z.cent);
    }
  });

  it('changes by exactly the expected amount when one rate changes (Kreiszuschlag 50.000 → 60.000 €)', () => {
    const base = landJahr(zentren, 2019, modelContext(regelnWieDaten()));
    const changed = regelnWieDaten().map((r) => (r.id === 'kreisstelle-2017' ? { ...r, betragCent: 6_000_000 } : r));
    const after = landJahr(zentren, 2019, modelContext(changed));
    // Two Kreis KIs, all twelve months certain in 2019: 2 × 10.000 €.
    expect(after.cent - base.cent).toBe(2_000_000);
  });

  it('lists KIs whose year is a range', () => {
    expect(landJahr(zentren, 2013, modelContext(regelnWieDaten())).offeneZentren).toEqual(['c', 'd']);
  });
});

describe('entgangeneMittel(zentrum, abJahr, ctx): the Kleve estimate', () => {
  const ctx = modelContext(regelnWieDaten());
  const kleve = zentrum('kleve', 'Kreis', '2018-09-06');

  it('adds up January 2013 to August 2018 by stretches of equal rules', () => {
    const estimate = entgangeneMittel(kleve, 2013, ctx);
    expect(estimate?.abschnitte.map((a) => [formatMonth(a.von), formatMonth(a.bis), a.monate, euro(a.cent)])).toEqual([
      ['01/2013', '12/2015', 36, 510_000],
      ['01/2016', '12/2016', 12, 170_000],
      ['01/2017', '09/2017', 9, 277_500],
      ['10/2017', '08/2018', 11, 339_166.66],
    ]);
    // 11 × 50.000/12 = 45.833,333… rounds down once per component (Kreiszuschlag and Sachkosten).
    expect(estimate?.cent).toBe(129_666_666);
    expect(estimate?.lehrerCent).toBe(37_916_667);
    expect(estimate?.lehrerMonateOhneBetrag).toBe(48);
  });

  it('writes a stretch whose amounts are all unknown as unknown in the formula, not as 0 €', () => {
    const box = kleveBox(atlasInput(regelnWieDaten(), [kleve, zentrum('a', 'Kreis', '2013-01-01')]), ctx, 'kleve');
    expect(box?.lehrerFormel).toEqual([
      '01/2013–12/2016: 48 Monate × (Lehrerstellen (Gegenwert) (Betrag unbekannt)) ÷ 12 = unbekannt (nicht 0 €)',
      `01/2017–08/2018: 20 Monate × (${formatEuro(22_750_000)}) ÷ 12 = ${formatEuroCent(37_916_667)}`,
    ]);
  });

  it('refuses a KI whose start is not known to the month', () => {
    expect(entgangeneMittel(zentrum('x', 'Kreis', '2013'), 2013, ctx)).toBeNull();
  });

  it('finds the start year most KIs share', () => {
    const zentren = [
      zentrum('a', 'Kreis', '2012-12'),
      zentrum('b', 'Kreis', '2013'),
      zentrum('c', 'Kreis', '2013-08-01'),
      zentrum('d', 'Kreis', null),
    ];
    expect(haeufigstesStartjahr(zentren)).toEqual({ jahr: 2013, anzahl: 2, vonBekannten: 3 });
  });
});

describe('jeEinwohner(kreise, zentren, jahr, ctx)', () => {
  const ctx = modelContext(regelnWieDaten());
  const kreise = [
    kreis('05334', 'Städteregion Aachen', 'Städteregion', 500_000),
    kreis('05154', 'Kreis Kleve', 'Kreis', 320_000),
  ];
  const zentren = [
    zentrum('aachen-region', 'Kreis', '2013-07-01', null, '05334'),
    { ...zentrum('aachen-stadt', 'kreisfreie Stadt', '2013-08-01', null, '05334'), ags: '05334002' },
    zentrum('kleve', 'Kreis', '2018-09-06', null, '05154'),
  ];

  it('counts both Aachen KIs over the Städteregion’s population, Integrationsministerium only, highest first', () => {
    const rows = jeEinwohner(kreise, zentren, 2019, ctx);
    // Kreis: 270.000 + 50.000 Kreiszuschlag + 50.000 Sachkosten; Stadt: 270.000 + 50.000; no teacher posts.
    expect(rows.map((r) => [r.kreis.ags, r.cent, r.stellen])).toEqual([
      ['05334', 37_000_000 + 32_000_000, 6.5 + 5.5],
      ['05154', 37_000_000, 6.5],
    ]);
    expect(rows[0]?.centJeEinwohner).toBe(138);
    expect(rows[1]?.centJeStelle).toBe(37_000_000 / 6.5);
  });

  it('finds the first year in which every KI existed all year', () => {
    expect(erstesVollesJahr(zentren, ctx, 2026)).toBe(2019);
  });
});

describe('abgleich(landesmittel, zentren, ctx)', () => {
  it('compares an annual figure with a full year of the same scope at the rules of 31 December', () => {
    const gemeldet: Landesmittel = {
      jahr: 2013,
      betragCent: 983_000_000,
      was: 'x',
      art: 'gemeldet',
      kiSpezifisch: true,
      quelle: ['q'],
      anmerkung: '',
      line: 2,
    };
    const zentren = [zentrum('a', 'Kreis', '2013-07-01'), zentrum('b', 'Kreis', '2013')];
    const [row] = abgleich([gemeldet], zentren, modelContext(regelnWieDaten()));
    expect([row?.alle, row?.bestehend, row?.basis]).toEqual([
      { anzahl: 2, ohneCent: 34_000_000, mitCent: 34_000_000 },
      { anzahl: 2, ohneCent: 34_000_000, mitCent: 34_000_000 },
      'modell',
    ]);
    expect(row?.differenzCent).toBe(983_000_000 - 34_000_000);
    expect(row?.lage).toBe('darueber');
    expect(row?.grund).toBe(
      'Mehr als die Personalpauschalen aller 2 KI: vermutlich zählt die Meldung weitere Posten mit, etwa die Koordinierungsstelle oder Aufbaukosten (nicht belegt).',
    );
  });
});

describe('annahmen(regeln, zentren, kreise, jahre)', () => {
  const list = annahmen(
    regelnWieDaten(),
    [zentrum('a', 'Kreis', '2013'), zentrum('b', 'Kreis', null, '2017-10-05')],
    [],
    [2013, 2026],
  );
  const text = (id: string) => list.find((a) => a.id === id)?.text;

  it('checks the 270.000 € reading against the older components, per type', () => {
    expect(text('lesart-2017-10-05')).toContain(
      'Kreis: vorher 320.000\u00a0€, danach 320.000\u00a0€ – gleich; kreisfreie Stadt: vorher 270.000\u00a0€, danach 270.000\u00a0€ – gleich',
    );
  });

  it('names the date after which amounts are only carried forward', () => {
    expect(text('fortgeschrieben-2018-03-26')).toMatch(/^Nur bis 26\.03\.2018 belegt: Pauschale 5,5 Stellen 270\.000/);
  });

  it('reports what valuing earlier teacher posts would add', () => {
    expect(text('wert-lehrerstelle')).toMatch(
      /^Lehrerstellen \(Gegenwert\): Ein Gegenwert \(65\.000\u00a0€ je Stelle\) ist erst ab 2017 belegt/,
    );
  });

  it('names the years the added sum covers (2013–2016), not the whole modelled range 2013–2026', () => {
    expect(text('wert-lehrerstelle')).toMatch(
      /Mit demselben Wert auch davor kämen 2013–2016 landesweit [\d.]+\u00a0€ hinzu\.$/,
    );
  });

  it('says that teacher posts end with the last rule (2019) instead of counting them as zero', () => {
    expect(text('ende-lehrerstelle')).toBe(
      'Lehrerstellen (Gegenwert): Die letzte Regel endet am 31.12.2019; für die Zeit danach nennt keine Quelle Stellen oder Beträge. Ab dann fehlen sie in den Summen – unbekannt, nicht null.',
    );
  });

  it('lists undated amounts instead of placing them in a year', () => {
    expect(text('undatiert')).toContain('Fachkraftstellen (TIntG) (Kreis): 6 × 57.000\u00a0€ = 342.000\u00a0€');
  });
});

describe('kreisKosten(atlas, kreisAgs)', () => {
  it('adds up both KIs of the Städteregion Aachen per year and notes where teacher posts end', () => {
    const atlas = atlasInput(
      regelnWieDaten(),
      [
        zentrum('aachen-region', 'Kreis', '2013-07-01', null, '05334'),
        { ...zentrum('aachen-stadt', 'kreisfreie Stadt', '2013-08-01', null, '05334'), ags: '05334002' },
      ],
      [kreis('05334', 'Städteregion Aachen', 'Städteregion', 500_000)],
    );
    const model = kreisKosten(atlas, '05334');
    const y2014 = model?.years.find((y) => y.jahr === 2014);
    expect(y2014?.cent).toBe(34_000_000);
    expect(sum(y2014?.komponenten.map((k) => k.cent) ?? [])).toBe(y2014?.cent);
    expect(model?.endNotes).toEqual([
      'Ab 2020 ohne „Lehrerstellen (Gegenwert)“: keine Regel in den Quellen (unbekannt, nicht null)',
    ]);
  });
});

describe('komponenteZelle(komponente, nachRegelende): unknown is never shown as 0 €', () => {
  const k = (cent: number, monateOhneBetrag: number, monateFortgeschrieben = 0) => ({
    cent,
    hoechstCent: cent,
    monateOhneBetrag,
    monateFortgeschrieben,
  });
  it.each([
    ['a sourced amount', k(27_000_000, 0), false, '270.000\u00a0€¹', 'modell'],
    ['a carried-forward amount', k(27_000_000, 0, 12), false, '270.000\u00a0€²', 'fortgeschrieben'],
    ['posts without any sourced amount', k(0, 12), false, 'unbekannt', 'unbekannt'],
    ['some months with and some without an amount', k(16_250_000, 9), false, '162.500\u00a0€ + unbekannt¹', 'modell'],
    ['a component not yet in force', undefined, false, '0\u00a0€¹', 'modell'],
    ['a component whose rules ended before this year', undefined, true, 'unbekannt', 'unbekannt'],
  ] as const)('shows %s', (_, komponente, nachRegelende, text, basis) => {
    const zelle = komponenteZelle(komponente, nachRegelende);
    expect([zelle.text, zelle.basis]).toEqual([text, basis]);
  });

  it('marks teacher posts as unknown in a district table before 2017 (no amount) and after 2019 (no rule)', () => {
    const atlas = atlasInput(
      regelnWieDaten(),
      [zentrum('kleve', 'Kreis', '2013-09-06', null, '05154')],
      [kreis('05154', 'Kreis Kleve', 'Kreis', 310_974)],
    );
    const model = kreisKosten(atlas, '05154');
    if (!model) throw new Error('no model');
    const table = kreisTabelle(model);
    const column = table.columns.findIndex((c) => c.label === 'Lehrerstellen (Gegenwert, Schulministerium)');
    const cell = (jahr: number) => {
      const c = table.rows.find((r) => r[0] === String(jahr))?.[column];
      return typeof c === 'string' ? c : c && 'text' in c ? c.text : undefined;
    };
    expect(cell(2014)).toBe('unbekannt');
    expect(cell(2018)).toBe('227.500\u00a0€¹');
    expect(cell(2020)).toBe('unbekannt');
  });
});

describe('kostenSeite(atlas): the chart by paying body', () => {
  it('shows only the years in which both ministries’ amounts are sourced (teacher posts: 2017–2019)', () => {
    const atlas = atlasInput(
      regelnWieDaten(),
      [zentrum('kleve', 'Kreis', '2013-09-06', null, '05154')],
      [kreis('05154', 'Kreis Kleve', 'Kreis', 310_974)],
    );
    const seite = kostenSeite(atlas);
    const table = stackedTabelle('t', seite.ministerienSeries, seite.ministerienCategories);
    expect(table.rows.map((r) => r[0])).toEqual(['2017', '2018', '2019']);
    const column = 1 + seite.ministerienSeries.findIndex((s) => s.key === 'Schulministerium');
    const cell = (jahr: number) => {
      const c = table.rows.find((r) => r[0] === String(jahr))?.[column];
      return typeof c === 'string' ? c : c && 'text' in c ? c.text : undefined;
    };
    // 2018: the Integrationsministerium's amounts are carried forward, so the whole year is marked "²".
    expect(cell(2018)).toBe('227.500\u00a0€²');
  });
});
