// Serves dist/ on a loopback port, as any static host would: the playground has no server of its
// own. `PORT` chooses the port (4173 by default; 0 for any free one).
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), 'dist');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A server of dist/ (or `folder`) on 127.0.0.1, listening; `close()` stops it. */
export const servePlayground = (port = 0, folder = root): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      void answer(folder, request.url, response);
    });
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });

const answer = async (folder: string, url: string | undefined, response: ServerResponse): Promise<void> => {
  let path: string;
  try {
    path = normalize(decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname));
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(folder)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await servePlayground(Number(process.env['PORT'] ?? 4173));
  const { port } = server.address() as AddressInfo;
  console.log(`The playground: http://127.0.0.1:${port}/ (Ctrl-C stops it)`);
}
