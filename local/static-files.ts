/**
 * The web app on the local gateway, as CloudFront serves it in AWS: the built files of web/ at `/`
 * (`/` → index.html, `/staff/` → staff/index.html), `/config.json` saying sign-in is local, and the
 * same security headers as the deployed response-headers policy (infra/web-hosting.ts), so a
 * Content-Security-Policy problem shows up locally and in the browser tests first.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The deployed policy's directives, with the local origin only ('self'). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export type StaticHandler = (method: string, pathname: string, response: ServerResponse) => Promise<boolean>;

/** Serves `dir`; answers false for nothing (every GET outside /v1 and /__local is ours, 404 included). */
export function staticFiles(dir: string, generated: Record<string, unknown>): StaticHandler {
  const root = resolve(dir);
  return async (method, pathname, response) => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      path = '/';
    }
    if (path === '/staff') {
      response.writeHead(301, { location: '/staff/' });
      response.end();
      return true;
    }
    if (path in generated) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json']!, 'cache-control': 'no-store', ...SECURITY_HEADERS });
      response.end(method === 'HEAD' ? undefined : JSON.stringify(generated[path]));
      return true;
    }
    const relative = path.endsWith('/') ? `${path}index.html` : path;
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return notFound(response);
    try {
      if (!(await stat(file)).isFile()) return notFound(response);
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': String(body.length),
        // Rebuilt at every start; never cached locally.
        'cache-control': 'no-cache',
        ...SECURITY_HEADERS,
      });
      response.end(method === 'HEAD' ? undefined : body);
    } catch {
      return notFound(response);
    }
    return true;
  };
}

function notFound(response: ServerResponse): true {
  response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']!, ...SECURITY_HEADERS });
  response.end('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>404</title><p>页面不存在 · Page not found · <a href="/">/</a></p></html>');
  return true;
}
