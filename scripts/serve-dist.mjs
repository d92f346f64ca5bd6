#!/usr/bin/env node
// Tiny zero-dependency static server for the built app: serves dist/ under a sub-path
// (default http://127.0.0.1:4173/almanac/) to prove the app only uses relative URLs.
// No directory listings, no rewrites, no fallbacks: a path that is not a file is a 404
// (a directory serves its index.html only when asked for with a trailing slash).
// With `precompressed`, a request whose Accept-Encoding allows it gets the build's file.br or
// file.gz sibling (brotli first) with Content-Encoding and `Vary: Accept-Encoding`, as a host
// serving the precompressed files would; without it (the default) every file is sent as is.
//
// CLI:     node scripts/serve-dist.mjs [--port 4173] [--host 127.0.0.1] [--base /almanac/] [--dir dist] [--precompressed]
// Module:  import { startServer } from './serve-dist.mjs';
//          const { url, close } = await startServer({ port: 0 });   // port 0 = any free port

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
};

// The policy the README documents for hosts. Every end-to-end test runs under it, so a change
// that needs more (an inline script, a request to another origin) fails the suite.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Precompressed siblings, in the order they are preferred.
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** The content codings an Accept-Encoding header allows (q > 0), lower-cased; `*` allows any. */
function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (coding && !(q && Number(q.slice(2)) === 0)) accepted.add(coding);
  }
  return accepted;
}

function normaliseBase(base) {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/**
 * Start serving `dir` at `http://host:port{base}`.
 * @returns {Promise<{server: import('node:http').Server, url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({
  dir = path.join(ROOT, 'dist'),
  host = '127.0.0.1',
  port = 4173,
  base = '/almanac/',
  log = false,
  // null for a page that is not Almanac (a test's stand-in intranet page).
  contentSecurityPolicy = CONTENT_SECURITY_POLICY,
  // Serve file.br / file.gz when the request accepts them (see the top of this file).
  precompressed = false,
} = {}) {
  const rootDir = path.resolve(dir);
  const prefix = normaliseBase(base);

  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method Not Allowed\n');
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad Request\n');
    }
    if (!pathname.startsWith(prefix) || pathname.includes('\0')) return send(404, 'Not Found\n');

    let rel = pathname.slice(prefix.length);
    const segments = rel.split('/');
    // No traversal ('.', '..'), no dotfiles, no backslashes.
    if (segments.some((s) => s.startsWith('.') || s.includes('\\'))) return send(404, 'Not Found\n');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';

    const file = path.join(rootDir, rel);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(404, 'Not Found\n');

    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'Not Found\n');
    }
    if (!info.isFile()) return send(404, 'Not Found\n');

    // The type is the original file's; the body may be its precompressed sibling.
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = { file, size: info.size, encoding: null };
    if (precompressed) {
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      for (const { name, suffix } of ENCODINGS) {
        if (!accepted.has(name) && !accepted.has('*')) continue;
        const sibling = await stat(file + suffix).catch(() => null);
        if (sibling?.isFile()) {
          body = { file: file + suffix, size: sibling.size, encoding: name };
          break;
        }
      }
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.size,
      ...(body.encoding ? { 'Content-Encoding': body.encoding } : {}),
      ...(precompressed ? { Vary: 'Accept-Encoding' } : {}),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(contentSecurityPolicy ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
    });
    if (log) console.log(`200 ${req.method} ${req.url}${body.encoding ? ` (${body.encoding})` : ''}`);
    if (req.method === 'HEAD') return res.end();
    createReadStream(body.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  const url = `http://${host}:${actualPort}${prefix}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { server, url, port: actualPort, close };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--precompressed') {
      opts.precompressed = true;
      continue;
    }
    const [key, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    switch (key) {
      case '--port': opts.port = Number(value); break;
      case '--host': opts.host = value; break;
      case '--base': opts.base = value; break;
      case '--dir': opts.dir = path.resolve(value); break;
      default:
        console.error(`serve-dist: unknown argument ${argv[i]}`);
        process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = { log: !!process.env.SERVE_DIST_LOG, ...parseArgs(process.argv.slice(2)) };
  const { url, close } = await startServer(opts);
  console.log(`serve-dist: serving ${opts.dir ?? path.join(ROOT, 'dist')} at ${url}`);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => close().then(() => process.exit(0)));
  }
}
