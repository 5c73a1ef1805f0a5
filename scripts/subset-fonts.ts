/**
 * Writes public/fonts/dejavu-sans{,-bold}.woff2: DejaVu Sans cut down to the characters whose
 * widths src/core/charts/font-metrics.ts knows (Latin-1 and German punctuation). The press builder
 * on /einbetten/ embeds them into the SVG it draws, so a downloaded image looks the same everywhere.
 * Rerun after changing the fonts in src/assets/fonts: node scripts/subset-fonts.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { measuredChars } from '../src/core/charts/font-metrics.ts';

const root = join(import.meta.dirname, '..');
const files = [
  ['DejaVuSans.ttf', 'dejavu-sans.woff2'],
  ['DejaVuSans-Bold.ttf', 'dejavu-sans-bold.woff2'],
] as const;

for (const [source, target] of files) {
  const font = readFileSync(join(root, 'src', 'assets', 'fonts', source));
  const subset = await subsetFont(font, measuredChars, { targetFormat: 'woff2' });
  writeFileSync(join(root, 'public', 'fonts', target), subset);
  console.log(`public/fonts/${target}: ${subset.length} Bytes`);
}
