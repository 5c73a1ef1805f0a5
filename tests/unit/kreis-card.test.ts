import { describe, expect, it } from 'vitest';
import { kreisCard } from '../../src/core/views/kreis-card.ts';
import { atlasInput, kreis, regelnWieDaten, zentrum } from './funding-fixtures.ts';

const kleve = { ...zentrum('05154', 'Kreis', '2018-09-06'), traeger: 'Kreis Kleve', startBedeutung: 'Arbeitsaufnahme' };
const wesel = { ...zentrum('05170', 'Kreis', '2013-07'), traeger: 'Kreis Wesel', startBedeutung: 'Arbeitsaufnahme' };
const atlas = atlasInput(
  regelnWieDaten(),
  [kleve, wesel],
  [kreis('05154', 'Kreis Kleve', 'Kreis', 310_000), kreis('05170', 'Kreis Wesel', 'Kreis', 460_000)],
);

describe('kreisCard(atlas, ags, stichtag)', () => {
  it('shows Kleve without KI on the day of the motion, with its start at day precision', () => {
    const card = kreisCard(atlas, '05154', '2017-10-10');
    expect(card).toMatchObject({
      name: 'Kreis Kleve',
      status: 'ohne-ki',
      statusText: 'kein KI am 10.10.2017',
      lead: 'Kreis Kleve hat seit dem 06.09.2018 ein Kommunales Integrationszentrum.',
      zentren: [{ traeger: 'Kreis Kleve', seit: 'seit dem 06.09.2018', bedeutung: 'Arbeitsaufnahme' }],
    });
  });

  it('counts a month-precision start only from the month’s last day', () => {
    expect(kreisCard(atlas, '05170', '2013-07-15')?.statusText).toBe('unbekannt, ob ein KI bestand am 15.07.2013');
    expect(kreisCard(atlas, '05170', '2013-07-31')?.zentren[0]?.seit).toBe('seit Juli 2013');
  });

  it('says only what a start date proves when it is no Arbeitsaufnahme', () => {
    const neuss = {
      ...zentrum('05162', 'Kreis', '2012-09-14'),
      traeger: 'Rhein-Kreis Neuss',
      startBedeutung: 'Kreistagsbeschluss zur Einrichtung (nicht Arbeitsaufnahme)',
    };
    const card = kreisCard(
      atlasInput(regelnWieDaten(), [neuss], [kreis('05162', 'Rhein-Kreis Neuss', 'Kreis', 450_000)]),
      '05162',
      '2012-12-31',
    );
    expect(card).toMatchObject({
      statusText: 'KI vorhanden am 31.12.2012',
      lead: 'Rhein-Kreis Neuss hat ein Kommunales Integrationszentrum – KI belegt (Beschluss vom 14.09.2012).',
      zentren: [{ seit: 'KI belegt (Beschluss vom 14.09.2012)' }],
    });
  });

  it('states the modelled funding with year, amount, per inhabitant and rank, marked as carried forward', () => {
    // 2019 (first full year of all KIs) lies after the Richtlinie of 27.03.2018: the 2017 rules carried forward.
    // Integrationsministerium only: 370.000 € for 460.000 inhabitants = 0,80 € each; Kleve (fewer inhabitants) first.
    expect(kreisCard(atlas, '05170', '2026-11-25')?.foerderung).toEqual({
      basis: 'fortgeschrieben',
      text: '2019: 370.000\u00a0€² Landesmittel (Integrationsministerium), 0,80\u00a0€² je Einwohner (Platz 2 von 2)',
    });
  });

  it('returns null for an AGS that is not a district', () => {
    expect(kreisCard(atlas, '99999', '2026-11-25')).toBeNull();
  });
});
