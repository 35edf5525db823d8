import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');

export interface Served { url: string; close(): Promise<void> }

/** Builds the app as `npm run build` does, into a fresh temp dir. */
export async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'workbench-dist-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Builds the app and serves it with `vite preview` on a free port. */
export async function serveBuiltApp(): Promise<Served> {
  const outDir = await buildApp();
  const server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves `dir` below `prefix` with a bare static file server, as a plain web host would. */
export async function serveStatic(dir: string, prefix: string): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length) || 'index.html')) : '';
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The installed Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The built app served, Chromium launched, and one laptop-wide page whose script errors are logged. */
export interface AppSession { app: Served; browser: Browser; page: Page; close(): Promise<void> }

export async function startAppSession(opts: { locale: string; height: number }): Promise<AppSession> {
  const app = await serveBuiltApp();
  // A browser that fails to start must not leave the server running.
  const browser = await launchChromium().catch(async (e: unknown) => {
    await app.close();
    throw e;
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: opts.height }, locale: opts.locale });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  return { app, browser, page, close: async () => (await browser.close(), await app.close()) };
}

/** Records every request the page makes that does not go to the app's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return foreign;
}

/** A browser download's bytes. */
export async function bytesOf(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of (await d.createReadStream())) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
