/** A tiny static file server for the built site (dist/), used by browser tests only. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.jsonld': 'application/ld+json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function fileFor(dir: string, urlPath: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, clean);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/**
 * Serves `dir` under `base` (e.g. "/" or "/ki-nrw/") on 127.0.0.1 and a free port unless one is given.
 * `gzip: true` compresses text responses for clients that accept it, as GitHub Pages does (the benchmark uses it).
 */
export async function serveStatic(
  dir: string,
  options: {
    base?: string;
    port?: number;
    gzip?: boolean;
    /** Extra response headers for a request path, as a host applying dist/_headers would send them. */
    headers?: (path: string) => readonly (readonly [string, string])[];
  } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const inBase = path.startsWith(base) ? path.slice(base.length - 1) : null;
    const file = inBase === null ? null : await fileFor(dir, inBase);
    if (!file) {
      const notFound = await fileFor(dir, '/404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    for (const [name, value] of options.headers?.(path) ?? []) res.setHeader(name, value);
    if (
      options.gzip &&
      /text|json|svg|xml|javascript/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
