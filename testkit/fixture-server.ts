import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Serves a folder (e2e/fixtures by default) and generated pages on 127.0.0.1 (random port); records every path asked for.
 * A generated page is HTML (PDF when its path ends in .pdf) unless it names its own content type.
 */
export async function startFixtureServer(
  root = 'e2e/fixtures',
  generated: Record<string, () => string | { type: string; body: string }> = {},
): Promise<{ origin: string; hits: string[]; close: () => Promise<void> }> {
  const ROOT = path.resolve(root);
  const hits: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname);
    const make = generated[url.pathname];
    if (make) {
      const made = make();
      if (typeof made !== 'string') return void res.writeHead(200, { 'content-type': made.type }).end(made.body);
      const type = url.pathname.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
      return void res.writeHead(200, { 'content-type': type }).end(made);
    }
    const file = path.join(ROOT, path.normalize(url.pathname === '/' ? '/policy.html' : url.pathname));
    if (!file.startsWith(ROOT + path.sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const types: Record<string, string> = {
        '.html': 'text/html; charset=utf-8',
        '.pdf': 'application/pdf',
        '.xml': 'application/xml',
        '.svg': 'image/svg+xml',
        '.js': 'text/javascript; charset=utf-8',
      };
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
