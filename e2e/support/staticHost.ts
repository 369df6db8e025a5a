import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticHost {
  readonly url: string;
  /** Replaces one file, as a new deployment would; the browser sees it on its next request. */
  deploy(path: string, body: string): void;
  close(): Promise<void>;
}

/**
 * The built app on a plain static host of its own. Browsers fetch a service worker's script
 * themselves, past Playwright's routing, so a story about a new deployment needs a host whose
 * files the test can change without touching the preview server that other stories share.
 */
export async function serveBuild(dist = join(process.cwd(), 'dist')): Promise<StaticHost> {
  const deployed = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const name = path === '/' ? '/index.html' : path;
    const file = normalize(join(dist, decodeURIComponent(name)));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = deployed.get(name);
    if (body !== undefined) {
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
      return;
    }
    if (!file.startsWith(dist + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (data) => response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    deploy: (path, body) => deployed.set(path, body),
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
