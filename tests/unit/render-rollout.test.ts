import { textWidth } from '../../src/core/charts/text-metrics.ts';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { gemeldeteZahlen } from '../../src/core/model/reported-counts.ts';
import { ROLLOUT_SIZES, rolloutDrawings } from '../../src/core/charts/rollout-drawing.ts';
import { rolloutSvg } from '../../src/core/charts/render/rollout.ts';

const reported = gemeldeteZahlen(atlas.chronik).map((z) => ({ date: z.datum, count: z.anzahl }));
const drawings = rolloutDrawings({
  zentren: atlas.zentren,
  reported,
  stichtag: '2017-10-10',
  stand: '2026-11-25',
  title: 'KI-Atlas NRW',
  licence: 'CC BY 4.0',
});
const ids = { titleId: 'ausbau-titel', descId: 'ausbau-beschreibung', title: 'T & t', description: 'D' };

describe('rolloutDrawings(input)', () => {
  it('makes a wide and a narrow drawing with the presets of ROLLOUT_SIZES', () => {
    expect(drawings.map((d) => [d.key, d.width, d.height, d.title, d.text, d.small])).toEqual([
      ['breit', 640, 380, 17, 14, 14],
      // The narrow drawing's footer wraps to one more line at 13 units (≥ 12 px on a 360 px phone): 370 + 17.
      ['schmal', 360, 387, 15, 13, 13],
    ]);
    const schmal = drawings[1]!;
    // Every footer line fits the 360-unit width at its size.
    expect(Math.max(...schmal.footer.map((line) => textWidth(line, schmal.small)))).toBeLessThanOrEqual(356);
    expect(ROLLOUT_SIZES[0].margin).toEqual({ top: 64, right: 20, bottom: 80, left: 44 });
    expect(drawings.map((d) => d.heading)).toEqual([
      'Kommunale Integrationszentren in NRW, 2012–2018',
      'KI in NRW, 2012–2018',
    ]);
  });

  it('puts the Stichtag marker at 10.10.2017 with 53 proven KIs, its text left of the line in the right half', () => {
    const [breit] = drawings;
    expect(breit!.markerText).toBe('10.10.2017: 53 KI');
    expect(breit!.anchor).toBe('end');
  });
});

describe('rolloutSvg(drawing, ids)', () => {
  const svg = rolloutSvg(drawings[0]!, ids);

  it('opens with the data-* hooks the Stichtag client needs and names itself by title and desc', () => {
    expect(
      svg.startsWith(
        '<svg class="rollout-chart__svg rollout-chart__svg--breit" viewBox="0 0 640 380" role="img" ' +
          'aria-labelledby="ausbau-titel-breit ausbau-beschreibung-breit" data-rollout="" data-first-day="15516" ' +
          'data-last-day="17896" data-plot-left="44" data-plot-right="620" style="font-size: 14px">' +
          '<title id="ausbau-titel-breit">T &amp; t</title><desc id="ausbau-beschreibung-breit">D</desc>',
      ),
    ).toBe(true);
  });

  it('draws the marker group at the Stichtag and the reported counts as diamonds', () => {
    expect(svg).toContain(
      `<g class="rollout-chart__marker" data-rollout-marker="" transform="translate(${drawings[0]!.markerX} 0)">` +
        '<line x1="0" x2="0" y1="60" y2="300"></line>' +
        '<text data-rollout-marker-label="" x="-5" y="56" text-anchor="end">10.10.2017: 53 KI</text></g>',
    );
    expect(svg).toContain(
      '<path d="M102.3,232.6l4.5,4.5l-4.5,4.5l-4.5,-4.5z" data-count="16" data-date="2013-02-21"></path>',
    );
  });

  it('ends with the footer lines, the last one 4 units above the bottom', () => {
    expect(svg).toMatch(
      /<text class="rollout-chart__source" x="0" y="376" style="font-size: 14px">[^<]+<\/text><\/svg>$/,
    );
  });
});
