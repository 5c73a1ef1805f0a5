// @ts-check
import { defineConfig } from 'astro/config';

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
  preview: { port: 4321 },
  devToolbar: { enabled: false },
});
