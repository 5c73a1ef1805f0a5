/**
 * Build step: writes the header files for hosts that can set HTTP headers into the built site
 * (`_headers` for Netlify/Cloudflare Pages, `.htaccess` for Apache, `nginx-headers.conf` to include
 * in an nginx server block). The policy is the union of every page's <meta> CSP (src/core/hosting).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspMeta, scanTags } from '../core/hosting/html.ts';
import { formatHeadersFile, formatHtaccess, formatNginx, headerRules, mergePolicies } from '../core/hosting/headers.ts';

/** The files this step writes, relative to the output folder. */
export const hostingFiles = ['_headers', '.htaccess', 'nginx-headers.conf'] as const;

/** Returns the <meta> CSP of every HTML page below dir. */
export function pagePolicies(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => cspMeta(scanTags(readFileSync(join(dir, file), 'utf8'))) ?? []);
}

/** Writes the header files into dir (a built site) for a site served below base ("/" or "/ki-nrw/"). */
export function writeHostingHeaders(dir: string, base: string): void {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(hostingFiles as readonly string[]).includes(entry.name))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  const input = { base, csp: mergePolicies(pagePolicies(dir)), entries };
  writeFileSync(join(dir, '_headers'), formatHeadersFile(headerRules(input)));
  writeFileSync(join(dir, '.htaccess'), formatHtaccess(input));
  writeFileSync(join(dir, 'nginx-headers.conf'), formatNginx(input));
}
