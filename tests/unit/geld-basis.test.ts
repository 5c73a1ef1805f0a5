/**
 * Issue #10 on the real data (src/generated/data.json): every figure says how sure it is, no headline
 * states a carried-forward amount, no chart draws a cut or rise no source reports, and the reconciliation
 * and the Kleve estimate compare like with like. Each expectation failed on the main before this change.
 */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { basisJahre } from '../../src/core/views/kosten/basis.ts';
import { kostenSeite, type KostenSeite } from '../../src/core/views/kosten/seite.ts';
import { kreisKosten, kreisKostenSaetze } from '../../src/core/views/kosten/kreis.ts';
import { landesmittelJahre, abgleichGroups } from '../../src/core/views/kosten/reihen.ts';
import { lueckeKreis } from '../../src/core/views/kosten/kleve.ts';
import { landesmittelTile } from '../../src/core/views/landesmittel-tile.ts';
import { einwohnerRanking } from '../../src/core/views/kosten/charts.ts';
import {
  categoryBasis,
  layoutStacked,
  type StackedCategory,
  type StackedSeries,
} from '../../src/core/charts/stacked.ts';
import { stackedSvg } from '../../src/core/charts/svg.ts';
import { formatEuro, formatMillionsBare } from '../../src/core/model/format.ts';
import { layoutBars } from '../../src/core/charts/bar.ts';
import { layoutRanking } from '../../src/core/charts/ranking.ts';
import { sum } from '../../src/core/foerderung/land.ts';
import { betrag, formatBetrag, summeBetraege, UNBEKANNT } from '../../src/core/model/betrag.ts';

const seite: KostenSeite = kostenSeite(atlas);

describe('formatBetrag(betrag, stil): the one way an amount becomes text', () => {
  it.each([
    [betrag('belegt', 983_000_000), 'euro', '9.830.000\u00a0€', ''],
    [betrag('modell', 54_750_000), 'euro', '547.500\u00a0€', '¹'],
    [betrag('fortgeschrieben', 37_000_000), 'euro', '370.000\u00a0€', '²'],
    [betrag('modell', 1_681_166_667, 1_846_000_000), 'mio', '16,8–18,5\u00a0Mio.\u00a0€', '¹'],
    [betrag('fortgeschrieben', 94_750_000, 129_666_667), 'euro', '947.500–1.296.667\u00a0€', '²'],
    [betrag('modell', 119), 'cent', '1,19\u00a0€', '¹'],
    [UNBEKANNT, 'euro', 'unbekannt', ''],
  ] as const)('formats %o as %s with its marker', (b, stil, zahl, marker) => {
    const text = formatBetrag(b, stil);
    expect([text.zahl, text.marker, text.text, text.basis]).toEqual([zahl, marker, `${zahl}${marker}`, b.basis]);
  });

  it('adds amounts to the least sure basis and never counts an unknown part as 0', () => {
    expect(summeBetraege([betrag('belegt', 100), betrag('fortgeschrieben', 50, 70), betrag('modell', 1)])).toEqual(
      betrag('fortgeschrieben', 151, 171),
    );
    expect(summeBetraege([betrag('modell', 100), UNBEKANNT])).toEqual(UNBEKANNT);
  });
});

describe('the home tile (point 1): only what a source supports', () => {
  const jahre = landesmittelJahre(atlas);

  it('shows 2012 for a Stichtag in 2012: the Richtlinie of 25.06.2012 gives the Pauschale, so it is not unknown', () => {
    const tile = landesmittelTile(jahre, '2012-12-31');
    expect([tile.basis, tile.note.startsWith('2012 nach den Förderregeln')]).toEqual(['modell', true]);
    expect(tile.value).toMatch(/^\d,\d(–\d,\d)?\u00a0Mio\.\u00a0€¹$/);
  });

  it('shows 2017, the latest year whose rules are sourced, for a Stichtag in 2026', () => {
    expect(landesmittelTile(jahre, '2026-12-05')).toEqual({
      key: 'landesmittel',
      value: '16,8–18,5\u00a0Mio.\u00a0€¹',
      label: 'Landesmittel je Jahr (Integrationsministerium)',
      note: '2017 nach den Förderregeln (¹ Modellrechnung, Höchstbeträge); ab 2018 ist kein Förderbetrag je KI belegt; Spanne: Startmonate unbekannt; ohne KOMM-AN NRW (Teil I): Betrag unbekannt',
      basis: 'modell',
    });
  });
});

/** Returns the top of each drawn column: the stack with its range, or the upper end of two readings. */
function drawnTops(series: readonly StackedSeries[], categories: readonly StackedCategory[]): [string, number][] {
  return categories
    .filter((c) => !c.unknown)
    .map((c) => [c.key, c.lesarten ? c.lesarten.bis : sum(series.map((s) => c.values[s.key] ?? 0)) + (c.range ?? 0)]);
}

function decreases(tops: readonly [string, number][]): string[] {
  return tops.flatMap(([key, top], i) => {
    const before = tops[i - 1];
    return before && top < before[1] ? [`${before[0]} ${formatEuro(before[1])} → ${key} ${formatEuro(top)}`] : [];
  });
}

describe('charts never invent a change (point 2): every year chart of every page, embed and image', () => {
  // data/foerderung.csv has no sourced amount that decreases, so no drawn column may be lower than the one before.
  it('draws no statewide decrease (by component and by paying body)', () => {
    expect(decreases(drawnTops(seite.series, seite.categories))).toEqual([]);
    expect(decreases(drawnTops(seite.ministerienSeries, seite.ministerienCategories))).toEqual([]);
  });

  it('draws no decrease for any of the 53 districts', () => {
    const found = atlas.kreise.flatMap((k) => {
      const model = kreisKosten(atlas, k.ags);
      return model ? decreases(drawnTops(model.series, model.categories)).map((d) => `${k.name}: ${d}`) : [];
    });
    expect(found).toEqual([]);
  });

  it('marks every carried-forward year in the drawing: "²" after the year, lighter bars, data-basis', () => {
    const layout = layoutStacked({
      width: 760,
      plotHeight: 300,
      text: { title: 't', unit: 'u', stand: 's', licence: 'l', source: 'q' },
      series: seite.series,
      categories: seite.categories,
      format: formatEuro,
    });
    const fortgeschrieben = seite.categories.filter((c) => categoryBasis(c) === 'fortgeschrieben').map((c) => c.key);
    expect(fortgeschrieben).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(layout.xLabels.filter((l) => l.label.endsWith('²')).map((l) => l.label.slice(0, 4))).toEqual(
      fortgeschrieben,
    );
    const svg = stackedSvg(layout, { id: 'x', description: 'd' });
    for (const jahr of fortgeschrieben) {
      expect(svg).toContain(`data-category="${jahr}" data-basis="fortgeschrieben" fill-opacity="0.5"`);
    }
    expect(svg).not.toMatch(/data-category="201[3-7]" data-basis="fortgeschrieben"/);
  });
});

describe('two readings from the TIntG on (2022–2026)', () => {
  it('shows the 2017 rules carried forward (18,83 Mio. €) and the undated TIntG amounts (18,37 / 21,07 Mio. €) as one range', () => {
    expect(seite.landIm.find((y) => y.jahr === 2022)?.hoechstCent).toBe(1_883_000_000);
    expect(seite.lesarten.get(2022)).toEqual({
      von: 1_837_200_000,
      bis: 2_107_200_000,
      tintgOhneCent: 1_837_200_000,
      tintgMitCent: 2_107_200_000,
    });
    expect(seite.lesarten.has(2021)).toBe(false);
  });
});

describe('Kreis Kleve’s page (point 3): past tense, carried forward marked, its own 2 teacher posts', () => {
  it('says that no source gives amounts since 2018 and values 2 documented teacher posts, not 3,5', () => {
    const model = kreisKosten(atlas, '05154');
    if (!model) throw new Error('no Kleve');
    const saetze = kreisKostenSaetze(model);
    expect(saetze.belegt).toBeNull();
    expect(saetze.fortgeschrieben).toEqual({ von: 2018, bis: 2026, betrag: betrag('fortgeschrieben', 37_000_000) });
    expect(saetze.regelJahr).toBe(2017);
    expect(saetze.lehrer).toEqual({ jahr: 2019, stellen: 2, betrag: betrag('modell', 13_000_000) });
  });
});

describe('the per-inhabitant ranking (point 5)', () => {
  it('is marked as carried forward and says that it only reflects population and type', () => {
    const ranking = einwohnerRanking(seite, { stand: atlas.stand, licence: 'CC BY 4.0' });
    expect(ranking.basis).toBe('fortgeschrieben');
    expect(ranking.text.title).toBe('Landesmittel je Einwohner 2019²');
    expect(ranking.text.notes).toEqual([
      '² fortgeschrieben: Betrag einer Regel über das letzte belegte Jahr hinaus angenommen',
      'Alle KI einer Art erhalten nach den Regeln denselben Höchstbetrag: die Reihenfolge spiegelt nur Einwohnerzahl und Art (Kreis/Stadt).',
    ]);
  });
});

describe('reconciliation (points 7 and 12): a reported annual figure against the model of the same scope', () => {
  const row = (jahr: number) => seite.abgleich.find((r) => r.gemeldet.jahr === jahr);

  it('2013: 9,83 Mio. € reported for all 54 KI against 54 × 170.000 € = 9,18 Mio. €: a gap of 0,65 Mio. €', () => {
    expect(row(2013)?.gemeldet.betragCent).toBe(983_000_000);
    expect(row(2013)?.alle).toEqual({ anzahl: 54, ohneCent: 918_000_000, mitCent: 918_000_000 });
    expect(row(2013)?.differenzCent).toBe(65_000_000);
    expect(row(2013)?.lage).toBe('darueber');
  });

  it('2017: „rund 17 Mio. €“ lies between 15,81 Mio. € (23 × 270.000 + 30 × 320.000) and 18,46 Mio. € with Sachkosten', () => {
    expect(row(2017)?.bestehend).toEqual({ anzahl: 53, ohneCent: 1_581_000_000, mitCent: 1_846_000_000 });
    expect([row(2017)?.lage, row(2017)?.differenzCent]).toEqual(['innerhalb', 0]);
  });

  it('2012: the programme’s „etwa 10 Mio. Euro im Jahr“ is compared with a full year, not with money spent in 2012', () => {
    expect(row(2012)?.alle).toEqual({ anzahl: 54, ohneCent: 918_000_000, mitCent: 918_000_000 });
    expect(row(2012)?.differenzCent).toBe(1_000_000_000 - 918_000_000);
  });
});

describe('the 2017 example (point 8): the sums are our own calculation', () => {
  it('labels the sum of the press release’s components as own calculation', () => {
    expect(seite.beispielKreis?.steps.filter((s) => s.kind === 'total').map((s) => [s.label, s.value])).toEqual([
      ['Summe der Bestandteile der PM vom 05.10.2017 (eigene Rechnung)', 54_750_000],
      ['Höchstbetrag (eigene Rechnung)', 59_750_000],
    ]);
  });
});

describe('the Kleve estimate (point 9): a range, each assumption on its own line, one quotable sentence', () => {
  it('gives 947.500 € to 1.296.667 € from four readings', () => {
    const kleve = seite.kleve;
    // Cents as the model sums its rounded month stretches; shown in whole euros.
    expect(kleve?.lesarten.map((l) => [l.id, formatEuro(l.cent)])).toEqual([
      ['hoechst', '1.296.667\u00a0€'],
      ['ohne-sachkosten', '1.213.333\u00a0€'],
      ['eine-zusatzstelle', '1.046.667\u00a0€'],
      ['median-start', '947.500\u00a0€'],
    ]);
    expect(kleve?.spanne).toEqual(betrag('fortgeschrieben', 94_749_999, 129_666_666));
    expect(kleve?.fortgeschriebeneMonate).toEqual({ von: 2018 * 12 + 2, bis: 2018 * 12 + 7 });
    expect(kleve?.satz).toBe(
      'Hätte der Kreis Kleve ab 2013 – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten – ein KI gehabt, hätte er nach den Förderregeln des Landes bis 08/2018 zwischen 947.500\u00a0€ und 1.296.667\u00a0€ Landesmittel erhalten können (Modellrechnung des KI-Atlas NRW, keine amtliche Zahl; ohne Lehrerstellen; 03/2018–08/2018 mit fortgeschriebenen Beträgen von 2017).',
    );
  });
});

describe('basisJahre(regeln, 2012, 2026): /methodik/’s table of what is sourced, computed or assumed', () => {
  it('names the basis of every year', () => {
    const rows = basisJahre(atlas.foerderung, 2012, 2026);
    expect(rows.map((r) => [r.jahr, r.basis])).toEqual([
      [2012, 'modell'],
      [2013, 'modell'],
      [2014, 'modell'],
      [2015, 'modell'],
      [2016, 'modell'],
      [2017, 'modell'],
      ...[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((j) => [j, 'fortgeschrieben']),
    ]);
    expect(rows.find((r) => r.jahr === 2017)?.regeln).toEqual([
      'pauschale-5-5-2017',
      'kreisstelle-2017',
      'sachkosten-2017',
      'komm-an-2016',
    ]);
    expect(rows.find((r) => r.jahr === 2022)?.erklaerung).toBe(
      'Angenommen: Regeln von 2017 fortgeschrieben; daneben die undatierten TIntG-Beträge als zweite Lesart.',
    );
  });
});

describe('lueckeKreis(atlas, ags): every district page says how long it was without a KI and what that cost', () => {
  const satz = (ags: string) => lueckeKreis(atlas, ags)?.satz;

  it('gives Kreis Kleve 68 months and the same range as the estimate on /kosten/', () => {
    const l = lueckeKreis(atlas, '05154');
    expect([l?.art, l?.monateVon, l?.monateBis, l?.betrag]).toEqual([
      'monate',
      68,
      68,
      betrag('fortgeschrieben', 94_749_999, 129_666_666),
    ]);
    expect(satz('05154')).toBe(
      'Kreis Kleve hatte nach Januar 2013 – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten – noch 68 Monate lang kein KI. Nach den Förderregeln hätte das Land in dieser Zeit 947.500 bis 1.296.667\u00a0€ gezahlt (Modellrechnung des KI-Atlas NRW, Integrationsministerium, ohne Lehrerstellen; 03/2018–08/2018 mit fortgeschriebenen Beträgen von 2017).',
    );
  });

  it('says that a district whose KI started in 2012 had no gap', () => {
    expect(satz('05117')).toBe(
      'Stadt Mülheim an der Ruhr hatte spätestens ab Januar 2013 ein Kommunales Integrationszentrum – dem Jahr, in dem die meisten KI starteten: keine Lücke.',
    );
  });

  it('counts one month for a start in February 2013 and gives a range where only the year is known', () => {
    expect(satz('05358')).toContain(
      'noch 1 Monat lang kein KI. Nach den Förderregeln hätte das Land in dieser Zeit 14.167\u00a0€ gezahlt',
    );
    expect(satz('05116')).toContain(
      'noch 12 bis 23 Monate lang kein KI (der Start ist nur als Jahr belegt). Nach den Förderregeln hätte das Land in dieser Zeit 70.833 bis 325.833\u00a0€ gezahlt',
    );
  });

  it('says what is not known where no start date is sourced', () => {
    expect(satz('05111')).toBe(
      'Für Stadt Düsseldorf ist nicht genau belegt, wann das KI startete; sicher bestand es ab 10/2017. Gegenüber Januar 2013 – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten – lag die Lücke deshalb zwischen 0 und 57 Monaten; nach den Förderregeln entspräche das bis zu 920.000\u00a0€ (Modellrechnung des KI-Atlas NRW, Integrationsministerium, ohne Lehrerstellen).',
    );
  });

  it('has a sentence for every one of the 53 districts', () => {
    expect(atlas.kreise.filter((k) => !satz(k.ags))).toEqual([]);
  });
});

describe('value labels in the exported charts keep their marker', () => {
  it('marks computed bars "¹" and leaves the reported figure unmarked (belegt)', () => {
    const layout = layoutBars({
      width: 760,
      plotHeight: 260,
      text: { title: 't', unit: 'u', stand: 's', licence: 'l', source: 'q' },
      groups: abgleichGroups(seite.abgleich.filter((r) => r.gemeldet.jahr === 2017)),
      format: formatEuro,
      labelFormat: formatMillionsBare,
    });
    expect(layout.bars.map((b) => [b.key, b.valueLabel, b.basis])).toEqual([
      ['bestehend-ohne', '15,8¹', 'modell'],
      ['bestehend-mit', '18,5¹', 'modell'],
      ['alle', '18,8¹', 'modell'],
      ['gemeldet', '17,0', 'belegt'],
    ]);
  });

  it('marks every per-inhabitant value of the carried-forward ranking "²", but not the axis ticks', () => {
    const ranking = einwohnerRanking(seite, { stand: atlas.stand, licence: 'CC BY 4.0' });
    const layout = layoutRanking({ ...ranking, width: 760 });
    expect(layout.bars.every((b) => b.valueLabel.endsWith('€²'))).toBe(true);
    expect(layout.bars.find((b) => b.key === '05154')?.valueLabel).toBe('1,19\u00a0€²');
    expect(layout.panels[0]?.xTicks.map((t) => t.label).some((l) => l.includes('²'))).toBe(false);
  });
});
