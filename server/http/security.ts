import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The host name of a Host header, lower-cased, without port or IPv6 brackets ("[::1]:4000" → "::1"). */
export function hostOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1];
  const name = value.replace(/:\d+$/, '').replace(/\.$/, '');
  return name || undefined;
}

/**
 * Answers only requests whose Host header names this server. Without it, a web page on evil.example can point its
 * own name at 127.0.0.1 (DNS rebinding) and read the graph with the browser's same-origin blessing; the browser
 * still sends "evil.example" as the Host, which is refused here with 421 Misdirected Request.
 */
export function hostCheck(allowed: string[]): RequestHandler {
  if (allowed.includes('*')) return (_req, _res, next) => next();
  const names = new Set(allowed);
  return (req, res, next) => {
    const host = hostOf(req.headers.host);
    if (host && names.has(host)) {
      next();
      return;
    }
    const shown = (req.headers.host ?? '').slice(0, 100);
    res.status(421).json({
      errors: [
        {
          message: shown
            ? `This server does not answer to the host "${shown}" (DNS-rebinding protection); if you reach ` +
              'Skillgraph by that name, add it to SKILLGRAPH_ALLOWED_HOSTS.'
            : 'The request has no Host header.',
          extensions: { code: 'HOST_NOT_ALLOWED' },
        },
      ],
    });
  };
}

/**
 * Security headers, by helmet. The Content-Security-Policy fits both pages: the explorer (its bundle, a module Web
 * Worker for the layout, a canvas, PNG export through blob: and data: URLs, an SVG favicon as a data: URL) and
 * GraphiQL (its bundle, inline style attributes and a <style> block, fonts embedded as data: URLs). Both talk to
 * this origin only. No inline or evaluated script anywhere.
 *
 * Off on purpose: Strict-Transport-Security and upgrade-insecure-requests, because the server speaks plain HTTP on
 * localhost (TLS is a reverse proxy's decision, and upgrading would break http://127.0.0.1).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
