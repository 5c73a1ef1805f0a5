import { describe, expect, it } from 'vitest';
import { KI_INTRO_QUELLEN, KI_INTRO_SAETZE, kiIntroQuellen } from '../../../src/core/views/ki-intro.ts';
import { atlas } from '../../../src/build/site-data.ts';

describe('KI_INTRO_SAETZE', () => {
  it('are two sentences short enough for the first screen at 360 px (at most 260 characters together)', () => {
    expect(KI_INTRO_SAETZE).toHaveLength(2);
    for (const satz of KI_INTRO_SAETZE) expect(satz).toMatch(/^[A-ZÄÖÜ][^.]*\.$/);
    expect(KI_INTRO_SAETZE.join(' ').length).toBeLessThanOrEqual(260);
  });
});

describe('kiIntroQuellen(quellen)', () => {
  it('names the MKFFI press release and the Kleve motion that quotes it, with dates and URLs from data/quellen.csv', () => {
    expect(kiIntroQuellen(atlas.quellen)).toEqual([
      {
        id: 'mkffi-pm-2017-10-05',
        text: 'Pressemitteilung des MKFFI NRW vom 05.10.2017',
        url: 'https://www.mkffi.nrw/pressemitteilung/startschuss-fuer-das-53-kommunale-integrationszentrum-nordrhein-westfalen',
      },
      { id: 'antrag-spd-kleve-2017-10-10', text: 'Antrag der SPD-Kreistagsfraktion Kleve vom 10.10.2017', url: '' },
    ]);
  });

  it('leaves the date out when a source has none', () => {
    const quellen = KI_INTRO_QUELLEN.map(({ id }) => ({ id, datum: null, url: '' }));
    expect(kiIntroQuellen(quellen).map((q) => q.text)).toEqual([
      'Pressemitteilung des MKFFI NRW',
      'Antrag der SPD-Kreistagsfraktion Kleve',
    ]);
  });

  it('stops the build when quellen.csv lacks one of the sources', () => {
    const quellen = atlas.quellen.filter((q) => q.id !== 'antrag-spd-kleve-2017-10-10');
    expect(() => kiIntroQuellen(quellen)).toThrow(
      'ki-intro.ts: Quelle „antrag-spd-kleve-2017-10-10“ fehlt in data/quellen.csv.',
    );
  });
});
