/**
 * Serves the built renderer on 127.0.0.1 only, with the app's own security headers: the local
 * preview where no Electron runtime exists, and the origin the end-to-end tests run against.
 * The CSP is read from the built index.html's <meta> tag, so it is the one the app ships.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export function cspFromHtml(html) {
  const match = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error('The built index.html has no Content-Security-Policy meta tag.');
  // frame-ancestors only works as a header, so the meta tag leaves it out and the server adds it.
  return `${match[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'")}; frame-ancestors 'none'`;
}

/** Resolves a request path inside root, or null for anything that tries to leave it. */
export function resolveInside(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/') pathname = '/index.html';
  const base = resolve(root);
  const target = resolve(base, `.${pathname}`);
  return target.startsWith(base + sep) ? target : null;
}

export async function serveRenderer({ root, port = 0, quiet = true } = {}) {
  const csp = cspFromHtml(await readFile(resolve(root, 'index.html'), 'utf8'));
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const path = resolveInside(root, req.url ?? '/');
    if (!path) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        ...headers,
        'Content-Type': MIME[extname(path)] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, headers).end();
    }
    if (!quiet) console.log(`${req.method} ${req.url}`);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 4173;
  const root =
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'out/renderer';
  const { url } = await serveRenderer({ root, port });
  console.log(`Serving ${root} at ${url}`);
}
