import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countOutput,
  defaultGeometryFile,
  geometryLine,
  runBuild,
  swapInto,
  type SiteBuilder,
} from '../../scripts/build.ts';
import { parseDataFlags } from '../../src/build/data-dir.ts';
import { fixtureOptions, loadCase, okDir, writeDir } from '../fixtures/load.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'ki-atlas-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Returns every file below dir with its bytes (base64), for byte-identity checks. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/** Creates a fake previously published site. */
function publishedSite(dir: string): void {
  mkdirSync(join(dir, 'kreis', '05154-kreis-kleve'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>alt</title>');
  writeFileSync(join(dir, 'kreis', '05154-kreis-kleve', 'index.html'), '<p>Kleve, Stand alt</p>');
}

const siblings = (dir: string) => readdirSync(join(dir, '..')).filter((n) => n.startsWith(`${dir.split('/').pop()}-`));

describe('npm run build with broken data (scripts/build.ts as a process)', () => {
  it('exits 1, prints the problems and the not-built line, and leaves the published site byte-identical', () => {
    const data = join(tmp, 'broken-data');
    const out = join(tmp, 'published');
    writeDir(data, loadCase('11-invalid-date-31-02'));
    publishedSite(out);
    const before = snapshot(out);
    expect(Object.keys(before)).toEqual(['index.html', 'kreis/05154-kreis-kleve/index.html']);
    const run = spawnSync(
      process.execPath,
      ['scripts/build.ts', '--data', data, '--out', out, '--expect-kreise', '5', '--today', '2026-11-25'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${data}/zentren.csv:3:6: Fehler: Spalte „start“: „31.02.2017“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT).`,
      '1 Fehler in 1 Datei.',
      'Die Website wurde nicht gebaut; die veröffentlichte bleibt unverändert.',
    ]);
    expect(run.stdout).toBe('');
    expect(snapshot(out)).toEqual(before);
    expect(siblings(out)).toEqual([]);
    expect(existsSync(join(root, 'src', 'generated', '.build-lock'))).toBe(false);
  });
});

describe('runBuild(options) swaps the new site in only at the end', () => {
  const flags = parseDataFlags([
    '--data',
    okDir,
    '--expect-kreise',
    String(fixtureOptions.expectedKreise),
    '--today',
    fixtureOptions.today,
  ]);

  function options(name: string, buildSite: SiteBuilder, quiet = false) {
    const lines: string[] = [];
    const errors: string[] = [];
    const outDir = join(tmp, name, 'dist');
    const generatedDir = join(tmp, name, 'generated');
    mkdirSync(join(tmp, name), { recursive: true });
    publishedSite(outDir);
    return {
      lines,
      errors,
      outDir,
      generatedDir,
      opts: {
        flags,
        outDir,
        generatedDir,
        quiet,
        log: (l: string) => lines.push(l),
        logError: (l: string) => errors.push(l),
        buildSite,
      },
    };
  }

  it('replaces the old site with the freshly built one and removes every temporary folder', async () => {
    let builtInto = '';
    const t = options('success', async (dir) => {
      builtInto = dir;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<title>neu</title>');
    });
    expect(await runBuild(t.opts)).toBe(0);
    expect(builtInto).toBe(`${t.outDir}-tmp-${process.pid}`);
    expect(snapshot(t.outDir)).toEqual({ 'index.html': Buffer.from('<title>neu</title>').toString('base64') });
    expect(siblings(t.outDir)).toEqual([]);
    expect(readdirSync(t.generatedDir).sort()).toEqual(['csv', 'data.json', 'history.json', 'original']);
    expect(JSON.parse(readFileSync(join(t.generatedDir, 'data.json'), 'utf8')).zentren).toHaveLength(6);
    const timed = t.lines.map((l) => l.replace(/\d+(,\d)? (s|ms)\b/g, 'T').replace(t.outDir, 'OUT'));
    const geometry = geometryLine(defaultGeometryFile);
    expect(geometry).toMatch(/^Geometrie: public\/geo\/nrw-kreise\.topo\.json, \d+(,\d)?\u00a0kB, 53 Kreise\.$/);
    expect(timed).toEqual([
      'Daten geprüft: 6 Tabellen, 29 Zeilen, keine Fehler, keine Hinweise. (T)',
      'Tabellen: kreise.csv 5, zentren.csv 6, foerderung.csv 5, landesmittel.csv 4, chronik.csv 4, quellen.csv 5 Zeilen.',
      `${geometry} (T)`,
      'Astro baut Seiten und Bilder nach OUT-tmp-' + process.pid + '/ …',
      'Seiten: 1 HTML-Seite (Astro, T).',
      'Bilder: 0 PNG, 0 SVG in bilder/, 0\u00a0Byte (im selben Astro-Lauf gerendert).',
      'Website gebaut: 1 Seite und keine Bilder in OUT/ in T.',
    ]);
    expect(t.errors).toEqual([]);
  });

  it('keeps the old site byte-identical when the site build fails, and removes the half-written folder', async () => {
    const t = options('failure', async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'halb');
      throw new Error('[build] Seite /kosten/ konnte nicht gerendert werden');
    });
    const before = snapshot(t.outDir);
    expect(await runBuild(t.opts)).toBe(1);
    expect(snapshot(t.outDir)).toEqual(before);
    expect(siblings(t.outDir)).toEqual([]);
    expect(t.errors).toEqual([
      'Der Astro-Build ist fehlgeschlagen: [build] Seite /kosten/ konnte nicht gerendert werden',
      'Die Website wurde nicht gebaut; die veröffentlichte bleibt unverändert.',
    ]);
  });

  it('prints only the summary line when quiet (CI=true)', async () => {
    const t = options(
      'quiet',
      async (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), 'x');
      },
      true,
    );
    expect(await runBuild(t.opts)).toBe(0);
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]).toMatch(/^Website gebaut: 1 Seite und keine Bilder in .+\/dist\/ in \d+(,\d)? (s|ms)\.$/);
  });
});

describe('countOutput(dir) and geometryLine(file)', () => {
  it('counts HTML pages anywhere and PNG/SVG images below bilder/ with their bytes', () => {
    const dir = join(tmp, 'count');
    mkdirSync(join(dir, 'bilder', 'og'), { recursive: true });
    mkdirSync(join(dir, 'kreis', 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x');
    writeFileSync(join(dir, 'kreis', 'a', 'index.html'), 'x');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'bilder', 'karte.svg'), '<svg/>');
    writeFileSync(join(dir, 'bilder', 'og', 'karte.png'), Buffer.alloc(1500));
    expect(countOutput(dir)).toEqual({ pages: 2, png: 1, svg: 1, imageBytes: 1506 });
  });

  it('names a missing geometry file and the command that makes it', () => {
    expect(geometryLine(join(tmp, 'nichts.topo.json'))).toBe(
      `Geometrie: ${join(tmp, 'nichts.topo.json')} fehlt (npm run geo:build erzeugt sie).`,
    );
  });
});

describe('swapInto(fresh, outDir)', () => {
  it('moves the new folder into place when there was no output before', () => {
    const fresh = join(tmp, 'swap-fresh');
    const out = join(tmp, 'swap-out');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'a.txt'), 'a');
    swapInto(fresh, out);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('a');
    expect(existsSync(fresh)).toBe(false);
  });
});
