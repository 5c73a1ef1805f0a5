/**
 * Renders export SVGs (src/core/charts/export-canvas.ts) to PNG with resvg, using the DejaVu Sans TTFs in
 * src/assets/fonts (resvg silently draws no text for fonts it cannot load, e.g. woff).
 * Used at build time by the static endpoints in src/pages/bilder/; no headless browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The TTF files resvg may use; paths from the project root (astro build runs there). */
export const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  join(process.cwd(), 'src', 'assets', 'fonts', file),
);

let fontsChecked = false;
function checkFonts(): void {
  if (fontsChecked) return;
  const missing = fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Schriftdatei fehlt: ${missing.join(', ')}. Bitte den Build im Projektordner starten (npm run build).`,
    );
  }
  fontsChecked = true;
}

/** Returns PNG bytes of an SVG document drawn at `scale` (2 = twice the SVG's width and height). */
export function renderPng(svg: string, scale = 1): Uint8Array {
  checkFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Sans',
      monospaceFamily: 'DejaVu Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** Returns [width, height] of a PNG from its IHDR chunk. */
export function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}
