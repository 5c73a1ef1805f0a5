import { describe, expect, it } from 'vitest';
import { embedHeading, embedStichtag, fullPageHref, snippetTitle } from '../../../src/core/views/embed-texts.ts';

describe('embedStichtag(embedPath)', () => {
  it.each([
    ['embed/karte/?stichtag=2017-10-10', '2017-10-10'],
    ['embed/karte/?stichtag=2017-10-10&theme=dark', '2017-10-10'],
    ['embed/karte/', null],
    ['embed/karte/?stichtag=2017-02-30', null],
  ] as const)('%s → %s', (path, expected) => {
    expect(embedStichtag(path)).toBe(expected);
  });
});

describe('snippetTitle(subject) and embedHeading(subject)', () => {
  it('dates only a map fixed to a date; today’s map says it follows the day', () => {
    expect(snippetTitle({ kind: 'karte', stichtag: '2017-10-10' })).toBe(
      'KI-Atlas NRW: Kommunale Integrationszentren in NRW am 10.10.2017',
    );
    expect(snippetTitle({ kind: 'karte', stichtag: null })).toBe(
      'KI-Atlas NRW: Kommunale Integrationszentren in NRW, tagesaktuell',
    );
    expect(snippetTitle({ kind: 'kreis', name: 'Kreis Kleve' })).toBe('KI-Atlas NRW: Kreis Kleve');
    expect(embedHeading({ kind: 'chart', title: 'Landesmittel je Jahr' })).toBe('Landesmittel je Jahr');
  });
});

describe('fullPageHref(base, stichtag, today)', () => {
  it('keeps the Stichtag of the embed, and none for today', () => {
    expect(fullPageHref('/ki-nrw/', '2017-10-10', '2026-12-05')).toBe('/ki-nrw/?stichtag=2017-10-10');
    expect(fullPageHref('/', '2026-12-05', '2026-12-05')).toBe('/');
  });
});
