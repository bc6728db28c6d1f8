// Serves the built web console (dist/web) beside /api: hashed assets cached for a year,
// index.html never cached (it names the current assets), and every other browser address
// answered with index.html so the console's own router can take it. /api stays JSON:
// unknown API addresses keep answering problem+json 404s.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>menkou</title>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>门口 menkou</h1><p>网页工作台尚未构建：运行 <code>npm run build</code> 后刷新。<br>
The web console is not built yet: run <code>npm run build</code>, then reload.</p>
<p><a href="/api/docs/ui">API 文档 / API docs</a></p></body></html>`;

/** Vite puts content-hashed files under assets/; everything else may change in place. */
function cacheHeaders(root: string) {
  return (reply: FastifyReply, file: string): void => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    reply.header('cache-control', relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

/** The entry whose router takes a browser address: /m/… the workers' pages, /checkin/… the check-in PWA. */
export function entryFor(url: string): string {
  const pathname = url.split('?')[0];
  for (const entry of ['m', 'checkin']) {
    if (pathname === `/${entry}` || pathname.startsWith(`/${entry}/`)) return `${entry}/index.html`;
  }
  return 'index.html';
}

function wantsHtml(accept: string | undefined): boolean {
  return typeof accept === 'string' && accept.includes('text/html');
}

export async function installWebConsole(app: FastifyInstance, root: string = WEB_ROOT): Promise<void> {
  const built = fs.existsSync(path.join(root, 'index.html'));
  await app.register(async (web) => {
    if (built) {
      // Files are listed once at start (wildcard off), so a browser address that is not a
      // file falls through to the fallback route below; the build writes .br/.gz beside them.
      await web.register(fastifyStatic, {
        root, prefix: '/', wildcard: false, index: false, cacheControl: false, preCompressed: true,
        setHeaders: cacheHeaders(root),
      });
    }
    web.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api' || !wantsHtml(request.headers.accept)) return reply.callNotFound();
      if (!built) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT);
      return reply.header('cache-control', 'no-cache').sendFile(entryFor(request.url));
    });
  });
}
