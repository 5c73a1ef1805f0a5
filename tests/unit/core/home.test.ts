import { describe, expect, it } from 'vitest';
import { homeView, kleveLine, startedLast } from '../../../src/core/views/home.ts';
import { atlas } from '../../../src/build/site-data.ts';
import { formatDate } from '../../../src/core/model/format.ts';
import type { PartialDate } from '../../../src/core/model/types.ts';
import { day, month, year } from '../partial-dates.ts';

describe('startedLast(zentren, kreisAgs)', () => {
  const z = (kreisAgs: string, start: PartialDate | null, spaetestens: PartialDate | null = null) => ({
    kreisAgs,
    start,
    spaetestens,
  });

  it.each([
    [
      'after every other start',
      [z('1', month('2013-02', '2013-02-28')), z('2', year('2016')), z('3', day('2018-09-06'))],
      true,
    ],
    ['on the same day as another', [z('2', day('2018-09-06')), z('3', day('2018-09-06'))], true],
    ['while another start is only known as its year', [z('2', year('2018')), z('3', day('2018-09-06'))], false],
    [
      'when another KI is proven only by spaetestens before it',
      [z('2', null, day('2017-10-05')), z('3', day('2018-09-06'))],
      true,
    ],
    ['when another KI has no date at all', [z('2', null), z('3', day('2018-09-06'))], false],
    ['when its own start is unknown', [z('2', year('2013')), z('3', null, day('2018-09-06'))], false],
  ])('%s → %s', (_, zentren, expected) => {
    expect(startedLast(zentren, '3')).toBe(expected);
  });

  it('holds for Kreis Kleve in data/', () => {
    expect(startedLast(atlas.zentren, '05154')).toBe(true);
    expect(startedLast(atlas.zentren, '05166')).toBe(false);
  });
});

describe('kleveLine(atlas, base)', () => {
  it('says Kleve started last, on which day and how many months after January of the main start year', () => {
    expect(kleveLine(atlas, '/ki-nrw/')).toEqual({
      text: 'Als Letzter der 53 startete der Kreis Kleve sein KI am 06.09.2018, 68 Monate nach Januar 2013.',
      linkText: 'Was ihm entging',
      href: '/ki-nrw/kosten/#kleve',
    });
  });
});

describe('homeView(atlas, base)', () => {
  const home = homeView(atlas, '/');
  const date = formatDate(atlas.gebaut);

  it('states the build date as "Stand der Website" and reserves the browser’s "Heute" wording', () => {
    expect(home.sentence).toBe(
      `Am ${date} (Stand der Website) hatten alle 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.`,
    );
    expect(home.sentenceReserve).toBe(
      `Heute, am ${date}, haben alle 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.`,
    );
  });

  it('holds the longest sentence of any Stichtag for the play-through', () => {
    expect(home.playReserve).toBe(
      'Am 01.11.2014 hatten nachweislich 36 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve, Kreis Viersen, Kreis Borken, Kreis Coesfeld und Kreis Steinfurt; bei 12 ist unbekannt, ob schon eins bestand.',
    );
  });

  it('carries tiles in display order and a payload that cannot close its script element', () => {
    expect(home.tiles.map((t) => t.key)).toEqual(['zentren', 'kreise', 'landesmittel', 'stellen']);
    expect(home.tileLinks.landesmittel).toBe('/kosten/');
    expect(home.payloadJson).not.toContain('<');
    expect(JSON.parse(home.payloadJson).gebaut).toBe(atlas.gebaut);
  });
});
