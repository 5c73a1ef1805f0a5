// @ts-check
import { defineConfig } from 'astro/config';
import { imgSrcDirective } from './src/core/hosting/csp.ts';
import { site as siteConfig } from './src/site.config.ts';

/** Sub-path deploys (e.g. GitHub Pages) set SITE_BASE=/ki-nrw/; canonical URLs need SITE_URL. */
const base = process.env.SITE_BASE || '/';
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  output: 'static',
  base,
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // Every bundled <script> becomes an external file, however small: embed pages must keep working
  // under a host's or proxy's CSP that forbids inline scripts (Astro would inline scripts < 4 kB).
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The CSV checker (/daten/pruefen/) runs the data check in the browser: csv-parse's Node build
    // needs Buffer, its browser build brings its own.
    resolve: { alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' } },
  },
  // No code highlighting needed; Shiki's inline styles would conflict with the CSP below.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> on every page: only our own origin; scripts and <style>
  // elements by hash (no 'unsafe-inline' for scripts). Style *attributes* stay allowed because
  // SVG charts and maps set widths/colours inline; they cannot run code.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // Own origin only; an optional tile server (off by default) is added from src/site.config.ts.
        imgSrcDirective(siteConfig.tiles),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // style-src itself stays Astro's default ('self' plus the hashes of inline <style> elements).
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
