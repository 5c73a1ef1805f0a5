import { describe, expect, it } from 'vitest';
import { ogImageFor, pathBelowBase, siteHref } from '../../src/core/views/social.ts';

describe('ogImageFor(pagePath)', () => {
  it.each([
    ['', 'bilder/og/karte.png'],
    ['/', 'bilder/og/karte.png'],
    // District pages are shared with their card (when the KI started, how long without, what it cost).
    ['kreis/05154-kreis-kleve/', 'bilder/presse/kreis-05154-1200x630.png'],
    ['/embed/kreis/05154/', 'bilder/presse/kreis-05154-1200x630.png'],
    ['kosten/', 'bilder/og/kosten.png'],
    ['embed/kosten/landesmittel/', 'bilder/og/kosten.png'],
    ['kostenlos/', 'bilder/og/karte.png'],
    ['daten/', 'bilder/og/karte.png'],
    ['kreis/5154-x/', 'bilder/og/karte.png'],
  ])('maps %j to %s', (path, image) => {
    expect(ogImageFor(path)).toBe(image);
  });
});

describe('pathBelowBase(pathname, base)', () => {
  it('strips the base with or without trailing slash', () => {
    expect(pathBelowBase('/ki-nrw/kosten/', '/ki-nrw/')).toBe('kosten/');
    expect(pathBelowBase('/ki-nrw/kosten/', '/ki-nrw')).toBe('kosten/');
    expect(pathBelowBase('/kosten/', '/')).toBe('kosten/');
  });
});

describe('siteHref(path, base, site)', () => {
  it('is absolute on SITE_URL, including the sub-path base', () => {
    expect(siteHref('bilder/og/karte.png', '/ki-nrw/', 'https://example.org')).toBe(
      'https://example.org/ki-nrw/bilder/og/karte.png',
    );
    expect(siteHref('/bilder/og/karte.png', '/', new URL('https://ki.example/'))).toBe(
      'https://ki.example/bilder/og/karte.png',
    );
  });

  it('is root-relative below the base without SITE_URL', () => {
    expect(siteHref('bilder/og/karte.png', '/ki-nrw', undefined)).toBe('/ki-nrw/bilder/og/karte.png');
    expect(siteHref('bilder/og/karte.png', '/', undefined)).toBe('/bilder/og/karte.png');
  });
});
