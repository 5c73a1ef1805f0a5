/**
 * Writes src/core/charts/font-metrics.ts: advance widths of DejaVu Sans (regular, bold) for the
 * characters export images use (src/build/font-metrics.ts, read with fontkit). Rerun after changing
 * the fonts in src/assets/fonts: node scripts/font-metrics.ts, then npx prettier --write the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportChars, fontMetricsSource } from '../src/build/font-metrics.ts';

const root = join(import.meta.dirname, '..');
writeFileSync(
  join(root, 'src', 'core', 'charts', 'font-metrics.ts'),
  fontMetricsSource(join(root, 'src', 'assets', 'fonts')),
);
console.log(`src/core/charts/font-metrics.ts: ${exportChars.length} Zeichen`);
