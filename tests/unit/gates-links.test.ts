import { describe, expect, it } from 'vitest';
import {
  fileCandidates,
  findBrokenReferences,
  resolveReference,
  urlPathOf,
  type SiteFiles,
} from '../../tools/bench/links.ts';

function site(files: Record<string, string>): SiteFiles {
  return { files: new Set(Object.keys(files)), read: (file) => files[file] ?? '' };
}

describe('urlPathOf(file, base) and fileCandidates(path)', () => {
  it.each([
    ['index.html', '/', '/'],
    ['kreis/05154-kleve/index.html', '/ki-nrw/', '/ki-nrw/kreis/05154-kleve/'],
    ['404.html', '/ki-nrw/', '/ki-nrw/404.html'],
    ['_astro/a.css', '/', '/_astro/a.css'],
  ])('serves %s under %s at %s', (file, base, path) => {
    expect(urlPathOf(file, base)).toBe(path);
  });

  it('maps directory paths to index.html and tries both for bare names', () => {
    expect(fileCandidates('')).toEqual(['index.html']);
    expect(fileCandidates('kosten/')).toEqual(['kosten/index.html']);
    expect(fileCandidates('kosten')).toEqual(['kosten', 'kosten/index.html']);
  });
});

describe('resolveReference(url, pagePath, base, siteOrigin)', () => {
  it.each([
    ['../kosten/#summe', '/ki-nrw/daten/', { type: 'internal', path: 'kosten/', fragment: 'summe' }],
    ['/ki-nrw/daten/kreise.csv', '/ki-nrw/', { type: 'internal', path: 'daten/kreise.csv', fragment: '' }],
    ['/kosten/', '/ki-nrw/', { type: 'outside-base', path: '/kosten/' }],
    ['https://www.mkjfgfi.nrw/', '/ki-nrw/', { type: 'external', url: 'https://www.mkjfgfi.nrw/' }],
    ['https://atlas.example/ki-nrw/kosten/', '/ki-nrw/', { type: 'internal', path: 'kosten/', fragment: '' }],
    ['mailto:redaktion@example.org', '/ki-nrw/', { type: 'ignored' }],
    [' JavaScript:alert(1)', '/ki-nrw/', { type: 'forbidden', reason: 'javascript: URL' }],
  ])('resolves %j from %s', (url, pagePath, target) => {
    expect(resolveReference(url, pagePath, '/ki-nrw/', 'https://atlas.example')).toEqual(target);
  });
});

describe('findBrokenReferences(site, base)', () => {
  it('accepts a site whose links, assets, CSS urls, imports and fragments all resolve', () => {
    const ok = site({
      'index.html':
        '<link rel="stylesheet" href="/x/_astro/a.css"><a href="/x/kosten/#summe">K</a><a href="#top" id="top">Top</a><script type="module" src="/x/_astro/m.js"></script>',
      'kosten/index.html': '<h2 id="summe">Summe</h2><a href="../">Start</a><a href="https://www.land.nrw/">Land</a>',
      '_astro/a.css': '@font-face{src:url(/x/fonts/a.woff2)}',
      '_astro/m.js': 'const l=()=>import("./leaflet.js")',
      '_astro/leaflet.js': '',
      'fonts/a.woff2': '',
    });
    expect(findBrokenReferences(ok, '/x/')).toEqual([]);
  });

  it('reports each kind of breakage with the file it is in', () => {
    const bad = site({
      'index.html':
        '<a href="/kosten/">K</a><a href="/x/fehlt/">F</a><a href="/x/#nirgends">N</a><a href="javascript:alert(1)">J</a>' +
        '<script src="https://cdn.example.com/lib.js"></script><style>a{background:url(/x/bild.png)}</style>',
      '_astro/m.js': 'import("./weg.js")',
    });
    expect(findBrokenReferences(bad, '/x/')).toEqual([
      { from: '_astro/m.js', url: './weg.js', problem: 'no such file in the build' },
      { from: 'index.html', url: '/kosten/', problem: 'outside the base path /x/' },
      { from: 'index.html', url: '/x/fehlt/', problem: 'no such file in the build' },
      { from: 'index.html', url: '/x/#nirgends', problem: 'no element with id="nirgends"' },
      { from: 'index.html', url: 'javascript:alert(1)', problem: 'javascript: URL' },
      { from: 'index.html', url: 'https://cdn.example.com/lib.js', problem: 'third-party asset' },
      { from: 'index.html', url: '/x/bild.png', problem: 'no such file in the build' },
    ]);
  });
});
