/**
 * Renders one SVG file to PNG with the build's resvg setup (src/build/png.ts), for a quick look:
 * node scripts/build-images.ts in.svg out.png [scale]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pngSize, renderPng } from '../src/build/png.ts';

if (import.meta.main) {
  const [input, output, scale = '1'] = process.argv.slice(2);
  if (!input || !output) {
    console.error('Aufruf: node scripts/build-images.ts eingabe.svg ausgabe.png [faktor]');
    process.exit(1);
  }
  const png = renderPng(readFileSync(resolve(input), 'utf8'), Number(scale));
  writeFileSync(resolve(output), png);
  console.log(`${output}: ${pngSize(png).join(' × ')} px`);
}
