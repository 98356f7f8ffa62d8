// A plain static file server for the docs and their host projects: files as they are on disk, under
// the given folders, no transforms and no module resolution; 404 for anything else.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

const isFile = (file) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Serves `dir` at `/`, and each `mounts` entry (`{ '/taiwa/cdn/': '/abs/dist/cdn' }`) at its prefix.
 * Port 0 picks a free one. Resolves with the listening server.
 */
export async function serveStatic(dir, port = 0, mounts = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.includes('..')) return void res.writeHead(404).end();
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    let file = mount ? join(mounts[mount], path.slice(mount.length)) : join(dir, path);
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!isFile(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return server;
}
